"""A bare "the city" far from the last town named is the story's own city.

Local news is about one city, named in its dateline, headline and lead and again and again after,
and "the city", "the town" is that city: "The city previously had a lease agreement", "sued the
city", "the city's SWAT team stormed an apartment". The story names other towns in passing (the
place of a comparison, "a center similar to the one in Cuyahoga Falls"; an old case elsewhere, "a
raid in Waco, Texas, 15 years ago"; a hotel chain or a person read as a town), and the last town
named before "the city" is one of those as often as not. Only when that town is named in the same
sentence or the one before ("Toledo Mayor X says the city will lay off ...", "Euclid cut its
budget. The city already has laid off ...") is it the one meant, as the story has turned to it;
so it is when the paragraph of "the city" opens with that town, named before the verb of its
first sentence ("In Paris, a second raid took place. ... The city's police chief resigned",
"Paris police arrested a third man. ..."): the paragraph is about that town. Otherwise, when
the story names one city more often than any other (twice at least), "the city" is that one.
"""

from __future__ import annotations

from collections import Counter

from spacy.tokens import Token

from stories.extraction.events.context import MentionIndex
from stories.extraction.mentions import PlaceMention

# Nouns of a town that stand for the story's own when no town was named just before.
TOWN_NOUNS = frozenset({"city", "town", "village"})
# How many times the story must name its city: once is a town named in passing.
_NAMED_OFTEN = 2
# How many sentences back a town named last is still the one the story has turned to.
_RECENT = 1


def story_city_for(noun: Token, last: PlaceMention, index: MentionIndex) -> PlaceMention:
    """The place "the city" (`noun`) stands for, given the last town named before it: that
    town when named in its sentence or the one before, else the story's most named city (named
    twice at least, more than any other), else that town. A town that opens the paragraph of
    "the city" is the one it stands for."""
    root = index.place_root(last)
    if root is None or index.sentence_number(noun) - index.sentence_number(root) <= _RECENT:
        return last
    if _opens_the_paragraph(last, noun, index):
        return last
    cities = [
        place
        for place in index.place_roots.values()
        if place.kind == "city" and place.latitude is not None
    ]
    counts = Counter(place.name for place in cities).most_common(2)
    if not counts or counts[0][1] < _NAMED_OFTEN:
        return last
    if len(counts) > 1 and counts[1][1] == counts[0][1]:
        return last
    name = counts[0][0]
    if name == last.name:
        return last
    before = [p for p in cities if p.name == name and p.start < last.end]
    return (before or [p for p in cities if p.name == name])[-1]


def _opens_the_paragraph(town: PlaceMention, noun: Token, index: MentionIndex) -> bool:
    """Whether the town is named at the head of the paragraph "the city" (`noun`) is in: in the
    paragraph's first sentence, before that sentence's verb ("In Paris, a second raid took
    place", "Paris police arrested"); not in passing after it ("died in a raid in X in 2009")."""
    paragraph = index.paragraph_number(noun.idx)
    number = index.sentence_number(noun)
    sentences = index.sentences
    while number > 0 and index.paragraph_number(sentences[number - 1].start_char) == paragraph:
        number -= 1
    opening = sentences[number]
    return any(
        place.name == town.name and opening.start <= position < opening.root.i
        for position, place in index.place_roots.items()
    )
