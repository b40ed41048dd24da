"""Where a place the gazetteer lacks most likely lies: beside the story's nearest local place.

Local news names creeks, townships, parks, lakes and hamlets that no gazetteer we ship holds
("the Neches River", "Readington Township", "Tennessee Colony"). A story keeps to one area, and
the town it named last before such a name is, more often than not, within a county or two of it:
an estimate an editor can refine beats a place left off the map. Only towns and smaller places
anchor the estimate: a country or state named earlier says too little about where the place is.
Only names whose own words make them places ("... River", "Lake ...", "... Township") are
estimated: unknown names the recogniser passes without such a word were products, companies and
venues as often as places on our real-news development set, and an event pinned on "MacBook" is
worse than one left for the editor.
"""

import re

from stories.geocoding.mention_reading import Mention
from stories.geocoding.places import GazetteerEntry, GazetteerKind
from stories.geocoding.resolution import Resolution

# Too large to stand for the surroundings of a place the story does not locate.
BROAD_KINDS = frozenset(
    {
        GazetteerKind.CONTINENT,
        GazetteerKind.OCEAN,
        GazetteerKind.SEA,
        GazetteerKind.COUNTRY,
        GazetteerKind.ADMIN1,
        GazetteerKind.REGION,
    }
)
# English generic words that make a name a place by its own words ("Neches River", "Lake
# Lanier", "Readington Township", "Nyanza Province"): a name the recogniser saw without one may
# be a product, a company or a venue ("MacBook", "New Media"), and is left unresolved.
GENERIC_PLACE_WORD = re.compile(
    r"\b(?:rivers?|creek|brook|lake|pond|reservoir|bay|harbou?r|islands?|isle|"
    r"peninsula|valley|canyon|gorge|mountains?|mount|mt|hills?|ridge|peak|falls|springs?|"
    r"forest|woods|park|preserve|lakeshore|seashore|county|township|twp|parish|borough|"
    r"district|province|prefecture|delta|basin|plateau|coast|beach|village|colony|fort|"
    r"junction|crossing|proving ground)\b\.?",
    re.IGNORECASE,
)
# The estimate's radius: about a county, the distance within which such names usually lie.
NEARBY_RADIUS_KM = 50.0
NEARBY_CONFIDENCE = 0.2


def nearest_local_place(mention: Mention, mentions: list[Mention]) -> GazetteerEntry | None:
    """The story's local place whose name ``mention`` contains, else the one written last
    before it (or, when none comes before, first after it); None when the name's own words do
    not make it a place or the story names no town or smaller place."""
    if not GENERIC_PLACE_WORD.search(mention.surface):
        return None
    local = sorted(
        (m for m in mentions if m.choice is not None and m.choice.kind not in BROAD_KINDS),
        key=lambda m: m.start,
    )
    written = mention.surface.casefold()
    inside = [m for m in local if m.surface.casefold() in written and m.surface != mention.surface]
    if inside:  # "Bartholomew County Jail" lies in the story's Bartholomew County
        return inside[0].choice
    before = [m for m in local if m.start < mention.start]
    if before:
        return before[-1].choice
    return local[0].choice if local else None


def unknown_name(mention: Mention, near: GazetteerEntry | None) -> Resolution:
    """A name the gazetteer lacks: estimated beside ``near`` with a county's radius, or left
    unresolved when the story names no local place."""
    if near is None:
        return Resolution(
            mention.surface, None, None, None, None, None, 0.0, "unresolved",
            "no place of that name in the gazetteer", None, [],
        )  # fmt: skip
    return Resolution(
        mention.surface, near.latitude, near.longitude, None, None, near.country_code,
        NEARBY_CONFIDENCE, "estimated",
        f"not in the gazetteer; placed near {near.name}, the story's nearest local place",
        NEARBY_RADIUS_KM, [],
    )  # fmt: skip
