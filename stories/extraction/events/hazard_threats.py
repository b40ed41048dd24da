"""A happening that "threatens to" bring another: the second is a speculated consequence.

"A brush fire threatens to close the highway today", "the strike threatens to shut the port":
when the one threatening is itself a happening (an event noun as the subject of "threaten"),
nobody utters a threat; the verb weighs what the happening may cause, and that consequence is
the news a timeline holds, as "may close" would tell it (gold: speculated). A party's threat
("the union threatened to strike", "he threatens to sue") is a deed or rhetoric of its own and
is left to events.governing and events.speech: only an event noun as subject counts here.
"""

from __future__ import annotations

from spacy.tokens import Token

from stories.extraction.events.lexicon import NOUN_CLASSES


def threatened_consequence(verb: Token) -> bool:
    """Whether `verb` is the to-infinitive of "threaten" whose subject is an event noun:
    "the fire threatens to close the road" (close), not "the mayor threatens to close it"."""
    governor = verb.head
    if verb.dep_ != "xcomp" or governor == verb or governor.lemma_.lower() != "threaten":
        return False
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return False
    subject = next((c for c in governor.children if c.dep_ == "nsubj"), None)
    return subject is not None and subject.lemma_.lower() in NOUN_CLASSES
