"""A country the story writes of in its own right is where the story is, not a nationality.

A country named only to say whose someone or something is ("a Norland man", "Norland Rep.
X", "Norland officials") does not set a story there: the story's setting drops such a country
(events.placing) unless it is named as where something happens ("in Norland"). A story about
a country, though, writes the country itself again and again, as a noun of its own: "Norland
has a large minority", "a hard week for Norland", "the unity of Norland". Named so at least
`_OWN_MENTIONS` times, the country is what the story is about, and its unplaced events happen
there, as when it says "in Norland".
"""

from __future__ import annotations

from stories.extraction.events.context import MentionIndex
from stories.extraction.events.places import as_place_head
from stories.extraction.mentions import PlaceMention

# How often the story must write the country as a noun of its own.
_OWN_MENTIONS = 2
# How a name modifies another noun: "Norland officials", "Norland's envoy" is whose, not where.
_MODIFIER_DEPS = frozenset({"compound", "amod", "nmod"})


def written_of(country: PlaceMention, places: list[PlaceMention], index: MentionIndex) -> bool:
    """Whether the story names `country` at least `_OWN_MENTIONS` times as a noun of its own
    (a subject, an object, the object of a preposition), not only as a modifier of a noun."""
    key = _key(country)
    own = 0
    for mention in places:
        if _key(mention) != key:
            continue
        position = index.root_of_place.get((mention.start, mention.end))
        if position is None:
            continue
        if as_place_head(index.doc[position]).dep_ not in _MODIFIER_DEPS:
            own += 1
    return own >= _OWN_MENTIONS


def _key(place: PlaceMention) -> str:
    return (place.name or place.text).casefold()
