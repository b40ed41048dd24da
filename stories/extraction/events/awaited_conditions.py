"""Clauses that name what a future waits for: "the ferry will sail once the wind drops".

A clause opened by "once", "until", "unless" or "as soon as" under a clause still to come is
the condition or the limit of that future, not a happening of its own: the wind dropping is
neither reported nor announced, and an event "Wind drops" would stand in the chronology as if
it had. The same words under a past clause ("stayed until the wind dropped", "left once the
road opened") tell a happening and stay.
"""

from __future__ import annotations

from spacy.tokens import Token

_LIMIT_MARKS = frozenset({"once", "until", "till", "unless"})
_FUTURE_AUXILIARIES = frozenset({"will", "would", "shall", "'ll", "wo"})
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
    auxiliaries = {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}
    if auxiliaries & _FUTURE_AUXILIARIES:
        return True
    return verb.dep_ == "xcomp" and verb.head.lemma_.lower() in _AWAITING_GOVERNORS
