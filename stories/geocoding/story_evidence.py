"""What a story as a whole says about its names, beyond any one mention: the currency it
counts in, the country most of its places lie in, the lists it names places in, and whether a
name as written is a state's or an area's own."""

import itertools
import re
from collections import Counter
from collections.abc import Sequence
from typing import Protocol

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


def names_a_state(candidates: list[Candidate], country_code: str) -> bool:
    """Is the name, as written, the own name of a state or province of ``country_code``
    ("Oregon") rather than of a division named after its city ("Paris", whose city is a
    candidate too)? Other countries' divisions do not count: Kent, Ohio owes England nothing."""
    cities = {(c.place.country_code, c.place.admin1) for c in candidates if c.place.kind == "city"}
    return any(
        c.place.kind == GazetteerKind.ADMIN1
        and c.match == "name"
        and c.place.country_code == country_code
        and (c.place.country_code, c.place.admin1) not in cities
        for c in candidates
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
