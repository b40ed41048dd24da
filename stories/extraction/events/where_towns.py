"""A "where" clause hung on a noun a town names happened in that town.

"was brought to New Milford authorities, where he was charged", "taken to the Dayton hospital,
where she died": the relative "where" stands for the noun it follows, and that noun (an office,
a hospital, a jail) is located by the town named before it as its modifier. The parser makes the
town a compound of the noun, which places.relative_antecedent reads as an owner, not a location,
and so skipped it for an older place of the sentence ("Gomez, a native of Mexico, was ... brought
to New Milford authorities, where ..." went to Mexico). The noun's own town is where the clause's
deed happened.
"""

from __future__ import annotations

from spacy.tokens import Token

from stories.extraction.events.context import MentionIndex
from stories.extraction.mentions import PlaceMention


def town_of_where_noun(word: Token, noun: Token, index: MentionIndex) -> PlaceMention | None:
    """The place named as a modifier of `noun`, which the relative `word` "where" stands for."""
    if word.lower_ != "where" or noun.pos_ not in ("NOUN", "PROPN"):
        return None
    for child in noun.lefts:
        if child.dep_ == "compound":
            place = index.place_roots.get(child.i)
            if place is not None:
                return place
    return None
