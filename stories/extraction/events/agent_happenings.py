"""Event nouns brought in as the agent of what they caused: "protests sparked by a fare hike".

"Protests sparked by a fare hike", "a warehouse destroyed by a blaze" tell, in the passive, what
"a fare hike sparked protests" tells in the active (events.acting): a new happening, brought in
with "a" or "an" after the "by" of a verb told as done, that did something. It took place, and
needs no owner, date or place of its own to be news. A plural ("by strikes") may be several
happenings or a kind of them, and a definite one ("by the strike") one the story has told.
"""

from __future__ import annotations

from spacy.tokens import Token

_INDEFINITE = frozenset({"a", "an"})


def agent_of_a_deed(noun: Token) -> bool:
    """Whether a singular event noun with "a"/"an" is the agent of a past participle or past
    verb: "sparked by a fare hike"."""
    if noun.dep_ != "pobj" or noun.tag_ != "NN" or noun.head.dep_ != "agent":
        return False
    if not any(c.dep_ == "det" and c.lower_ in _INDEFINITE for c in noun.children):
        return False
    verb = noun.head.head
    if verb.pos_ != "VERB" or verb.tag_ not in ("VBN", "VBD"):
        return False
    return not any(c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children)
