""" "Queens, New York": a metropolis, not its state, when the place it qualifies lies inside it.

"X, New York" usually names the state a town is in ("Buffalo, New York"). But the boroughs and
neighbourhoods of a metropolis that shares its name with its state are written with the city:
"Queens, New York", "Brooklyn, New York", "Rego Park, New York" name New York City, and a reader
places them there. When the qualified place lies within ``INSIDE_KM`` of a city of that name,
in the state the name also means, and that city is a metropolis (its parts are what get
written so), the qualifier means the city; not in a list of states ("Long Island, New York,
Pennsylvania and New Jersey").

Likewise a name both a state's and its metropolis's, written as the place where something
happens ("shares closed in New York", "flights from New York") or listed with a city ("San
Francisco and New York"), in a story that names no state of that country, no place of that state
outside the city, and never says "New York state": the story is about cities, and so is that name.
"""

import itertools
import re
from collections.abc import Iterator

from stories.geocoding.mention_reading import Mention
from stories.geocoding.namesake_evidence import name_groups, other_mentions
from stories.geocoding.places import GazetteerEntry, GazetteerKind, distance_km
from stories.geocoding.story_evidence import list_siblings

INSIDE_KM = 25.0
METROPOLIS_POPULATION = 1_000_000
_COMMA = re.compile(r",\s*")
_LOCATIVE = re.compile(r"\b(?:in|from|to|at)\s+$")


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
        if inner.kind in (GazetteerKind.COUNTRY, GazetteerKind.ADMIN1) or (
            previous.chosen_match() != "name"
        ):
            continue  # "Long Island, New York" is no "Long Island City"
        if not _COMMA.fullmatch(text[previous.end : mention.start]):
            continue
        city = next(
            (
                c
                for c in metropolises(mention, state)
                if c.geonames_id != inner.geonames_id
                and distance_km(c.latitude, c.longitude, inner.latitude, inner.longitude)
                <= INSIDE_KM
            ),
            None,
        )
        if city is not None:
            mention.choice = city


def metropolises(mention: Mention, state: GazetteerEntry) -> Iterator[GazetteerEntry]:
    """The cities of a million people or more in ``state`` that the name may also denote."""
    for c in mention.candidates:
        place = c.place
        if (
            place.kind == GazetteerKind.CITY
            and place.population >= METROPOLIS_POPULATION
            and (place.country_code, place.admin1) == (state.country_code, state.admin1)
        ):
            yield place


def metropolis_in_city_stories(text: str, mentions: list[Mention]) -> None:
    """Re-choose as its metropolis a state named as where something happens, or listed with a
    city, in a story of cities (no other state of its country, no other place in it)."""
    ordered = sorted(mentions, key=lambda m: m.start)
    siblings = list_siblings(text, ordered)
    for key, group in name_groups(ordered):
        if group[0].choice.kind != GazetteerKind.ADMIN1:
            continue
        state = group[0].choice
        city = next(metropolises(group[0], state), None)
        state_said = re.search(rf"\b{re.escape(group[0].surface)}\s+state\b", text, re.IGNORECASE)
        if city is None or state_said or any(m.qualifiers for m in group):
            continue
        others = [m.choice for m in other_mentions(ordered, key)]
        if any(
            p.country_code == state.country_code
            and (
                p.kind == GazetteerKind.ADMIN1
                or (
                    p.admin1 == state.admin1
                    and distance_km(p.latitude, p.longitude, city.latitude, city.longitude)
                    > INSIDE_KM
                )
            )
            for p in others
        ):
            continue
        if any(_COMMA.fullmatch(text[max(0, m.start - 2) : m.start]) for m in group):
            continue  # "Buffalo, New York"
        placed = any(_LOCATIVE.search(text[max(0, m.start - 6) : m.start]) for m in group)
        with_city = any(
            s.choice is not None and s.choice.kind == GazetteerKind.CITY
            for m in group
            for s in siblings.get(id(m), ())
        )
        if placed or with_city:
            for m in group:
                m.choice = city
