"""A year that names when a thing was made, not when anything in its sentence happened.

"a 2011 Volvo bus", "her stolen 1989 Mercury Marquis": a year between "a"/"an" (or an owner's
word) and a capitalised name is the thing's model year. Events (events.time_owners) date no
happening by it, and the narrative year (narrative_year) does not move a yearless date of its
sentence into it: "a passenger in a 2001 Chevrolet that was stopped March 16" was stopped in
the March before publication, not in 2001. Text only, so the times package can ask it too.
"""

from __future__ import annotations

import re

# "a 2011 Volvo", "an 1898 Winchester": a year between "a"/"an" and a capitalised word. That
# is a make's model year, and also "a 2008 Census report": either way the year qualifies the
# noun after it (events.dates labels it attributive), never the narrative.
_A_BEFORE = re.compile(r"\ban?\s+$", re.I)
_YEAR = re.compile(r"\d{4}")
_CAPITALISED_AFTER = re.compile(r"\s+[A-Z][a-z]")


def model_year(start: int, end: int, text: str) -> bool:
    """Whether the year text[start:end] stands between "a"/"an" and a capitalised word
    ("a 2011 Volvo bus", but also "a 2008 Census report"), or between an owner's word and a
    capitalised name ("her stolen 1989 Mercury Marquis"): it dates the thing named after it,
    never the narrative around it. An all-capital make ("a 1999 GMC") is not matched."""
    if not (_YEAR.fullmatch(text[start:end]) and _CAPITALISED_AFTER.match(text, end)):
        return False
    return bool(_A_BEFORE.search(text[max(0, start - 4) : start])) or owned_thing_year(start, text)


# "her stolen 1989 Mercury", "the family's 2004 Honda": an owner's word, at most two plain words
# (what befell the thing) and then the year.
_OWNER_BEFORE = re.compile(
    r"(?:\b(?:his|her|its|their|our|my|your)|[a-z]['’]s)\s+(?:[a-z]+\s+){0,2}$", re.I
)


def owned_thing_year(start: int, text: str) -> bool:
    """Whether the year at `start` follows an owner's word ("her stolen 1989 …"): a year of a
    thing someone has is the year it was made, not a time of the clause."""
    return bool(_OWNER_BEFORE.search(text[max(0, start - 40) : start]))
