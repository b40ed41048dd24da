"""One deed told of its doer by name and again by a description: one happening.

Wire copy names the doers in the lead and describes them in the next paragraph, or the other
way round: "Presidents A of X and B of Y signed an economic cooperation plan Friday" … "the
two presidents on Friday signed the plan". The clause reader makes an event of each telling;
`identity` joins two tellings of one named person, or of no person on either side, but a
description ("the two presidents", "the minister", "he") gives the second telling no person,
so the two first persons differ and they stay apart.

`told_of_described_actor` joins them when one names people and the other none, the verb is
the same lemma, both are told as done, what was done shares its head noun ("plan"), the
described doer is a definite description or a pronoun, not brought in as new ("a minister",
"two other ministers", "dealers"), no counts of what was done that differ, both dated on
days that overlap, and places do not disagree. Two named doers are `identity`'s question.
"""

from __future__ import annotations

import re

from stories.extraction.events.inflection import irregular_form_of
from stories.extraction.events.lexicon import DEFINITE_DETERMINERS, PRONOUNS
from stories.extraction.events.offices import OFFICE_WORDS
from stories.extraction.events.undergoers import (
    STEM,
    counted_apart,
    object_head,
    one_plain_deed,
    same_time_and_place,
)
from stories.extraction.mentions import EventCandidate

_NEW = frozenset({"a", "an", "another", "other"})  # "two other ministers": new doers
# Offices a doer is called by: national ones and a town's or state's ("the governor").
_OFFICES = OFFICE_WORDS | {"governor", "mayor", "sheriff"}
_GENERAL = frozenset({"leader", "official", "lawmaker"})
_SUBJECT_WORDS = 6  # "the two presidents on Friday signed": a description opens a few words before


def told_of_described_actor(a: EventCandidate, b: EventCandidate) -> bool:
    """Whether one telling names the doers and the other, with the same verb and object on
    the same day, describes them."""
    if not one_plain_deed(a, b):
        return False
    if bool(a.people) == bool(b.people):
        return False
    described = b if a.people else a
    if not _refers_back(described) or _other_office(a if a.people else b, described):
        return False
    if counted_apart(a, b):
        return False
    head = object_head(a)
    if not head or head != object_head(b):
        return False
    return same_time_and_place(a, b)


def _doer_words(candidate: EventCandidate, reach: int = _SUBJECT_WORDS) -> list[str]:
    """The words of a telling before its verb (the last `reach`), where its doer is said."""
    words = re.findall(r"[\w’'-]+", candidate.quote.casefold())
    stem = candidate.trigger.casefold()[:STEM]
    lemma = candidate.trigger.casefold()
    at = next(
        (n for n, w in enumerate(words) if w.startswith(stem) or irregular_form_of(w, lemma)),
        len(words),
    )
    return words[max(0, at - reach) : at]


def _offices(words: list[str]) -> set[str]:
    """The specific offices among `words` ("presidents" -> "president"); "leader" and
    "official" fit any office holder and say no office of their own."""
    return {w.removesuffix("s") for w in words} & (_OFFICES - _GENERAL)


def _other_office(named: EventCandidate, described: EventCandidate) -> bool:
    """Whether the description calls its doers by an office the named telling, giving its
    doers an office, never gives them: "Presidents A and B signed" … "the two foreign ministers
    signed", "Prime Minister A signed the bill" … "the governor signed the bill"."""
    own = _offices(_doer_words(named, reach=len(named.quote)))  # "Presidents A of X and B of Y"
    said = _offices(_doer_words(described))
    return bool(own and said and not said & own)


def _refers_back(candidate: EventCandidate) -> bool:
    """The doer is a definite description or a pronoun ("the two presidents", "they") and not
    brought in as new ("a minister signed", "two other ministers", bare "dealers sold")."""
    before = _doer_words(candidate)
    if any(w in _NEW for w in before):
        return False
    return any(w in DEFINITE_DETERMINERS or w in PRONOUNS for w in before)
