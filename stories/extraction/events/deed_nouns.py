"""A deed told by its verb and named again by its noun ("gunmen attacked the convoy … the
attack"; "the March 2 robbery … a man robbed the bank"): one happening, told twice.

`identity.named_as_deed` and `identity.names_deed_again` ask `noun_of_deed` whether two tellings
are a verb and a noun of that verb; the checks on actor, date and place stay there, with the
other retelling rules.
"""

from __future__ import annotations

import re

from stories.extraction.mentions import EventCandidate

_STEM = 4  # "invade" and "invasion" share "inva"; "rob" and "robbery" all of "rob"
_MONTH_SHORT = re.compile(
    r"^(jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\.?$", re.IGNORECASE
)  # "the Dec. 5 robbery": a date, never a name of the happening's own


def noun_of_deed(
    a: EventCandidate, b: EventCandidate
) -> tuple[EventCandidate, EventCandidate] | tuple[()]:
    """(noun, verb) when one telling is an event noun and the other a verb it derives from
    ("shooting"/"shoot", "invasion"/"invade"); empty otherwise. A noun of another verb of the
    same class ("the bombing" after "invaded") is no naming of that deed."""
    kinds = (a.extra.get("kind") == "noun", b.extra.get("kind") == "noun")
    if kinds[0] == kinds[1]:
        return ()
    noun, verb = (a, b) if kinds[0] else (b, a)
    if " " in verb.trigger or " " in noun.trigger:
        return ()
    return (noun, verb) if derives_from(noun.trigger, verb.trigger) else ()


def derives_from(noun: str, verb: str) -> bool:
    """Whether a noun lemma is (by its spelling) a noun of the verb lemma: the whole verb, or
    at least its first four letters, opens the noun."""
    noun, verb = noun.casefold(), verb.casefold()
    shared = 0
    for x, y in zip(noun, verb, strict=False):
        if x != y:
            break
        shared += 1
    return shared >= min(len(verb), _STEM)


def without_dates(names: set[str]) -> set[str]:
    """Name words less short month names ("Dec", "Sept")."""
    return {name for name in names if not _MONTH_SHORT.match(name)}
