"""Where a deed on a nation's land happened: in that nation.

News names a country's land by its nationality rather than its name: troops withdraw "from
Iranian territory", jets stray "into Turkish airspace", a ship is seized "in Kuwaiti waters",
forces land "on Iraqi soil". The land is the country, stated by the clause as surely as "from
Iran" would be, so it places the event when the clause names no pinned place of its own. Only
the event's own verb counts (not a clause it reports: "said that forces are crossing Iraqi
territory" was said elsewhere), and, as for a nation's bodies (events.homes), only a country
the story names itself: a nationality alone says whose land, not which point the map shows.
"""

from __future__ import annotations

from spacy.tokens import Token

from stories.extraction.events import pointing_back
from stories.extraction.events.context import MentionIndex
from stories.extraction.events.homes import event_word, whole_name
from stories.extraction.mentions import EventCandidate, PlaceMention

# Nouns of a nation's land, sea and air: "Iranian territory", "Kuwaiti waters" (not "the Saudi
# border", which both sides of it share).
_LANDS = frozenset({"territory", "territories", "soil", "airspace", "waters"})
# How the verb reaches that land: "crossed Iraqi territory", "withdrew from", "strayed into".
_PREPOSITIONS = frozenset(
    {"from", "into", "in", "on", "onto", "across", "through", "over", "inside", "within"}
)


def land_of(
    event: EventCandidate, index: MentionIndex, countries: dict[str, PlaceMention]
) -> PlaceMention | None:
    """The story's mention of the country whose land the event's verb acts on or in, or
    None. `countries`: the story's pinned country mentions by code."""
    anchor = event_word(event, index)
    if anchor is None or anchor.pos_ not in ("VERB", "AUX"):
        return None
    for noun in _lands_reached(anchor):
        for word in noun.children:
            if word.dep_ != "amod" or word.ent_type_ != "NORP":
                continue
            code = pointing_back.nationality(whole_name(word))
            if code is not None and code in countries:
                return countries[code]
    return None


def _lands_reached(verb: Token) -> list[Token]:
    """The land nouns the verb takes as its object or through a preposition of place."""
    nouns = [c for c in verb.children if c.dep_ == "dobj"]
    for preposition in verb.children:
        if preposition.dep_ == "prep" and preposition.lower_ in _PREPOSITIONS:
            nouns += [c for c in preposition.children if c.dep_ == "pobj"]
    return [n for n in nouns if n.lemma_.lower() in _LANDS or n.lower_ in _LANDS]
