"""A named actor's want in the story's lead: "Acme Corp. wants to buy 15% of Rivco".

A wish is usually no plan ("residents want to see change", "he wants to win"), so
events.certainty leaves an infinitive under "want" out. In the lead, the first two sentences,
a name's present "wants to" is the news the story opens on: a company's bid, a mayor's
scheme, told as what that actor is setting out to do, which is a plan.
"""

from __future__ import annotations

from spacy.tokens import Token

from stories.extraction.events.noise import in_lead

_WANTING = frozenset({"want"})
_NAMES = frozenset({"PERSON", "ORG", "GPE", "NORP"})


def lead_want(governor: Token) -> bool:
    """Whether `governor` is a named subject's plain present "wants" in the lead."""
    if governor.lemma_.lower() not in _WANTING or governor.tag_ not in ("VBZ", "VBP"):
        return False
    if any(c.dep_ in ("aux", "auxpass", "neg") for c in governor.children):
        return False
    named = any(
        c.dep_ == "nsubj" and (c.tag_ in ("NNP", "NNPS") or c.ent_type_ in _NAMES)
        for c in governor.children
    )
    return named and in_lead(governor)
