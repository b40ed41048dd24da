"""Misspelt place names: one slip of the keyboard away from a well-known place.

Wire copy does contain typos ("Norfeild"); a reader still knows the city. We accept a
single edit (a letter dropped, added, changed or two swapped) only towards prominent places, a
country, a first-level division or a city of at least 100,000 people, and only for names long
enough (7+ letters) that one edit cannot turn one real name into another by chance.

A name's one-edit variants number some 600 (a letter changed or added, 26 ways at each place);
spelling each out for every name the gazetteer lacks cost a quarter of a millisecond a name,
so the prominent names are indexed once by each with one character dropped (`NearNames`):
a name and a prominent name one edit apart share such a form, and the few names sharing one
are checked edit by edit.
"""

from __future__ import annotations

import string
from array import array
from bisect import bisect_left, bisect_right
from collections.abc import Iterable

from stories.geocoding.places import Candidate

MIN_LENGTH = 7
MIN_POPULATION = 100_000
PROMINENT_KINDS = ("country", "admin1")
_LETTERS = frozenset(string.ascii_lowercase)  # what a change or an added letter may be


class NearNames:
    """Prominent keys, and each with one character dropped, to find a name's one-edit
    neighbours without spelling out its variants.

    The dropped-character forms (some 79,000) are kept as their hashes, sorted, beside the key
    each came from: a megabyte, where a dictionary of the strings took twenty. Two forms that
    share a hash only bring a key to be checked edit by edit, which rejects it."""

    def __init__(self, keys: Iterable[str]) -> None:
        self.keys = frozenset(keys)
        self._names = sorted(self.keys)
        forms = sorted(
            (hash(key[:i] + key[i + 1 :]), number)
            for number, key in enumerate(self._names)
            for i in range(len(key))
        )
        self._hashes = array("q", (h for h, _ in forms))
        self._owners = array("i", (number for _, number in forms))

    def _sharing(self, form: str) -> list[str]:
        """The keys one of whose dropped-character forms hashes as `form` does."""
        wanted = hash(form)
        low = bisect_left(self._hashes, wanted)
        if low == len(self._hashes) or self._hashes[low] != wanted:
            return []
        high = bisect_right(self._hashes, wanted, low)
        return [self._names[number] for number in self._owners[low:high]]

    def one_edit_away(self, key: str) -> set[str]:
        """The keys one deletion, transposition of neighbours, substitution of a letter or
        insertion of a letter from `key` (never `key` itself); letters are a to z."""
        found: set[str] = set()
        keys, n = self.keys, len(key)
        shorter = [key[:i] + key[i + 1 :] for i in range(n)]
        for i in range(n):
            if shorter[i] in keys:
                found.add(shorter[i])  # a character dropped
            if i + 1 < n:
                swapped = key[:i] + key[i + 1] + key[i] + key[i + 2 :]
                if swapped != key and swapped in keys:
                    found.add(swapped)
            for other in self._sharing(shorter[i]):  # a letter changed at i
                if (
                    len(other) == n
                    and other[i] in _LETTERS
                    and other != key
                    and other[:i] == key[:i]
                    and other[i + 1 :] == key[i + 1 :]
                ):
                    found.add(other)
        for other in self._sharing(key):  # a letter added
            if _added_letter(key, other):
                found.add(other)
        return found


def _added_letter(key: str, longer: str) -> bool:
    """Whether `longer` is `key` with one letter a to z put in. Every place that letter may
    have been put holds the same character (a run of it), so the first difference tells."""
    if len(longer) != len(key) + 1:
        return False
    i = next((j for j, (a, b) in enumerate(zip(key, longer, strict=False)) if a != b), len(key))
    return longer[i] in _LETTERS and longer[i + 1 :] == key[i:]


def is_prominent(candidate: Candidate) -> bool:
    place = candidate.place
    return place.kind in PROMINENT_KINDS or place.population >= MIN_POPULATION


def spelling_candidates(key: str, lookup, prominent: NearNames) -> list[Candidate]:
    """Prominent places whose name is one edit from `key` (a normalised name).

    `prominent` (the keys of prominent places' own names, indexed) names the few variants
    that can match, and only those reach `lookup`.
    """
    if len(key.replace(" ", "")) < MIN_LENGTH:
        return []
    found: dict[int, Candidate] = {}
    for variant in sorted(prominent.one_edit_away(key)):
        for candidate in lookup(variant):
            if candidate.match == "name" and is_prominent(candidate):
                found[candidate.place.geonames_id] = Candidate(
                    candidate.place, candidate.matched_name, "spelling"
                )
    return list(found.values())
