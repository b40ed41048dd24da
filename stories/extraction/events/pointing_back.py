"""Nouns that point back at a place named before: "the country", "the city", "the region".

News names a place once and then refers to it by its kind: "Norland admitted refugees ... the
country now hosts a million", "fighting reached Port Ash; the city's mayor fled". Such a
definite noun stands for the last place of that kind the story named before it, as a pronoun
stands for the last person: an event whose clause says "in the city" happened in that city,
and "the country closed its border" is that country acting.

The same holds for the other nouns of kind news varies its words with: "the region" and
"the republic" after a province (or a country the gazetteer files a disputed province under),
"the area" or "the suburb" after a town, "the district" after a county. Only "the country"
and "the nation" are the country of a people named last ("Syrians fleeing the country's
war"): "rebels of a people fought in the region" names no country of theirs.

Wire copy names a capital once (often in the dateline) and then writes "the Peruvian capital":
a capital with a people's adjective stands for that people's capital, as the story names it.

Otherwise only a bare definite noun points back ("the country", "this city", "the country's"):
a noun with words of its own ("the state media", "a city of ten million", "the city of X", "the
state's capital") names something else or names its place itself, and a noun inside a name
("the State Department", "Capital One") is part of that name.
"""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Token

from stories.extraction.doc_text import doc_text
from stories.extraction.events import place_rules
from stories.extraction.events.context import MentionIndex
from stories.extraction.events.story_city import TOWN_NOUNS, story_city_for
from stories.extraction.mentions import PlaceMention

# The kind of noun → the kinds of place it may stand for.
KIND_NOUNS: dict[str, frozenset[str]] = {
    "country": frozenset({"country"}),
    "nation": frozenset({"country"}),
    "city": frozenset({"city"}),
    "town": frozenset({"city"}),
    "capital": frozenset({"city"}),
    "state": frozenset({"admin1"}),
    "province": frozenset({"admin1"}),
    # A country only when the story calls it a province (`_called_a_province`): "the region"
    # after a country is the wider area around it ("drones hit Norland; diplomats met in the
    # region"), and titling it with the country is false. Nor an American state, which news
    # calls "the state": "the region" after one is the area around it.
    "region": frozenset({"admin1", "region", "country"}),
    "island": frozenset({"country", "admin1", "admin2", "region"}),
    "area": frozenset({"city", "admin2"}),
    "republic": frozenset({"country", "admin1"}),
    "kingdom": frozenset({"country"}),
    "county": frozenset({"admin2"}),
    "district": frozenset({"admin2", "admin1"}),
    "parish": frozenset({"admin2"}),
    "municipality": frozenset({"city", "admin2"}),
    "township": frozenset({"city", "admin2"}),
    "borough": frozenset({"city", "admin2"}),
    "village": frozenset({"city"}),
    # A territory is whatever land a story's dispute or handover is about: a region ("the West
    # of Norland"), a province, a city-state. Not a country: "Velmar invaded Norland; its
    # forces seized the territory" is a part of Norland, and "seize Norland" would be false.
    "territory": frozenset({"region", "admin1", "city"}),
    "territories": frozenset({"region", "admin1", "city"}),
    "hamlet": frozenset({"city"}),
    "suburb": frozenset({"city"}),
    "metropolis": frozenset({"city"}),
}
_LAND_NOUNS = frozenset({"territory", "territories"})
# What a story calls a disputed province the gazetteer files as a country: "Tarrow province".
_PROVINCE_NOUNS = "province|region"
# Plural nouns of kind that point back as a whole: "the territories" after naming them.
_PLURAL_KINDS = frozenset({"territories"})
# Nouns only a nation is: "the country's war" after "Syrians" is the Syrians' country.
_NATIONS = frozenset({"country", "nation"})
_POINTING = frozenset({"the", "this", "that"})
# Adjectives that pick a place other than the last named: "the neighbouring country".
_PICKING = frozenset(
    {
        "same",
        "other",
        "next",
        "neighbouring",
        "neighboring",
        "nearby",
        "adjacent",
        "different",
        "new",
        "former",
        "old",
        "first",
        "only",
        "own",
        "host",
        "home",
        "native",
        "foreign",
        "such",
        "certain",
        "particular",
    }
)
# How far back (in tokens) a noun may point: a few paragraphs of a news story.
REACH = 400


