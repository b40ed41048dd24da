"""A place named by its people: the last reading of a name the gazetteer does not know.

News names a place through the people who live there more ways than the gazetteer's demonyms
cover: a state's or region's people ("Texans", "Ossetian", see story_evidence.demonym_bases),
a region's people by its bare stem ("the Kashub minority": Kashubia), a continent's
("African leaders": Africa) and a city's ("Londoners", "New Yorkers": London, New York). Each
is tried only when the name as written finds nothing, so a name the gazetteer knows keeps its
own meaning; the namesakes found are marked "demonym", which extraction never takes for an
event's place on its own ("Russian" locates nobody's event).
"""

import re

from stories.geocoding.gazetteer import OfflineGazetteer
from stories.geocoding.places import Candidate, normalize_name
from stories.geocoding.story_evidence import demonym_bases

# Areas a people's name stands for: a city's people are read apart (below), by "-er" alone.
_AREA_KINDS = frozenset({"country", "admin1", "region", "continent"})
# A division or region is often known by a longer official name ("North Ossetia–Alania"), its
# short one only an alternate: still the area its people's name means.
_ALTERNATE_KINDS = frozenset({"admin1", "region"})
# "Londoners", "New Yorker": a capitalised name and "-er"/"-ers" (at least four letters before).
_CITY_PEOPLE = re.compile(r"(?P<base>[A-Z][\w'’.\- ]*[a-z]{3})ers?")
_CITY_KINDS = frozenset({"city", "admin1", "admin2", "country"})
# Only a town big enough to have a people of its own: "Leaders" and "Rangers" are no one's
# people of a hamlet called Lead or Rang.
_PEOPLE_POPULATION = 20_000
# "Southerners", "Midwesterners": people of a part of the country, not of a division so named.
_COMPASS = re.compile(r"(?:north|south|mid)?(?:east|west)?(?:ern)?")


def _stem_bases(word: str) -> list[str]:
    """A region named by its people's stem and "-ia" ("Abkhaz" → Abkhazia, "Serbs" → Serbia)."""
    stem = word[:-1] if word.endswith("s") else word
    if len(stem) < 4 or not stem[-1].isalpha() or stem[-1] in "aeiouy":
        return []
    return [f"{stem}ia"]


def _areas(surface: str, gazetteer: OfflineGazetteer) -> list[Candidate]:
    names = list(dict.fromkeys([*demonym_bases(surface), *_stem_bases(surface)]))
    return [
        Candidate(c.place, c.matched_name, "demonym")
        for name in names
        for c in gazetteer.candidates(name)
        if c.place.kind in _AREA_KINDS
        and (c.match == "name" or (c.match == "alternate" and c.place.kind in _ALTERNATE_KINDS))
    ]


def _cities(surface: str, gazetteer: OfflineGazetteer) -> list[Candidate]:
    people = _CITY_PEOPLE.fullmatch(surface)
    if people is None:
        return []
    base = normalize_name(people["base"])
    found = [
        c
        for c in gazetteer.candidates(people["base"])
        if c.match == "name"
        and c.place.kind in _CITY_KINDS
        and normalize_name(c.matched_name) == base
    ]
    if _COMPASS.fullmatch(base) or not any(
        c.place.kind in ("city", "admin1") and c.place.population >= _PEOPLE_POPULATION
        for c in found
    ):
        return []  # "Southerners": no town's people
    return [Candidate(c.place, c.matched_name, "demonym") for c in found]


def people_places(surface: str, gazetteer: OfflineGazetteer) -> list[Candidate]:
    """The places ``surface`` names as their people, an area's before a city's."""
    if not surface[:1].isupper():
        return []
    return _areas(surface, gazetteer) or _cities(surface, gazetteer)
