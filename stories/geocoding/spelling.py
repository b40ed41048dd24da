"""Misspelt place names: one slip of the keyboard away from a well-known place.

Wire copy does contain typos ("Norfeild"); a reader still knows the city. We accept a
single edit (a letter dropped, added, changed or two swapped) only towards prominent places, a
country, a first-level division or a city of at least 100,000 people, and only for names long
enough (7+ letters) that one edit cannot turn one real name into another by chance.
"""

from __future__ import annotations

import string
from collections.abc import Container

from stories.geocoding.places import Candidate

MIN_LENGTH = 7
MIN_POPULATION = 100_000
PROMINENT_KINDS = ("country", "admin1")
_LETTERS = string.ascii_lowercase


def one_edit_away(key: str) -> set[str]:
    """Every string one deletion, transposition, substitution or insertion from `key`."""
    splits = [(key[:i], key[i:]) for i in range(len(key) + 1)]
    deletes = {a + b[1:] for a, b in splits if b}
    swaps = {a + b[1] + b[0] + b[2:] for a, b in splits if len(b) > 1}
    changes = {a + c + b[1:] for a, b in splits if b for c in _LETTERS}
    inserts = {a + c + b for a, b in splits for c in _LETTERS}
    return (deletes | swaps | changes | inserts) - {key}


def is_prominent(candidate: Candidate) -> bool:
    place = candidate.place
    return place.kind in PROMINENT_KINDS or place.population >= MIN_POPULATION


def spelling_candidates(key: str, lookup, prominent_keys: Container[str]) -> list[Candidate]:
    """Prominent places whose name is one edit from `key` (a normalised name).

    `prominent_keys` (the keys of prominent places' own names) lets only the few variants that
    can match reach `lookup`: a 10-letter name has about 550 variants, one query each before.
    """
    if len(key.replace(" ", "")) < MIN_LENGTH:
        return []
    found: dict[int, Candidate] = {}
    for variant in (v for v in one_edit_away(key) if v in prominent_keys):
        for candidate in lookup(variant):
            if candidate.match == "name" and is_prominent(candidate):
                found[candidate.place.geonames_id] = Candidate(
                    candidate.place, candidate.matched_name, "spelling"
                )
    return list(found.values())
