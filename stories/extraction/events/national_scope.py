"""A happening said to span a nation happens in that country, not in one of its cities.

News marks the reach of a happening with an adjective of scope: "promised a national
referendum", "called a nationwide strike", "the leader made several nationwide addresses".
Such a happening has no one town: the vote is held, the strike kept and the address heard
across the whole country, so its place is the country, not the capital the reporter files
from, nor the story's setting, nor a town carried from the sentence before.

Which country: the one its own words or its actor's name ("a Norlandic national strike", "the
Norlandic leader made nationwide addresses", the subject of a light verb "made" being the
noun's actor), else the country holding the town or state a default gave it (the dateline's
city, the setting). Only a country the story names itself is taken. A place the event's clause
states ("a nationwide strike began in Lyon") stays, and so does a contest ("won the national
title"), which is played at one venue, and a gathering or ceremony ("a national funeral", "the
party's national convention", "a national summit"): "national" there says whose it is, not
how far it spreads, and it meets in one hall, church or square.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from stories.extraction.events.context import MentionIndex
from stories.extraction.events.homes import (
    StoryHomes,
    actor_of,
    country_code_of,
    event_word,
)
from stories.extraction.events.lexicon import NOUN_CLASSES
from stories.extraction.events.offices import name_words
from stories.extraction.events.sides import contest
from stories.extraction.mentions import EventCandidate, PlaceMention

# Adjectives and adverbs that say a happening covers a whole nation.
SCOPE_WORDS = frozenset({"national", "nationwide", "countrywide", "nation-wide"})
# How a scope word hangs on the event's word: "a national vote", "strikes spread nationwide".
_SCOPE_DEPS = frozenset({"amod", "advmod", "npadvmod"})
# Places the event's own clause states: they say where it happened, whatever its reach.
STATED_SOURCES = frozenset({"clause", "venue", "relative", "land", "exchange"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
# The lexicon's classes of nouns that name a gathering at one venue ("ceremony": a funeral, a
# convention, a parade; "meet": a summit, talks), and such nouns it files elsewhere or lacks.
_GATHERING_CLASSES = frozenset({"ceremony", "meet"})
_GATHERING_WORDS = frozenset({"rally", "congress", "memorial", "service", "assembly"})
_CODE = "national scope"


def nationwide_places(
    events: list[EventCandidate], index: MentionIndex, homes: StoryHomes
) -> list[EventCandidate]:
    """The events, each one said to span a nation placed in that country."""
    return [_nationwide(event, index, homes) for event in events]


def _nationwide(event: EventCandidate, index: MentionIndex, homes: StoryHomes) -> EventCandidate:
    source = event.provenance.get("place", {}).get("source")
    if source in STATED_SOURCES:
        return event
    if event.place is not None and event.place.kind == "country":
        return event
    anchor = event_word(event, index)
    if anchor is None or not spans_a_nation(anchor) or contest(anchor) or gathering(anchor):
        return event
    country = _country(anchor, event.place, index, homes)
    if country is None or country is event.place:
        return event
    provenance = {"source": _CODE, "text": country.text}
    if event.place is not None:
        provenance["instead_of"] = event.place.text
    return replace(event, place=country, provenance={**event.provenance, "place": provenance})


def spans_a_nation(anchor: Token) -> bool:
    """Whether the event's word is modified by a word of national scope: "a national
    referendum", "nationwide addresses", "protests spread nationwide"."""
    return any(
        child.dep_ in _SCOPE_DEPS and child.lower_ in SCOPE_WORDS for child in anchor.children
    )


def gathering(anchor: Token) -> bool:
    """Whether the event's word names a gathering or ceremony held at one venue ("a national
    funeral", "the national convention", "a national summit")."""
    lemma = anchor.lemma_.lower()
    return lemma in _GATHERING_WORDS or NOUN_CLASSES.get(lemma) in _GATHERING_CLASSES


def _country(
    anchor: Token, place: PlaceMention | None, index: MentionIndex, homes: StoryHomes
) -> PlaceMention | None:
    """The country the happening spans: named in its own or its actor's words, else the one
    holding the town or state it was placed in by default."""
    for word in _named_with(anchor):
        code = country_code_of(word, index)
        if code is not None:
            return homes.countries.get(code)
    if place is None or not place.country_code:
        return None
    return homes.countries.get(place.country_code)


def _named_with(anchor: Token) -> list[Token]:
    """The words naming the event and its actor: the noun's own ("a Norlandic national
    strike"), then its actor's ("the Norlandic leader"); an event noun that is the object of
    a light verb ("made addresses", "called a strike") is done by that verb's subject."""
    words = name_words(anchor)[1:]
    actor = actor_of(anchor)
    if actor is anchor and anchor.dep_ == "dobj":
        actor = next((c for c in anchor.head.children if c.dep_ in _SUBJECTS), None)
    if actor is not None and actor is not anchor:
        words += name_words(actor)
    return words
