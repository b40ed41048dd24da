"""A player's stat line: a clause that counts what a player put up, not a moment of the game.

"the safety played 40 snaps", "the back rushed for 101 yards", "the end caught two passes",
"he posted a 90.1 grade": a box score's counts sum up a game already told; they are not a
moment in it. Scoring ("scored 26 points", "kicked two goals") can be the news of a game and
is left alone. The words are a closed class, units of a player's tally. A clause with a date
of its own is kept by the caller (events.states.loose_deed).

Harm borne ("sustained smoke damage") was tried beside it and left out: on held-out news it
dropped an event the annotators kept.
"""

from __future__ import annotations

from spacy.tokens import Token

# Units of a player's tally that are not scores: "snaps", "yards", "carries", "a grade".
_TALLY_UNITS = frozenset(
    {"snap", "yard", "carry", "grade", "rebound", "assist", "tackle", "reception", "pass"}
    | {"interception", "sack", "strikeout", "inning"}
)


def stat_line(verb: Token) -> bool:
    """ "played 6 snaps", "rushed for 101 yards", "caught two passes", "posted a 90.1
    grade": a counted unit of a player's tally, as the verb's object or, when the verb has
    none, after "for" ("dragged the officer for 50 yards" is a deed with a distance)."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if objects:
        return any(_counted_unit(t) for o in objects for t in (o, *o.conjuncts))
    objects = [
        o
        for c in verb.children
        if c.dep_ == "prep" and c.lower_ == "for"
        for o in c.children
        if o.dep_ == "pobj"
    ]
    return any(_counted_unit(t) for o in objects for t in (o, *o.conjuncts))


def _counted_unit(noun: Token) -> bool:
    """A counted tally unit; one holding something ("two sacks of cocaine") is a container,
    not a tally."""
    children = list(noun.children)
    if any(c.dep_ == "prep" and c.lower_ == "of" for c in children):
        return False
    return noun.lemma_.lower() in _TALLY_UNITS and any(
        c.like_num or c.dep_ == "nummod" for c in children
    )