def place_pointed_at(token: Token, index: MentionIndex) -> PlaceMention | None:
    """The place a bare definite noun of kind ("the country") stands for: the last pinned
    place of that kind named before it, within `REACH` tokens; None for any other token."""
    lower = token.lower_
    kinds = KIND_NOUNS.get(lower)
    if kinds is None:
        return None  # no noun of kind: asked of every word of every clause, answered first
    if lower in _LAND_NOUNS and "territories" not in place_rules.ENABLED:
        return None
    tag = "NNS" if lower in _PLURAL_KINDS else "NN"
    if token.tag_ != tag or token.ent_type_ or token.i in index.place_at:
        return None
    if not _bare_definite(token):
        return _national_capital(token, index)
    for position in range(token.i - 1, max(-1, token.i - REACH), -1):
        word = index.doc[position]
        if token.lower_ in _NATIONS and word.ent_type_ == "NORP" and position not in index.place_at:
            # "Syrians fleeing the country's war": the country of the people named last
            return _country_named(nationality(word.text), index)
        place = index.place_roots.get(position)
        if place is None or place.latitude is None or place.kind not in kinds:
            continue
        if token.lower_ == "capital" and not _a_capital(place):
            continue  # "the capital" after a provincial town: the capital is not named yet
        if (
            token.lower_ == "region"
            and place.kind == "country"
            and not _called_a_province(place, index)
        ):
            continue  # "diplomats met in the region": the area around the country
        if token.lower_ == "region" and place.kind == "admin1" and place.country_code == "US":
            # An American state is "the state"; "the region" is the area around it, which only
            # a named region further back can be (not a province abroad named before the state).
            kinds = frozenset({"region"})
            continue
        if token.lower_ in _LAND_NOUNS and _an_actor(word):
            continue  # "Norland returned the territory": Norland is who holds it, not the land
        if "story's city" in place_rules.ENABLED and lower in TOWN_NOUNS:
            return story_city_for(token, place, index)  # not a town named in passing long ago
        return place
    return None


def _called_a_province(place: PlaceMention, index: MentionIndex) -> bool:
    """Whether the story itself names this country as a province or region ("southern Tarrow
    province", "the province of Tarrow"): a disputed province the gazetteer files as a country,
    which "the region" may stand for, as the story's own words say it is one."""
    name = re.escape(place.name)
    return bool(
        re.search(
            rf"\b{name} (?:{_PROVINCE_NOUNS})\b|\b(?:{_PROVINCE_NOUNS}) of {name}\b",
            doc_text(index.doc),
        )
    )


def _an_actor(word: Token) -> bool:
    """Whether a place is the subject of a verb: a country that seizes, returns or rules land
    ("Norland returned the territory", "Norland is taking back freedoms") is who holds or
    takes the land, not the land "the territory" stands for."""
    head = word
    while head.dep_ in ("compound", "conj", "appos") and head.head != head:
        head = head.head
    return head.dep_ in ("nsubj", "nsubjpass")


def _national_capital(noun: Token, index: MentionIndex) -> PlaceMention | None:
    """ "the Peruvian capital", "the Syrian capital": the capital of the country whose people
    the adjective names, when the story names and pins that city (wire copy names it in the
    dateline or once in the text, then varies the words)."""
    if noun.lower_ != "capital" or "nationals" not in place_rules.ENABLED:
        return None
    children = [c for c in noun.children if c.dep_ not in ("det", "punct", "case")]
    if len(children) != 1 or children[0].dep_ != "amod" or children[0].ent_type_ != "NORP":
        return None
    if not any(c.dep_ == "det" and c.lower_ in _POINTING for c in noun.children):
        return None
    code = nationality(children[0].text)
    if code is None:
        return None
    for place in index.place_roots.values():
        if (
            place.kind == "city"
            and place.country_code == code
            and place.latitude is not None
            and place.geonames_id is not None
            and _feature_code(place.geonames_id) == "PPLC"
        ):
            return place
    return None


def _country_named(code: str | None, index: MentionIndex) -> PlaceMention | None:
    """The story's pinned mention of the country with this code, if it names it."""
    for place in index.place_roots.values():
        if code and place.kind == "country" and place.country_code == code and place.latitude:
            return place
    return None


@lru_cache(maxsize=1024)
def nationality(word: str) -> str | None:
    """The country code of a nationality or people ("Swedish", "Syrians"), the most prominent
    country first: "Chinese" is China's before Taiwan's."""
    from stories.geocoding.defaults import get_gazetteer

    countries = [
        c.place.country_code
        for c in get_gazetteer().candidates(word)
        if c.match == "demonym" and c.place.kind == "country"
    ]
    return countries[0] if countries else None


def _a_capital(place: PlaceMention) -> bool:
    """A national or first-level capital, as the gazetteer marks it."""
    if place.geonames_id is None:
        return False
    return _feature_code(place.geonames_id) in ("PPLC", "PPLA")


@lru_cache(maxsize=4096)
def _feature_code(geonames_id: int) -> str:
    from stories.geocoding.defaults import get_gazetteer

    entry = get_gazetteer().index.place(geonames_id)
    return entry.feature_code if entry is not None else ""


def _bare_definite(noun: Token) -> bool:
    """ "the country", "this city", "the country's": a determiner that points and no other word
    of its own; not a modifier of another noun ("the state media") nor "the city of X"."""
    if noun.dep_ in ("compound", "amod", "nmod"):
        return False
    children = list(noun.children)
    if not any(c.dep_ == "det" and c.lower_ in _POINTING for c in children):
        return False
    own_words = [c for c in children if c.dep_ not in ("det", "punct", "case")]
    if "described kind" in place_rules.ENABLED:
        own_words = [c for c in own_words if not _describing(c)]
    return not own_words


def _describing(word: Token) -> bool:
    """An adjective that only describes the place pointed at ("the coastal city", "the
    war-torn country", "the northern province"), as wire copy varies its words: not one that
    picks another place ("the neighbouring country", "the same city", "the largest state")."""
    return (
        word.dep_ == "amod"
        and word.tag_ in ("JJ", "VBN")
        and word.is_lower
        and not word.ent_type_
        and word.lower_ not in _PICKING
    )
