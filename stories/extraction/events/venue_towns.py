"""Where an event at a venue, road or facility the gazetteer cannot pin happened: in the town
the text says the venue is in.

Local news places its events at motels, hospitals, schools, highways and streets, few of which
any gazetteer holds. The writer usually says which town they are in, two ways:

- in the venue's own name: "the Norfield Inn & Suites", "Elmwood Community Hospital", "the
  Norfield Turnpike" (a town or county the story names and pins elsewhere);
- in the sentence: "he was in the Norfield area when he crashed on Route 9", "a fire broke out
  at the Elm Street plant in Norfield".

Such an event takes that town (the venue stays named in the provenance). A town the venue's
name holds is the surer clue and comes first; without either, the event keeps its venue and
no point, as events.placing leaves it.
"""

from __future__ import annotations

import re
from dataclasses import replace

from stories.extraction.events import place_rules
from stories.extraction.events.context import MentionIndex
from stories.extraction.events.lexicon import LOCATIVE_PREPOSITIONS
from stories.extraction.events.narration import locative_preposition
from stories.extraction.events.places import as_place_head
from stories.extraction.mentions import EventCandidate, PlaceMention

VENUE_TOWN_CONFIDENCE = 0.8
# The places that say which town a venue is in: a town or a county, not a state ("the Texas
# Motor Speedway" is not at Texas's centre), a river or another venue.
TOWN_KINDS = frozenset({"city", "admin2", "admin3"})


def at_venue_towns(events: list[EventCandidate], index: MentionIndex) -> list[EventCandidate]:
    """The events, those placed at a venue the gazetteer cannot pin given the town its name
    or its sentence puts it in."""
    if "venue towns" not in place_rules.ENABLED:
        return events
    towns = [p for p in index.place_roots.values() if _a_town(p)]
    if not towns:
        return events
    return [_in_town(event, index, towns) for event in events]


def _in_town(
    event: EventCandidate, index: MentionIndex, towns: list[PlaceMention]
) -> EventCandidate:
    venue = event.place
    if venue is None or venue.latitude is not None:
        return event
    town = named_in(venue, towns) or _stated_in_sentence(event, index)
    if town is None:
        return event
    provenance = {
        "source": "venue town",
        "confidence": VENUE_TOWN_CONFIDENCE,
        "text": town.text,
        "named": venue.text,
    }
    return replace(event, place=town, provenance={**event.provenance, "place": provenance})


def named_in(venue: PlaceMention, towns: list[PlaceMention]) -> PlaceMention | None:
    """The pinned town or county of the story whose name the venue's name holds as whole
    words ("the Norfield Inn": Norfield), the longest name first."""
    for town in sorted(towns, key=lambda p: -len(p.text)):
        if town.text == venue.text:
            continue
        if re.search(rf"(?<!\w){re.escape(town.text)}(?!\w)", venue.text):
            return town
    return None


def _stated_in_sentence(event: EventCandidate, index: MentionIndex) -> PlaceMention | None:
    """The first pinned town or county the event's sentence states with "in", "at", "near"
    ("in the Norfield area")."""
    sentence = next((s for s in index.sentences if s.start_char <= event.start < s.end_char), None)
    if sentence is None:
        return None
    for token in sentence:
        place = index.place_roots.get(token.i)
        if place is None or not _a_town(place):
            continue
        preposition = locative_preposition(as_place_head(token))
        if preposition is not None and preposition.lower_ in LOCATIVE_PREPOSITIONS:
            return place
    return None


def _a_town(place: PlaceMention) -> bool:
    return place.latitude is not None and place.kind in TOWN_KINDS
