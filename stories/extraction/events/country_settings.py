"""A story about a country that never writes "in X": the country it keeps naming is its setting.

A story's setting (events.setting) that is a whole country is kept only when the story names
the country as a location ("in X", "across X") or files from it: "a UK man" or "U.S. Rep. X"
name a nationality or a title, not where the story is. A commentary on one country's politics
names it again and again without "in" ("the integrity of X", "X's former president", "X has
a Muslim population", "a traumatic week for X"): a country written as a noun of its own, not a
modifier of a person or an office, several times over says where the story is just as well.
"""

from __future__ import annotations

from stories.extraction.events.context import MentionIndex
from stories.extraction.events.lexicon import NOUN_MODIFIER_DEPS
from stories.extraction.events.places import as_place_head
from stories.extraction.mentions import PlaceMention

# How many times the story must write the country as a noun of its own.
MIN_WRITTEN = 3
# How a name modifies a noun ("a UK man", "U.S. Rep. X", "Norland-based"): not a country named.


def written_as_a_country(
    setting: PlaceMention, places: list[PlaceMention], index: MentionIndex
) -> bool:
    """Whether the story writes the country `setting` as a noun of its own (a subject, an
    object, a possessor, after a preposition) at least `MIN_WRITTEN` times."""
    if setting.kind != "country":
        return False
    count = 0
    for place in places:
        if not _same_country(place, setting):
            continue
        position = index.root_of_place.get((place.start, place.end))
        if position is None:
            continue
        if as_place_head(index.doc[position]).dep_ in NOUN_MODIFIER_DEPS:
            continue
        count += 1
    return count >= MIN_WRITTEN


def _same_country(place: PlaceMention, country: PlaceMention) -> bool:
    if place.geonames_id is not None and country.geonames_id is not None:
        return place.geonames_id == country.geonames_id
    return (
        place.kind == "country"
        and place.country_code == country.country_code
        and (place.name or place.text).casefold() == (country.name or country.text).casefold()
    )
