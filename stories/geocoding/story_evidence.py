"""What a story as a whole says about its names, beyond any one mention: the currency it
counts in, the country most of its places lie in, the lists it names places in, and whether a
name as written is a state's or an area's own."""

from __future__ import annotations

import itertools
import re
from collections import Counter
from collections.abc import Sequence
from typing import NamedTuple, Protocol

from stories.geocoding.places import Candidate, GazetteerEntry, GazetteerKind

VAST_KINDS = frozenset({"continent", "ocean", "sea", "country", "region"})


class Span(Protocol):
    start: int
    end: int


# Money the story counts in says whose story it is: "$5 million" in local news is American
# ("A$", "C$", "HK$" are other dollars, and name their country anyway).
_CURRENCIES = (
    (re.compile(r"(?<![A-Za-z])\$\s?\d"), "US"),
    (re.compile(r"£\s?\d"), "GB"),
    (re.compile(r"₹\s?\d|\bRs\.?\s?\d"), "IN"),
)


def currency_country(text: str) -> str | None:
    """The country whose currency the story counts in, if it says."""
    for pattern, country_code in _CURRENCIES:
        if pattern.search(text):
            return country_code
    return None


def state_name_countries(candidates: Sequence[Candidate]) -> frozenset[str]:
    """The countries of which the name, as written, is the own name of a state or province
    ("Oregon"), not of a division named after its city ("Paris", whose city is a candidate
    too). The disambiguator asks whether a candidate town's own country is among them (Kent,
    Ohio owes England nothing), so all are read at once: a name can have a hundred."""
    cities = {(c.place.country_code, c.place.admin1) for c in candidates if c.place.kind == "city"}
    return frozenset(
        c.place.country_code
        for c in candidates
        if c.place.kind == GazetteerKind.ADMIN1
        and c.match == "name"
        and (c.place.country_code, c.place.admin1) not in cities
    )


class NameFacts(NamedTuple):
    """What a name's candidates as a whole say, read once per name for the evidence on each
    candidate (disambiguation._evidence), instead of once per candidate."""

    an_area: bool  # some candidate is an area's own name (``names_an_area``)
    state_countries: frozenset[str]  # ``state_name_countries``
    a_country: bool  # some candidate is a country
    city_divisions: frozenset[tuple[str, str]]  # (country, state) of towns by their own name
    largest_town: int | None  # the population of the most populous candidate town

    @classmethod
    def of(cls, candidates: Sequence[Candidate]) -> NameFacts:
        cities = [c for c in candidates if c.place.kind == GazetteerKind.CITY]
        return cls(
            an_area=any(names_an_area(c) for c in candidates),
            state_countries=state_name_countries(candidates),
            a_country=any(c.place.kind == GazetteerKind.COUNTRY for c in candidates),
            city_divisions=frozenset(
                (c.place.country_code, c.place.admin1) for c in cities if c.match == "name"
            ),
            largest_town=max((c.place.population for c in cities), default=None),
        )


def names_an_area(candidate: Candidate) -> bool:
    """Is this the vast place the name belongs to: an ocean, a country, or a state by its own
    name ("California", not the New Jersey town once also called so)?"""
    kind = candidate.place.kind
    return kind in VAST_KINDS or (kind == GazetteerKind.ADMIN1 and candidate.match == "name")


def home_country(choices: dict[str, GazetteerEntry]) -> str | None:
    """The country most of the story's other names (two or more, by name) lie in, if one
    leads: local news rarely names its own country, but its towns say it."""
    names_per_country = Counter(place.country_code for place in choices.values())
    ranked = names_per_country.most_common(2)
    if not ranked or ranked[0][1] < 2 or (len(ranked) > 1 and ranked[1][1] == ranked[0][1]):
        return None
    return ranked[0][0]


_LIST_JOINT = re.compile(r"\s*(?:,|;|,?\s+(?:and|or))\s*(?:the\s+)?")


def list_siblings[S: Span](text: str, ordered: Sequence[S]) -> dict[int, list[S]]:
    """For each mention (by id) in a list of names ("Alaska, Alabama and Arizona"), the others
    in it; ``ordered`` is in text order."""
    runs: list[list[S]] = []
    for previous, current in itertools.pairwise(ordered):
        joint = text[previous.end : current.start]
        if _LIST_JOINT.fullmatch(joint):
            if runs and runs[-1][-1] is previous:
                runs[-1].append(current)
            else:
                runs.append([previous, current])
    siblings: dict[int, list[S]] = {}
    for run in runs:
        for member in run:
            siblings[id(member)] = [m for m in run if m is not member]
    return siblings


def within(place: GazetteerEntry, container: GazetteerEntry) -> bool:
    if place.country_code != container.country_code:
        return False
    return container.kind == "country" or place.admin1 == container.admin1


_DEMONYM_ENDINGS = (("ians", "ia"), ("ian", "ia"), ("ians", "io"), ("ian", "io"), ("ans", "as"),
                    ("an", "as"), ("ans", "a"), ("an", "a"), ("ans", ""), ("an", ""))  # fmt: skip


def demonym_bases(word: str) -> list[str]:
    """Names a state's or region's demonym may come from ("Texans" → Texas, "Ohioans" → Ohio,
    "Ontarians" → Ontario, "Ossetian" → Ossetia); the gazetteer decides which exist."""
    bases = []
    for ending, base in _DEMONYM_ENDINGS:
        if word.endswith(ending) and len(word) > len(ending) + 2:
            bases.append(word[: -len(ending)] + base)
    return list(dict.fromkeys(bases))
