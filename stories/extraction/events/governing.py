"""Verbs that govern another verb and still report a deed of their own.

"The council voted to close the plant", "the rebels threatened to shoot the hostages", "she
was forced to resign": the vote, the threat, the forcing happened, on the governor's day, while
what they aim at may never come. The governor's clause holds its complement, so the event is
titled with what was decided ("votes to close the plant"). Only a governor told as done (a past
tense, or an auxiliary of the perfect or the passive) counts: "wants to", "hopes to", "will
decide to" tell an intention or a guess, and verbs whose complement is the whole news
("began to", "managed to") or that only say how likely it is ("expected to") stay out.
"""

from __future__ import annotations

from spacy.tokens import Token

from stories.extraction.events.lexicon import (
    ATTRIBUTION_VERBS,
    GOVERNOR_CERTAINTY,
    IMPLICATIVE_VERBS,
    NON_EVENT_VERBS,
    OPINION_VERBS,
)

# Governors of the certainty table whose act is a decision someone took, not a plan or a guess.
DECIDING_GOVERNORS = frozenset({"agree", "decide", "order", "refuse", "reject", "arrange"})
# Verbs that govern no deed, joined once (not on every verb asked about).
_NOT_GOVERNING = NON_EVENT_VERBS | ATTRIBUTION_VERBS | OPINION_VERBS | IMPLICATIVE_VERBS
# Verbs that only strive for their complement ("struggled to contend"), promise it ("pledged
# to consult": an intention), say it was due ("supposed to", "slated to"), or link to it
# ("proved to be", "went on to").
_AIMING = frozenset(
    {
        "aim",
        "strive",
        "struggle",
        "pledge",
        "vow",
        "promise",
        "swear",
        "commit",
        "offer",
        "volunteer",
        "suppose",
        "slate",
        "bind",
        "destine",
        "go",
        "come",
        "happen",
        "prove",
        "turn",
    }
)
# Verbs that make someone else act ("pressed the US to leave"): they alone may have an object;
# elsewhere an object before the infinitive reads another way ("trusted the courts to decide",
# "caught it early enough to reverse").
_MAKING = frozenset(
    {
        "force",
        "press",
        "pressure",
        "order",
        "compel",
        "persuade",
        "convince",
        "allow",
        "permit",
        "authorize",
        "authorise",
        "invite",
        "instruct",
        "push",
        "lobby",
        "encourage",
        "prompt",
    }
)
_PERFECT_OR_PASSIVE = frozenset({"has", "have", "had", "was", "were", "been", "'s", "'ve", "'d"})


def governs_as_deed(verb: Token) -> bool:
    """A past governor with a to-infinitive of an event verb: "agreed to return the cash"."""
    lemma = verb.lemma_.lower()
    if lemma in GOVERNOR_CERTAINTY:
        if lemma not in DECIDING_GOVERNORS:
            return False
    elif lemma in _NOT_GOVERNING:
        return False
    if lemma in _AIMING or not told_as_done(verb):
        return False
    complements = [c for c in verb.children if c.dep_ in ("ccomp", "xcomp") and c.pos_ == "VERB"]
    if lemma not in _MAKING and any(c.dep_ == "dobj" for c in verb.children):
        return False
    return len(complements) == 1 and _infinitive_of_event(complements[0])


def told_as_done(verb: Token, allowed: frozenset[str] = _PERFECT_OR_PASSIVE) -> bool:
    """ "agreed", "has agreed", "was forced": not "will agree", "is expected", "would vote".
    `allowed` are the auxiliaries a participle may take (a caller may leave out the passive)."""
    auxiliaries = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if verb.tag_ == "VBD":
        return not auxiliaries
    return (
        verb.tag_ == "VBN" and bool(auxiliaries) and all(a.lower_ in allowed for a in auxiliaries)
    )


def _infinitive_of_event(complement: Token) -> bool:
    """ "to return the cash", not "to be" (a state) nor "to say" (the saying is told anyway)."""
    lemma = complement.lemma_.lower()
    if complement.dep_ != "xcomp" or lemma in NON_EVENT_VERBS or lemma in ATTRIBUTION_VERBS:
        return False
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in complement.children)
