"""A compass bearing from a place ("south out of Lyon", "west of Lyon") is part of its clause.

Road news tells a stretch of highway by its bearing from a town: "Part of U.S. 83 south out of
Garden City was reopened", "U.S. 50 west of Dodge City was closed". The parser often hangs the
bearing on the road as an appositive, which the clause walk (events.sites) leaves out as a side
remark ("Ana Ruiz, the mayor of X,"), so the town the clause names was lost and the story's
setting placed the reopening in the whole state. A bearing is no renaming: a compass word with
"of" (or "out of") and a place after it says where the thing it follows is.

Evidence (dev batches, round 29): "Part of U.S. 83 south out of Garden City was reopened" was
placed by the story setting (the state) 240 km from the gold town.
"""

from __future__ import annotations

from spacy.tokens import Token

from stories.extraction.entities import COMPASS_WORDS


def a_bearing(token: Token) -> bool:
    """Whether a dependent is a compass bearing from a place: "south (out) of X"."""
    if token.lower_ not in COMPASS_WORDS:
        return False
    for preposition in token.children:
        if preposition.dep_ != "prep":
            continue
        if preposition.lower_ == "out":
            preposition = next((c for c in preposition.children if c.lower_ == "of"), preposition)
        if preposition.lower_ == "of" and any(c.dep_ == "pobj" for c in preposition.children):
            return True
    return False
