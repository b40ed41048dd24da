"""Legal instruments whose present tense reports what they do.

A present simple clause usually describes a state ("the company employs 450 people"), so the
noise filter drops it. News about laws and court papers is the exception: "the new act
establishes two parks", "the warrant charges him with theft" use the present for what the
instrument does on being passed or issued, which is the happening the story reports.
"""

from __future__ import annotations

from spacy.tokens import Token

_INSTRUMENTS = frozenset(
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
    if subject is None or subject.lemma_.lower() not in _INSTRUMENTS:
        return False
    return any(c.dep_ == "dobj" for c in verb.children)


# Proposals told by what they would do before anyone passes them.
_PROPOSALS = _INSTRUMENTS | frozenset({"amendment", "resolution", "proposal", "ordinance"})


def proposal_would(verb: Token) -> bool:
    """ "a bill that would ban smoking", "the amendment would remove the protections": a law or
    proposal not yet passed is news by what it "would" do, a happening that may come (gold:
    speculated), not the writer's musing. Only a plain "would" ("would have required": it
    failed) on a verb acting on an object, whose subject, or the noun a "which"/"that" clause
    hangs on, is the proposal; "he would walk to school every day" (a habit) has no proposal."""
    auxiliaries = {a.lower_ for a in verb.children if a.dep_ == "aux"}
    if "would" not in auxiliaries or "have" in auxiliaries:
        return False
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or not any(c.dep_ == "dobj" for c in verb.children):
        return False
    if verb.dep_ == "relcl" and subject.lower_ in ("which", "that"):
        subject = verb.head
    return subject.lemma_.lower() in _PROPOSALS
