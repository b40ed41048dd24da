"""A place written inside another ("at Velton Hall in Norburg", "at the Velton in Norburg,
Sudland"): the outer place says where, when the gazetteer's reading of the inner one lies
outside it.

A venue, a hamlet or a neighbourhood the gazetteer does not know is often matched to a
namesake elsewhere ("Riverbend" read as a town of that name three states away). The writer
has said which town it is in; a reading that does not lie in that town is a confusion, and the
town the sentence names is the event's place. A reading that does lie there is kept: it is
the finer place. The writer may also give the outer place as the owner of the noun the inner
one names: "in Velton County's rural Riverbend community", "at Norburg's Velton Hall".

The same "in" after a place the sentence leaves from or goes to ("sailing from Velton in
Norburg") says where that place lies, not where the sentence's narration is.
"""

from __future__ import annotations

from spacy.tokens import Token

from stories.extraction.events.context import MentionIndex
from stories.extraction.events.lexicon import LOCATIVE_PREPOSITIONS
from stories.extraction.events.setting import related
from stories.extraction.mentions import PlaceMention


def stated_container(token: Token, place: PlaceMention, index: MentionIndex) -> PlaceMention:
    """The place `place` (named at `token`) is said to be in with "in" right after it, or as
    the owner of the noun it names ("Velton County's Riverbend community"), when the gazetteer
    put `place` outside it; else `place`."""
    if place.latitude is None:
        return place
    owner = _owning_place(token, place, index)
    if owner is not None and not related(place, owner):
        return owner
    for preposition in token.children:
        if preposition.dep_ != "prep" or preposition.lower_ != "in":
            continue
        for noun in preposition.children:
            if noun.dep_ != "pobj":
                continue
            outer = index.place_roots.get(noun.i)
            if outer is None or outer.latitude is None or outer.kind in ("continent", "sea"):
                continue
            if not related(place, outer):
                return outer
    return place


def _owning_place(token: Token, place: PlaceMention, index: MentionIndex) -> PlaceMention | None:
    """The pinned place that owns the noun a place name modifies: "Velton County" of "Velton
    County's rural Riverbend community" (the name at `token` is "Riverbend")."""
    if token.dep_ != "compound" or token.head == token:
        return None
    noun = token.head
    while noun.dep_ == "compound" and noun.head != noun:
        noun = noun.head
    for child in noun.children:
        if child.dep_ != "poss":
            continue
        outer = index.place_roots.get(child.i)
        if outer is None or outer is place or outer.latitude is None:
            continue
        if outer.kind in ("continent", "sea", "country") or outer.specificity >= place.specificity:
            continue
        return outer
    return None


def locates_a_place_elsewhere(preposition: Token) -> bool:
    """Whether "in Y" follows a place named as an origin or a destination ("from X in Y", "to
    X in Y"): it says where X lies, which is not where the sentence happens."""
    place = preposition.head
    if place.pos_ != "PROPN" or place.dep_ != "pobj":
        return False
    return place.head.lower_ not in LOCATIVE_PREPOSITIONS
