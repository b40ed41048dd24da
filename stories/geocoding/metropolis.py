""" "Queens, New York": a metropolis, not its state, when the place it qualifies lies inside it.

"X, New York" usually names the state a town is in ("Buffalo, New York"). But the boroughs and
neighbourhoods of a metropolis that shares its name with its state are written with the city:
"Queens, New York", "Brooklyn, New York", "Rego Park, New York" name New York City, and a reader
places them there. When the qualified place lies within ``INSIDE_KM`` of a city of that name,
in the state the name also means, and that city is a metropolis (its parts are what get
written so), the qualifier means the city; not in a list of states ("Long Island, New York,
Pennsylvania and New Jersey").
"""

import itertools
import re

from stories.geocoding.mention_reading import Mention
from stories.geocoding.places import GazetteerKind, distance_km
from stories.geocoding.story_evidence import list_siblings

INSIDE_KM = 25.0
METROPOLIS_POPULATION = 1_000_000
_COMMA = re.compile(r",\s*")


def metropolis_qualifiers(text: str, mentions: list[Mention]) -> None:
    """Re-choose as the city each state mention that qualifies a place inside its namesake
    metropolis ("Queens, New York")."""
    ordered = sorted(mentions, key=lambda m: m.start)
    siblings = list_siblings(text, ordered)
    for previous, mention in itertools.pairwise(ordered):
        if any(s.start > mention.start for s in siblings.get(id(mention), ())):
            continue  # "Long Island, New York, Pennsylvania and New Jersey": a list of states
        state, inner = mention.choice, previous.choice
        if state is None or inner is None or state.kind != GazetteerKind.ADMIN1:
            continue
        if inner.kind in (GazetteerKind.COUNTRY, GazetteerKind.ADMIN1) or not _by_its_name(
            previous
        ):
            continue  # "Long Island, New York" is no "Long Island City"
        if not _COMMA.fullmatch(text[previous.end : mention.start]):
            continue
        city = next(
            (
                c.place
                for c in mention.candidates
                if c.place.kind == GazetteerKind.CITY
                and c.place.population >= METROPOLIS_POPULATION
                and (c.place.country_code, c.place.admin1) == (state.country_code, state.admin1)
                and c.place.geonames_id != inner.geonames_id
                and distance_km(
                    c.place.latitude, c.place.longitude, inner.latitude, inner.longitude
                )
                <= INSIDE_KM
            ),
            None,
        )
        if city is not None:
            mention.choice = city


def _by_its_name(mention: Mention) -> bool:
    """Did the mention's choice match by its own name (not another of its names)?"""
    return any(
        c.place.geonames_id == mention.choice.geonames_id and c.match == "name"
        for c in mention.candidates
    )
