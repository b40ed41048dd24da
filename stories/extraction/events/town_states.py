"""A town written with its state or country after a comma, which the parser read as one name.

News writes a town with the state or country it lies in: "at a news conference in Dearborn,
Mich.", "in Lyon, France". The parser often hangs the town on the state as a modifier
("Dearborn" an nmod of "Mich."), which leaves the state holding the phrase's role in the
clause and the town looking like a word that only describes it. The town is the place the
writer states; the state after it only says where the town lies. So the town takes the role
the state holds in the clause, and, being the finer place, is the event's place.
"""

from __future__ import annotations

from spacy.tokens import Token

from stories.extraction.events.context import MentionIndex
from stories.extraction.events.lexicon import NOUN_MODIFIER_DEPS

# Kinds a place written after a town's comma names the town's region by.
_REGIONS = frozenset({"admin1", "admin2", "country"})


def region_after_town(head: Token, index: MentionIndex) -> Token | None:
    """The word of the state or country written right after the town at `head` ("Mich." of
    "Dearborn, Mich."), when the parser hung the town on it; else None."""
    if head.dep_ not in NOUN_MODIFIER_DEPS or head.head == head or head.head.i <= head.i:
        return None
    town = index.place_roots.get(head.i)
    region = index.place_roots.get(head.head.i)
    if town is None or region is None or town is region:
        return None
    if region.kind not in _REGIONS or town.kind in _REGIONS:
        return None
    if town.latitude is None or region.latitude is None:
        return None
    if town.country_code != region.country_code:
        return None
    between = index.doc[head.i + 1 : head.head.i]
    town_words = {t.i for t in head.subtree}
    if not any(t.text == "," for t in between):
        return None
    if any(t.text != "," and t.i not in town_words and t.head.i != head.head.i for t in between):
        return None
    return head.head
