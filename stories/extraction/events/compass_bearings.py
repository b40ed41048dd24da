"""A compass bearing from a place ("south out of Lyon", "west of Lyon") is part of its clause.

Road news tells a stretch of highway by its bearing from a town: "Part of U.S. 83 south out of
Garden City was reopened", "U.S. 50 west of Dodge City was closed". The parser often hangs the
bearing on the road as an appositive, which the clause walk (events.sites) leaves out as a side
remark ("Ana Ruiz, the mayor of X,"), so the town the clause names was lost and the story's
setting placed the reopening in the whole state. A bearing is no renaming: a compass word with
"of" (or "out of") and a place after it says where the thing it follows is.

Only the bearing's path to its place ("south", "out", "of", the place's name) joins the clause:
a date or a remark the parser hangs on the bearing ("west of Lyon since last May") tells of the
road, not of the clause's happening, and would date it.

Evidence (dev batches, round 29): "Part of U.S. 83 south out of Garden City was reopened" was
placed by the story setting (the state) 240 km from the gold town.
"""

from __future__ import annotations

from spacy.tokens import Token

from stories.extraction.entities import COMPASS_WORDS

# The parts of a place's name under its "of": "the", "Garden" in "the Garden City".
_NAME_PARTS = frozenset({"det", "compound", "amod", "nummod", "flat", "nmod"})


def a_bearing(token: Token) -> bool:
    """Whether a dependent is a compass bearing from a place: "south (out) of X"."""
    return bool(bearing_tokens(token))


def bearing_tokens(token: Token) -> list[Token]:
    """The bearing's words up to and with its place's name ("south out of Garden City"), or
    an empty list when the token is no compass word holding "of" a place."""
    if token.lower_ not in COMPASS_WORDS:
        return []
    for preposition in token.children:
        if preposition.dep_ != "prep":
            continue
        path = [token, preposition]
        if preposition.lower_ == "out":
            preposition = next((c for c in preposition.children if c.lower_ == "of"), preposition)
            path.append(preposition)
        if preposition.lower_ != "of":
            continue
        for place in preposition.children:
            if place.dep_ == "pobj":
                return sorted({*path, *_name_of(place)}, key=lambda t: t.i)
    return []


def _name_of(place: Token) -> list[Token]:
    """The place's word and the words of its name hanging under it, none of its remarks."""
    name, stack = [place], list(place.children)
    while stack:
        part = stack.pop()
        if part.dep_ in _NAME_PARTS:
            name.append(part)
            stack.extend(part.children)
    return name
