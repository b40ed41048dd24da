"""What a namesake is worth before the story says anything: its kind and population, and how
its name matched. Kept apart so that the resolver and its re-ranker weigh the same prior."""

import math

from stories.geocoding.places import GazetteerEntry, GazetteerKind, is_curated


def prior(place: GazetteerEntry, match: str) -> tuple[float, str]:
    """Context-free plausibility: countries over states over big towns over small ones."""
    if place.kind == "continent":
        score, why = 3.2, "a continent"
    elif place.kind == GazetteerKind.OCEAN:
        score, why = 2.8, "an ocean"
    elif place.kind == "country":
        score, why = 3.0, "a country"
    elif place.kind == "admin1":
        score, why = 2.3, "a state or province"
    elif place.kind == "admin2":
        score, why = 1.4, "a county"
    elif place.kind == "city":
        score = 0.3 * math.log10(place.population + 10)
        why = f"the most populous namesake ({place.population:,})"
        if place.feature_code == "PPLC":
            score += 0.5
            why = f"a capital ({place.population:,} people)"
    elif place.kind == GazetteerKind.REGION and is_curated(place):
        score, why = 2.4, "a region news names"
    elif place.kind in (GazetteerKind.LANDMARK, GazetteerKind.AIRPORT) and is_curated(place):
        score, why = 2.2, f"a well-known {place.kind} (the name news gives it)"
    else:
        score, why = 1.0, f"a {place.kind.replace('_', ' ')}"
    if match == "alternate":
        score -= 0.4
    elif match == "spelling":
        score -= 0.6
    return score, why


def can_qualify(qualifier: GazetteerEntry, place: GazetteerEntry) -> bool:
    """A state may qualify a town, a country a state or town; nothing qualifies a country."""
    if place.kind == GazetteerKind.COUNTRY:
        return False
    return place.kind != GazetteerKind.ADMIN1 or qualifier.kind == GazetteerKind.COUNTRY


def capital_kept(hand: GazetteerEntry | None, learnt: GazetteerEntry) -> bool:
    """A national capital the hand-written rounds chose is not traded for a town of its name.

    The model learnt much from LGL's US local news, where namesakes near the story usually win;
    in world news ("Madrid" in a tennis story that also names Colombia) the capital is meant.
    """
    return (
        hand is not None
        and hand.feature_code == "PPLC"
        and learnt.feature_code != "PPLC"
        and learnt.geonames_id != hand.geonames_id
    )
