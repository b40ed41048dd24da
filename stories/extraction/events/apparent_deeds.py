"""Deeds told as only apparent, read by `certainty`.

"Where she had apparently fled from him" tells the fleeing as the writer's inference, not a
fact: the dev gold marks such deeds speculated, as FactBank marks "apparently" probable. The
adverb must modify the deed's own verb: in "dropped the plan, apparently fearing a revolt" it
weighs the motive, and the dropping stays told as done. Only a deed told in the past is taken:
"is apparently accompanied by an aide" describes a present state, no happening.
"""

from __future__ import annotations

from spacy.tokens import Token

from stories.extraction.events.held_beliefs import CITING_ADVERBS
from stories.extraction.events.lexicon import SPECULATIVE_ADVERBS

# Adverbs that give a deed as what seems so: an inference, not a citation.
_APPARENT = frozenset({"apparently", "seemingly", "presumably"})


def hedged_by_adverb(verb: Token, auxiliaries: list[Token]) -> bool:
    """ "possibly fled", "had apparently fled": an adverb on the verb leaves the deed open.

    "Reportedly" and "allegedly" cite reports; the tense still says what happened.
    """
    adverbs = {c.lower_ for c in verb.children}
    if adverbs & (SPECULATIVE_ADVERBS - CITING_ADVERBS):
        return True
    return bool(adverbs & _APPARENT) and _told_in_the_past(verb, auxiliaries)


def _told_in_the_past(verb: Token, auxiliaries: list[Token]) -> bool:
    """ "fled", "had fled", "has fled": a simple past or a perfect tells a deed."""
    if verb.tag_ == "VBD":
        return True
    return verb.tag_ == "VBN" and any(
        a.tag_ == "VBD" or a.lemma_.lower() == "have" for a in auxiliaries
    )
