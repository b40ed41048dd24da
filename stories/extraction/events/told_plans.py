"""A plan a saying announces, with no time of its own, is dated by the telling.

"Ohio State said it would freeze the pay of its managers", "the court said it will postpone
its ruling": the clause under "said" is a plan (events.certainty) and names no day, so its
own words date nothing. Yet what the story reports is the announcing: the decision is made
and told in the reporter's days. With no time before it in its sentence, the plan takes the
month of publication (no finer: the day is not told; no coarser). A time written before it
in its sentence is the telling's: that past week or month ("This month, the university said
it would …"); a recent day ("On Thursday, the governor said she would …") is left to
neighbour_dates, which checks on the parse that the saying gives the plan out. A time after the
plan is another clause's ("… his place in the Tour in July").

Only a plan of the sayer's own is announced: the clause's subject is the sayer, or a pronoun
standing for it ("the company said it will", "the mayor told reporters she would"). What a
sayer foresees of someone or something else ("officials said the storm would make landfall")
is a forecast, not a decision taken, and stays undated; so does a bare future in the writer's
own voice ("the team will retire both numbers"), told by no one.
"""

from __future__ import annotations

import datetime as dt

from spacy.tokens import Doc, Token

from stories.extraction.contractions import contracted_d_word
from stories.extraction.events.event_dates import EventDate
from stories.extraction.events.folding import anchor_of
from stories.extraction.mentions import EventCandidate

# Verbs of saying or telling whose complement clause can give out a plan (lemmas).
_SAYING = frozenset({"say", "announce", "tell"})
# The clause's own future (a future seen from the telling, "would", or from now, "will").
_FUTURE = frozenset({"will", "would", "'ll", "’ll"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
_CLIMB = 3  # from an event noun up to its clause's verb ("would make landfall")
# A telling's time that dates the plan here: "last week", "this month" (a day: neighbour_dates).
_TELLING_GRAINS = frozenset({"week", "month"})


def announces_own_plan(event: EventCandidate, doc: Doc) -> bool:
    """Whether the event's clause is a future under an earlier verb of saying or telling, whose
    subject is the sayer or a pronoun for it."""
    clause = anchor_of(event, doc)
    for _ in range(_CLIMB):
        if clause is None or any(
            contracted_d_word(c) in _FUTURE for c in clause.children if c.dep_ == "aux"
        ):
            break
        clause = clause.head if clause.head != clause else None
    else:
        return False
    if clause is None or clause.dep_ != "ccomp":
        return False
    saying = clause.head
    if saying.lemma_.lower() not in _SAYING or saying.i > clause.i:
        return False
    return _stands_for(_subject(clause), _subject(saying))


def _subject(verb: Token) -> Token | None:
    """The verb's subject, or for a verb joined to another ("hailed the ruling and said"),
    the subject they share."""
    while True:
        subject = next((c for c in verb.children if c.dep_ in _SUBJECTS), None)
        if subject is not None or verb.dep_ != "conj" or verb.head == verb:
            return subject
        verb = verb.head


def _stands_for(subject: Token | None, sayer: Token | None) -> bool:
    """The plan's subject is the sayer, or a personal pronoun that may stand for it ("it" not
    for a plural sayer: "officials said it would rain")."""
    if subject is None or sayer is None:
        return False
    if subject.pos_ == "PRON":
        return not (subject.lower_ == "it" and sayer.tag_ in ("NNS", "NNPS"))
    return subject.lemma_.lower() == sayer.lemma_.lower()


def told_plan_date(told_before: EventDate | None, published: dt.date) -> EventDate | None:
    """The time of the telling for a plan its sayer announces (announces_own_plan):
    `told_before`, the last time its sentence names before it, or the month of publication
    when it names none."""
    if told_before is None:
        return EventDate(published.replace(day=1), None, "month", "")
    if told_before.precision not in _TELLING_GRAINS or told_before.start > published:
        return None
    return told_before
