"""Legal instruments whose present tense reports what they do.

A present simple clause usually describes a state ("the company employs 450 people"), so the
noise filter drops it. News about laws and court papers is the exception: "the new act
establishes two parks", "the warrant charges him with theft" use the present for what the
instrument does on being passed or issued, which is the happening the story reports.
"""

from __future__ import annotations

from spacy.tokens import Token

INSTRUMENTS = frozenset(
    {
        "act",
        "bill",
        "decree",
        "indictment",
        "law",
        "legislation",
        "measure",
        "ordinance",
        "statute",
        "warrant",
    }
)


def instrument_acts(verb: Token) -> bool:
    """ "The act establishes two parks", "a warrant charges her with fraud": a present simple
    verb whose subject is a law or a court paper and which acts on an object reports the
    instrument's effect, a deed; "the law is clear" (no object) stays a description."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.lemma_.lower() not in INSTRUMENTS:
        return False
    return any(c.dep_ == "dobj" for c in verb.children)
