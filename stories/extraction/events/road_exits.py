"""A vehicle or driver that left the road: "his motorcycle went off the road", "the truck ran
off the highway", "veered off the roadway".

A verb of motion counts only with a place it goes to or a thing it moves (events.motion); leaving
the road names neither, yet in local news it is the crash the story is about. The road is the
object of "off" on the verb itself; "went off script" or "ran off with the money" are no road.
"""

from __future__ import annotations

from spacy.tokens import Token

_WAYS = frozenset(
    {"road", "roadway", "highway", "interstate", "street", "bridge", "runway", "track", "cliff"}
)


def road_left(verb: Token) -> Token | None:
    """The road, bridge, runway or the like an "off" phrase on `verb` names, if any."""
    for preposition in verb.children:
        if preposition.dep_ == "prep" and preposition.lower_ == "off":
            for way in preposition.children:
                if way.dep_ == "pobj" and way.lemma_.lower() in _WAYS:
                    return way
    return None


def leaves_the_road(verb: Token) -> bool:
    """Whether `verb` has an "off" phrase whose object is a road, bridge, runway or the like."""
    return road_left(verb) is not None


def road_exit_words(verb: Token) -> str:
    """ "off road" for a title ("Motorcycle goes off road"), or "" when no road is left."""
    way = road_left(verb)
    return f"off {way.lemma_.lower()}" if way is not None else ""
