"""Infinitives with a date of their own, and the dated governors around them.

"The bank's decision to cut its rate last month", "the council's vote to close the depot in
May": the infinitive names what was decided and its own date says when it was carried out,
so it reports a happening; undated ("a decision to cut rates") it only names the choice.
"The firm sought approval last week to buy the stake": a past governor with an object and a
day of its own did something then (asked for a thing), whatever became of its infinitive.
"""

from __future__ import annotations

from spacy.tokens import Token

from stories.extraction.events.time_phrases import dates_the_verb

# Nouns of deciding whose infinitive names the act decided on; not "bid" or "attempt" (tried,
# perhaps failed) nor "order" (told, perhaps not yet done).
_DECIDING = frozenset({"decision", "move", "vote"})


def dated_decided_act(verb: Token) -> bool:
    """ "decision to cut its rate last month": an infinitive on a deciding noun, dated."""
    if verb.dep_ != "acl" or verb.tag_ != "VB" or verb.head.lemma_.lower() not in _DECIDING:
        return False
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return False
    return any(dates_the_verb(c) for c in verb.children)


def dated_sought_object(verb: Token) -> bool:
    """ "sought approval last week to buy the stake": a plain past governor with a noun object
    and a day of its own is a deed of its own, not only a frame for its infinitive."""
    if verb.tag_ != "VBD" or any(c.dep_ in ("aux", "auxpass", "neg") for c in verb.children):
        return False
    if not any(c.dep_ == "dobj" and c.pos_ == "NOUN" for c in verb.children):
        return False
    return any(dates_the_verb(c) for c in verb.children)
