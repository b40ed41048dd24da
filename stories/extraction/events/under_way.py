"""Wordings that tell a happening still going on at the time of writing.

English marks a happening as under way, not over, in two common ways: the present perfect
progressive with its onset ("the company has been facing criticism since Monday": begun then,
not ended), and an event noun as the subject of a present "continue" ("the search continues",
"the storm continues to batter the coast"). The date such a clause carries is its onset or the
day of writing, not the day it ended, so it says nothing against "ongoing".

A perfect progressive with no onset ("have been marching all day") is left to the tense and
the date: news often sums up a day's happening that way. A verb taken by "continue" ("continues
to suffer pollution") is an activity carried on, which `genre` weighs separately.
"""

from __future__ import annotations

from spacy.tokens import Token

# Verbs whose present tells that their subject is still going on.
_CONTINUING = frozenset({"continue", "persist"})


def perfect_progressive_since(verb: Token, auxiliaries: list[Token]) -> bool:
    """ "has been facing criticism since Monday", "have been fighting since it began": a present
    "have", "been", the -ing form and an onset opened by "since"; not with a modal ("may have
    been hiding" is a guess) nor a past "had" (over by the time the story tells)."""
    if verb.tag_ != "VBG" or any(a.tag_ == "MD" for a in auxiliaries):
        return False
    have = any(a.lemma_ == "have" and a.tag_ in ("VBZ", "VBP") for a in auxiliaries)
    if not have or not any(a.lower_ == "been" for a in auxiliaries):
        return False
    return any(
        c.lower_ == "since" or any(m.dep_ == "mark" and m.lower_ == "since" for m in c.children)
        for c in verb.children
    )


def _continuing_now(governor: Token) -> bool:
    """ "continues", "is continuing": a present of "continue" with no modal or past auxiliary."""
    if governor.lemma_.lower() not in _CONTINUING:
        return False
    auxiliaries = [c for c in governor.children if c.dep_ in ("aux", "auxpass")]
    if not auxiliaries:
        return governor.tag_ in ("VBZ", "VBP")
    return governor.tag_ == "VBG" and all(
        a.lemma_ == "be" and a.tag_ in ("VBZ", "VBP") for a in auxiliaries
    )


def continuing_subject(noun: Token) -> bool:
    """ "the manhunt continues", "the search is continuing": an event noun that is the subject
    of a present "continue" is going on."""
    return noun.dep_ == "nsubj" and _continuing_now(noun.head)
