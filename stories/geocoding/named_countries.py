"""A country the story is about is not a small town of its name, nor is its capital.

The learnt re-ranker weighs namesakes near each other heavily (it learnt from US local news,
where a town's neighbours are named beside it). Two names of one foreign country can then vouch
for a pair of US villages that happen to lie near each other: a story from "downtown San Miro"
that says "what happens in Valdoria" reads as two small US towns that bear those names, and
every event of the story is set in the United States. An editor reads it by two plainer facts:

- a country whose people the story names ("Valdorians", "Valdorian television") is the
  country its bare name means, not a town that shares the name;
- a country's capital written in a story that names that country is the capital, not a
  namesake town elsewhere ("Paris" beside "France").

Neither overrides what the writer qualified ("San Miro, Ill.") or placed by an offset.
"""

import re
from collections.abc import Callable

from stories.geocoding.gazetteer import OfflineGazetteer
from stories.geocoding.mention_reading import Mention
from stories.geocoding.places import GazetteerEntry, GazetteerKind

_WORD = re.compile(r"\b[A-Z][a-z]{2,}\b")


def people_countries(text: str, gazetteer: OfflineGazetteer) -> set[str]:
    """Country codes whose people the text names by a demonym ("Valdorians", "Norlandic")."""
    codes: set[str] = set()
    for word in set(_WORD.findall(text)):
        codes.update(
            c.place.country_code
            for c in gazetteer.candidates(word)
            if c.match == "demonym" and c.place.kind == GazetteerKind.COUNTRY
        )
    return codes


def _free(mention: Mention) -> bool:
    """May the story's other names decide this mention (no qualifier, no offset)?"""
    return (
        mention.choice is not None
        and mention.choice.kind == GazetteerKind.CITY
        and mention.choice.feature_code != "PPLC"
        and not mention.qualifiers
        and mention.description.offset is None
    )


def _switch(mentions: list[Mention], key: str, place: GazetteerEntry) -> None:
    for m in mentions:
        if m.key == key and not m.qualifiers:
            m.choice = place


def keep_countries(text: str, mentions: list[Mention], gazetteer: OfflineGazetteer) -> bool:
    """Read a town namesake of a country whose people the story names as the country, then a
    town namesake of a named country's capital as the capital. Says whether anything
    changed."""
    people = people_countries(text, gazetteer)
    changed = _switch_free(
        mentions,
        lambda m, place: place.kind == GazetteerKind.COUNTRY and place.country_code in people,
    )
    named = {
        m.choice.country_code
        for m in mentions
        if m.choice is not None and m.choice.kind == GazetteerKind.COUNTRY
    }
    return (
        _switch_free(
            mentions,
            lambda m, place: (
                place.feature_code == "PPLC"
                and place.country_code in named
                and place.country_code != m.choice.country_code
            ),
        )
        or changed
    )


def _switch_free(mentions: list[Mention], fits: Callable[[Mention, GazetteerEntry], bool]) -> bool:
    """Give every free mention its first candidate that fits; says whether any was switched."""
    changed = False
    for m in mentions:
        if not _free(m):
            continue
        place = next((c.place for c in m.candidates if fits(m, c.place)), None)
        if place is not None:
            _switch(mentions, m.key, place)
            changed = True
    return changed
