"""Event nouns brought in as the agent of what they caused: "protests sparked by a fare hike".

"Protests sparked by a fare hike", "a warehouse destroyed by a blaze" tell, in the passive, what
"a fare hike sparked protests" tells in the active (events.acting): a new happening, brought in
with "a" or "an" after the "by" of a verb told as done, that did something. It took place, and
needs no owner, date or place of its own to be news. A plural ("by strikes") may be several
happenings or a kind of them, and a definite one ("by the strike") one the story has told.

The same words tell no happening when the deed is denied ("was not blocked by a vote"), when
they offer kinds of happening to choose from ("losses caused by a fire or a flood"), or when
the participle describes a thing in general rather than one told: a bare noun (no article or
owner) in a clause of the simple present or under a modal ("the policy covers losses
caused by a fire", "homeowners whose roofs were damaged by a storm can apply for aid").
"""

from __future__ import annotations

from spacy.tokens import Token

from stories.extraction.events.lexicon import INDEFINITE_ARTICLES

_PRESENT = frozenset({"VBZ", "VBP"})
_DESCRIBING = frozenset({"acl", "relcl"})


def agent_of_a_deed(noun: Token) -> bool:
    """Whether a singular event noun with "a"/"an" is the agent of a past participle or past
    verb told as done: "sparked by a fare hike"."""
    if noun.dep_ != "pobj" or noun.tag_ != "NN" or noun.head.dep_ != "agent":
        return False
    if not any(c.dep_ == "det" and c.lower_ in INDEFINITE_ARTICLES for c in noun.children):
        return False
    verb = noun.head.head
    if verb.pos_ != "VERB" or verb.tag_ not in ("VBN", "VBD"):
        return False
    if any(c.dep_ == "neg" or (c.dep_ == "aux" and c.tag_ == "MD") for c in verb.children):
        return False
    return not _alternatives(noun) and not _describes_a_kind(verb)


def _alternatives(noun: Token) -> bool:
    """ "by a fire or a flood": kinds of happening offered, not one that took place."""
    first = noun.head if noun.dep_ == "conj" else noun
    return any(c.dep_ == "cc" and c.lower_ == "or" for c in first.children)


def _describes_a_kind(verb: Token) -> bool:
    """Whether the participle's clause describes a noun told in general: a bare plural or mass
    noun in a clause of the simple present or under a modal."""
    if verb.dep_ not in _DESCRIBING:
        return False
    noun = verb.head
    if any(c.dep_ in ("det", "poss") for c in noun.children):
        return False  # "the losses", "a pattern": a thing the story tells, not a kind
    clause = noun
    for _ in range(4):
        if clause.pos_ in ("VERB", "AUX") or clause.head == clause:
            break
        clause = clause.head
    if clause.pos_ not in ("VERB", "AUX"):
        return False
    auxiliaries = [c for c in clause.children if c.dep_ in ("aux", "auxpass")]
    if any(a.tag_ == "MD" for a in auxiliaries):
        return True
    return clause.tag_ in _PRESENT and not auxiliaries
