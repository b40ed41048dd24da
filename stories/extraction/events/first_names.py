"""A person's first name that a namesake town pins is the person, not a place.

Local news names the people it is about in full once ("Dana Reller, 11 months old") and then,
for a child or a victim, often by the first name alone ("Dana's death", "alone with Dana").
Many first names are also the names of small towns somewhere, and the recogniser may read the
lone first name as one; written again and again, it outvotes the story's real town and takes
the story's setting away. A word the story writes as a person's name elsewhere (the first word
of a full name, or the word alone, tagged a person by the parser), read as a town where no
locative phrase states it as one ("in Dana" would), is the person's name and no evidence of
where anything happened. The parser's person tag on the lone word
is evidence enough only when the town it was read as lies in a country none of the story's
other places do: the parser tags a home town a person too ("Harwick resident"). The surname twin
of this rule is `placing._a_person_s_name`.
"""

from __future__ import annotations

from spacy.tokens import Span

from stories.extraction.events.context import MentionIndex
from stories.extraction.events.place_roles import stated_as_location
from stories.extraction.mentions import PlaceMention

_TOWN_KINDS = frozenset({"city"})  # a country or state named like a person is stated as one


def a_person_s_first_name(
    place: PlaceMention, index: MentionIndex, places: list[PlaceMention]
) -> bool:
    """Whether a town mention is the first name of a person the story names in full, or a
    word the parser tags a person elsewhere pinned to a town in a country none of the story's
    other places lie in (a far namesake), and is not stated as a location ("in X", "at X")."""
    if place.kind not in _TOWN_KINDS:
        return False
    word = place.text.removesuffix("'s").removesuffix("’s")
    if not (
        any(name.split()[0] == word for name in index.short_names if " " in name)
        or (
            _far_namesake(place, places)
            and any(_names_person(entity, word, index) for entity in index.doc.ents)
        )
    ):
        return False
    return not stated_as_location(place, index)


def _far_namesake(place: PlaceMention, places: list[PlaceMention]) -> bool:
    """Whether the town lies in a country no other pinned place of the story lies in: the
    parser's person tag alone also falls on a home town ("Harwick resident"), never abroad."""
    others = {p.country_code for p in places if p.latitude is not None and p.text != place.text}
    return bool(others) and place.country_code not in others


def _names_person(entity: Span, word: str, index: MentionIndex) -> bool:
    """Whether the parser tags a person's name that is the word or opens with it, where no
    place was read (its tag on the place mention itself would be the parser's guess alone)."""
    if entity.label_ != "PERSON" or entity[0].text != word:
        return False
    return not any(token.i in index.place_at for token in entity)
