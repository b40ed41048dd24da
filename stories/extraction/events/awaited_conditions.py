"""Clauses that name what a future waits for: "the ferry will sail once the wind drops".

A clause opened by "once", "until", "unless" or "as soon as" under a clause still to come is
the condition or the limit of that future, not a happening of its own: the wind dropping is
neither reported nor announced, and an event "Wind drops" would stand in the chronology as if
it had. The same words under a past clause ("stayed until the wind dropped", "left once the
road opened") tell a happening and stay; so do those under a "would" of past habit ("as a boy
he would stay until the shop closed"): "would" is a future only as a saying reports it ("said
the boats would sail once the fog lifted").
"""

from __future__ import annotations

from spacy.tokens import Token

from stories.extraction.contractions import contracted_d_word
from stories.extraction.events.lexicon import ATTRIBUTION_VERBS
from stories.extraction.times.tense import FUTURE_AUXILIARIES

_LIMIT_MARKS = frozenset({"once", "until", "till", "unless"})
# "is expected to arrive", "plans to send": a governor that makes its complement a future
_AWAITING_GOVERNORS = frozenset({"expect", "plan", "schedule", "intend", "hope", "aim", "set"})


def awaited_condition(verb: Token) -> bool:
    """Whether `verb` heads a "once"/"until"/"unless"/"as soon as" clause of a future clause."""
    if verb.dep_ != "advcl":
        return False
    marks = {c.lower_ for c in verb.children if c.dep_ == "mark"}
    governor = verb.head
    as_soon = governor.lower_ == "soon"  # "as soon as the cloud allowed" hangs on "soon"
    if not (marks & _LIMIT_MARKS or as_soon):
        return False
    while governor.pos_ in ("ADV", "ADJ") and governor.head != governor:
        governor = governor.head
    return governor.pos_ in ("VERB", "AUX") and _still_to_come(governor)


def _still_to_come(verb: Token) -> bool:
    """ "will sail", "she’ll sail", "is expected to sail"; "would sail" only as a saying
    reports it ("said the boats would sail"): a "would" of its own is as often a past habit
    ("as a boy he would stay at the shop until it closed") or a condition."""
    auxiliaries = {contracted_d_word(c) for c in verb.children if c.dep_ in ("aux", "auxpass")}
    if auxiliaries & FUTURE_AUXILIARIES:
        return True
    if "would" in auxiliaries and _reported(verb):
        return True
    return verb.dep_ == "xcomp" and verb.head.lemma_.lower() in _AWAITING_GOVERNORS


def _reported(verb: Token) -> bool:
    """Whether the clause of `verb` is what a saying reports: "said the boats would sail"."""
    return verb.dep_ == "ccomp" and verb.head.lemma_.lower() in ATTRIBUTION_VERBS
