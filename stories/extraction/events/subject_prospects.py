"""An event noun that is the subject of a verb told ahead is itself still ahead.

"The hearing will take two days", "the transfer would take 60 to 90 days": the verb says what
the happening will be like, so the happening has not taken place. certainty.noun_certainty
reads the words that take a noun as their object ("will be watching the meeting") and the
verbs of schedule a subject may have ("the vote is due"); a subject's verb told with "will"
or "would" and no date of the noun's own is read here, around it (certainty.py is full).
"""

from __future__ import annotations

import datetime as dt

from spacy.tokens import Token

from stories.extraction.events import certainty
from stories.extraction.events.lexicon import FUTURE_AUXILIARIES, NEGATIONS


def noun_certainty_ahead(
    noun: Token, *, date: dt.date | None, published: dt.date | None, event_class: str = ""
) -> str:
    """certainty.noun_certainty, with an undated noun subject of a verb told ahead expected."""
    told = certainty.noun_certainty(noun, date=date, published=published, event_class=event_class)
    if told == "occurred" and date is None and subject_of_a_verb_ahead(noun):
        return "expected"
    return told


def subject_of_a_verb_ahead(noun: Token) -> bool:
    """ "The hearing will take two days": the noun is the subject of a verb with "will" or
    "'ll", or with "would" in a clause a verb of saying or thinking governs, a future from a
    past telling ("said the trial would last a month", "estimated that the hearing would take
    two days"); a bare "would" ("the crash would kill three") tells what followed.
    Not denied ("the hearing will not be held" is a denial's question)."""
    if noun.dep_ not in ("nsubj", "nsubjpass") or noun.head.pos_ not in ("VERB", "AUX"):
        return False
    verb = noun.head
    auxiliaries = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if any(c.dep_ == "neg" or c.lower_ in NEGATIONS for c in verb.children):
        return False
    words = {certainty.plain_word(a) for a in auxiliaries}
    return bool(words & FUTURE_AUXILIARIES) or ("would" in words and _said(verb))


def _said(verb: Token) -> bool:
    """Whether the clause, or the first of its conjoined clauses, is the complement of a verb
    of saying or thinking: "said the trial would last a month", "estimated that …"."""
    while verb.dep_ == "conj" and verb.head != verb:
        verb = verb.head
    return verb.dep_ == "ccomp" and verb.head.pos_ == "VERB"
