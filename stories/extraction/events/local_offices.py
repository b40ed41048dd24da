"""Whose state, county or town a local office holder serves: "Kentucky Gov. X", "Norfield Mayor
X", "Elm County Sheriff X", "Norfield Police Chief X".

Local news introduces a governor, a mayor or a sheriff once with the place the office belongs
to and then writes only the surname or "he" ("X asked for federal help", "he signed the order").
What such a person does as an official without naming a place happens where the office is: a
state's governor acts for the state, a town's mayor in the town, the county sheriff in the
county. A story about several states' floods (the datelined town's governor and the
neighbouring state's) otherwise puts every governor's act in the town the paper filed from.

The office must be a local one (events.offices reads national offices, "Israeli Prime Minister
X") and the place a pinned state, county or town the story names; the act must be one done at
home (not a trip, a meeting, a match: events.homes), and a sentence (or the one before) that
sends anyone to or puts them in a place outside that home leaves the act where the story is.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from stories.extraction.events import place_rules
from stories.extraction.events.context import MentionIndex
from stories.extraction.events.homes import (
    HOME_CONFIDENCE,
    a_contest,
    actor_of,
    acts_at_home,
    event_word,
    official_of,
)
from stories.extraction.events.offices import name_words
from stories.extraction.events.setting import related
from stories.extraction.mentions import EventCandidate, PlaceMention

# Titles of offices held for a state, county, city or town, written before the holder's name.
LOCAL_OFFICE_WORDS = frozenset(
    {
        "governor",
        "gov.",
        "gov",
        "mayor",
        "sheriff",
        "coroner",
        "commissioner",
        "chief",
        "councilman",
        "councilwoman",
        "alderman",
        "supervisor",
    }
)
_LOCAL_KINDS = frozenset({"admin1", "admin2", "admin3", "city", "town", "village"})
_TRIP_PREPOSITIONS = frozenset({"in", "at", "to", "into", "near", "from"})
# Where an event's place came from when nothing in its own words said it: the story's
# defaults, which an official's office beats.
DEFAULT_SOURCES = frozenset({"dateline", "setting", "lead", "previous sentence", "between"})


def at_offices(events: list[EventCandidate], index: MentionIndex) -> list[EventCandidate]:
    """The events, those done by a local office holder with no place of their own words (none,
    or only the story's default) placed where the office is."""
    if "local officials at home" not in place_rules.ENABLED:
        return events
    offices = story_local_offices(index)
    if not offices:
        return events
    return [_at_office(event, index, offices) for event in events]


def _at_office(
    event: EventCandidate, index: MentionIndex, offices: dict[str, PlaceMention]
) -> EventCandidate:
    source = (event.provenance.get("place") or {}).get("source")
    if event.place is not None and source not in DEFAULT_SOURCES:
        return event
    anchor = event_word(event, index)
    actor = actor_of(anchor) if anchor is not None else None
    person = official_of(actor, index) if actor is not None else None
    home = offices.get(person.name) if person is not None else None
    if home is None or anchor is None:
        return event
    if (
        not acts_at_home(event, anchor)
        or a_contest(anchor, index)
        or away_from(home, anchor, index)
    ):
        return event
    provenance = {"source": "office", "confidence": HOME_CONFIDENCE, "text": home.text}
    return replace(event, place=home, provenance={**event.provenance, "place": provenance})


def story_local_offices(index: MentionIndex) -> dict[str, PlaceMention]:
    """Each person the story names with a local office of a place it pins, by full name, with
    that place (the first such office the story gives them)."""
    offices: dict[str, PlaceMention] = {}
    for position, person in sorted(index.person_at.items()):
        if person.name in offices:
            continue
        token = index.doc[position]
        while token.dep_ in ("compound", "flat") and token.head.i in index.person_at:
            token = token.head  # the head of the name: "Ruiz" of "Ana Ruiz"
        place = office_place(token, index)
        if place is not None:
            offices[person.name] = place
    return offices


def office_place(name: Token, index: MentionIndex) -> PlaceMention | None:
    """The local place whose office the words before a person's name give them ("Norfield
    Mayor X", "Elm County Sheriff X"): an office word and a pinned state, county or town
    among the name's own words."""
    words = name_words(name)[1:]
    if not any(w.lower_ in LOCAL_OFFICE_WORDS for w in words):
        return None
    for word in sorted(words, key=lambda w: w.i):
        place = index.place(word)
        if place is not None and place.latitude is not None and place.kind in _LOCAL_KINDS:
            return place
    return None


def away_from(home: PlaceMention, anchor: Token, index: MentionIndex) -> bool:
    """Whether the event's sentence, or the one before, puts anyone in or at, or sends them to,
    a pinned place outside `home` ("X, who is in Sudtown for training, said"): the official may
    be acting there."""
    number = index.sentence_number(anchor)
    for sentence in index.sentences[max(0, number - 1) : number + 1]:
        for token in sentence:
            place = index.place_roots.get(token.i)
            if place is None or place.latitude is None or related(place, home):
                continue
            if token.dep_ == "pobj" and token.head.lower_ in _TRIP_PREPOSITIONS:
                return True
    return False
