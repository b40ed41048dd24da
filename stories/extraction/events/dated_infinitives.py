"""An infinitive on a noun of deciding, with a date of its own: the decided act, done then.

"The bank's decision to cut its rate last month", "the council's vote to close the depot in
May": the infinitive names what was decided and its own date says when it was carried out,
so it reports a happening; undated ("a decision to cut rates") it only names the choice.
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
