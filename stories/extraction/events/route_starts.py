"""A journey told with both its ends happens where it sets out.

When a clause names where something moves from and where it moves to ("trucks rolled into
Norland from Sudland", "streamed out of Velton to Brackmoor", "started flights to Lyon from
its base in Velton"), news tells the movement from its start: the goods were loaded, the
convoy formed, the airline flies out of its base there. The destination is only where the
load is headed, as "bound for X" is (events.places). An arrival or a return is told for where
it ends ("returned to X from Y" happened in X), and so is any other transfer with both ends:
someone's coming or moving to live somewhere ("came to X from Y", "moved to X from Y" in
1990), an office or a plan shifted ("shifted its headquarters to X from Y"). Only verbs of
travelling, carrying or shipping, and the services run along a route, are journeys.
"""

from __future__ import annotations

from spacy.tokens import Token

from stories.extraction.events.context import MentionIndex
from stories.extraction.mentions import PlaceMention

# Prepositions naming where a journey ends, and those naming where it begins.
_ENDS = frozenset({"to", "into", "onto", "toward", "towards"})
_STARTS = frozenset({"from"})
# Happenings told for where they end: "arrived in X from Y", "returned to X from Y".
ENDING_CLASSES = frozenset({"arrive", "return"})
# What makes a journey: verbs of travelling, carrying or shipping ("rolled into X from Y",
# "shipped grain to X from Y"), and the nouns of a service run along a route ("started flights
# to X from Y"). Any other verb with both ends named is no journey: moving something to a new
# home ("shifted its headquarters to X from Y", "expanded the program to X from Y"), coming
# or moving somewhere to live ("came to X from Y") are told for where they end.
TRAVEL_WORDS = frozenset(
    {
        "roll",
        "stream",
        "pour",
        "fly",
        "ship",
        "drive",
        "sail",
        "flee",
        "truck",
        "haul",
        "carry",
        "run",
        "travel",
        "march",
        "walk",
        "ride",
        "airlift",
        "ferry",
        "smuggle",
        "transport",
        "export",
        "flight",
        "service",
        "route",
        "shipment",
        "convoy",
    }
)


def route_start(head: Token, event_class: str, index: MentionIndex) -> PlaceMention | None:
    """The pinned place a journey sets out from, when `head` (the noun a place of the clause
    stands for) names where it goes ("to X", "into X") and the same verb, or the noun it moves
    ("flights to X"), also says where it comes from ("from Y", "out of Y")."""
    if event_class in ENDING_CLASSES:
        return None
    preposition = head.head
    if head.dep_ != "pobj" or preposition.lower_ not in _ENDS or preposition.dep_ != "prep":
        return None
    mover = preposition.head
    holders = [mover]
    if mover.dep_ == "dobj" and mover.head != mover:
        holders.append(mover.head)  # "started flights to X from Y"
    if not any(holder.lemma_.lower() in TRAVEL_WORDS for holder in holders):
        return None
    for holder in holders:
        for child in holder.children:
            if child.dep_ != "prep" or child.i == preposition.i:
                continue
            start = _start_of(child)
            if start is None:
                continue
            for word in start.subtree:
                place = index.place_roots.get(word.i)
                if place is not None and place.latitude is not None:
                    return place
    return None


def _start_of(preposition: Token) -> Token | None:
    """The phrase naming where a journey begins: "from Y", "out of Y"."""
    if preposition.lower_ in _STARTS:
        return preposition
    if preposition.lower_ == "out":
        return next((c for c in preposition.children if c.lower_ == "of"), None)
    return None
