"""A frame verb a plan governs: "he is scheduled to appear in court on April 7".

`frames` builds a site for a state verb only in an event frame ("appeared in court", "hear the
appeal") told as done, with a tense and a subject of its own. A court date, a hearing or a
call-out set for later is told the other way round: the frame verb is a bare infinitive under a
verb or adjective of plan or expectation ("is scheduled to appear in court", "is expected to
appear before a judge Wednesday", "is due to appear", "the board is set to hear the appeal"),
and the tense and the subject are the plan's. Such a clause tells the appearance itself, a
planned happening (its certainty is read from the governor as for any verb under it), so the
frame verb takes its governor's tense and subject. Not an infinitive under a verb of wish,
attempt or saying ("wants to appear", "tried to call"), nor under one that decides or agrees,
whose own deed is the event ("agreed to give evidence": the agreement is told).
"""

from __future__ import annotations

from spacy.tokens import Token

# Governors of a plan or an expectation whose complement is what is planned: "scheduled",
# "expected", "due", "set", "likely". Not those that are a deed of their own ("decide",
# "agree", "order": the deciding is told) nor a forecast of things ("predict").
_PLANS = frozenset({"schedule", "expect", "due", "set", "likely", "plan", "poise"})


def plan_governor(verb: Token) -> Token | None:
    """The verb whose tense and subject a planned infinitive takes ("is" of "is due to
    appear", "expected" of "is expected to appear"), or None when `verb` is no bare "to"
    infinitive under a governor of plan."""
    head = verb.head
    if verb.dep_ != "xcomp" or verb.tag_ != "VB":
        return None
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return None
    if head.lemma_.lower() not in _PLANS:
        return None
    if head.pos_ == "VERB":
        return head
    if head.pos_ == "ADJ" and head.dep_ == "acomp" and head.head.pos_ in ("AUX", "VERB"):
        return head.head  # "is due to appear": the "is"
    return None


def planned_subjects(governor: Token) -> list[Token]:
    """The subjects of a plan's governor told with a tense ("was scheduled", "is due"; the
    present of a plan tells the plan, not a description), or none: "the man, scheduled to
    appear in court," is a description of him."""
    if governor.tag_ not in ("VBD", "VBZ", "VBP") and not any(
        c.dep_ in ("aux", "auxpass") and c.lower_ != "to" for c in governor.children
    ):
        return []
    return [c for c in governor.children if c.dep_ in ("nsubj", "nsubjpass")]
