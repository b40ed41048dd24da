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
# What a body votes on: the instruments, and the motions and proposals put before it. A
# tally told of one ("the motion won 6-3") is a vote's, never a game's score
# (events.held_stances); instrument_acts keeps to INSTRUMENTS, since a motion's present
# tense ("the motion asks the city to…") tells what it says, not an effect.
VOTED_ON = INSTRUMENTS | frozenset(
    {"amendment", "motion", "nomination", "proposal", "referendum", "resolution"}
)


def instrument_acts(verb: Token) -> bool:
    """ "The act establishes two parks", "a warrant charges her with fraud": a present simple
    verb whose subject is a law or a court paper and which acts on an object reports the
    instrument's effect, a deed; "the law is clear" (no object) stays a description."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.lemma_.lower() not in INSTRUMENTS:
        return False
    return any(c.dep_ == "dobj" for c in verb.children)
