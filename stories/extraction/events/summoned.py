"""Responders called to a scene: the passive of "call" with a destination is a dispatch.

"Call" is listed in `lexicon.NON_EVENT_VERBS` for its senses of naming and asking ("called
him a liar", "called for calm", "the plan calls for"). Local police and fire stories open
their account with its passive and a place: "officers were called to the bar at 1:30 a.m.",
"firefighters were summoned to the house", a happening on its own day as "were dispatched
to" is. The destination is a "to" phrase naming a place, not a verb ("called to testify").
"""

from __future__ import annotations

from spacy.tokens import Token

_SUMMONING = frozenset({"call", "summon"})


def summoned_to_a_place(verb: Token) -> bool:
    """Whether `verb` is a passive "called"/"summoned" with a "to" phrase naming where."""
    if verb.lemma_.lower() not in _SUMMONING or verb.tag_ != "VBN":
        return False
    if not any(c.dep_ == "auxpass" for c in verb.children):
        return False
    return any(
        c.dep_ == "prep"
        and c.lower_ == "to"
        and any(o.dep_ == "pobj" and o.pos_ in ("NOUN", "PROPN") for o in c.children)
        for c in verb.children
    )
