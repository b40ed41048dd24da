"""A compass part of a state or country is placed in that part, at its largest town.

News names wide areas by their sides: "authorities in western Mongolia", "pools across North
Texas", "the ad is airing in South Florida". The resolver read the first as the whole country
and put it at the country's centre (1,146 km from the province the dev gold gives), and found
nothing at all for the others, leaving their events to the story's state (354 and 380 km off).
A side of an area is a place of its own: the largest town the gazetteer holds in that side
(the outer third of the area's towns' extent for north, south, east or west; the quarter two
halves share for north-east and the like; the middle third both ways for "central") stands
for it, as the metropolis of a region does in local usage (Dallas for North Texas, Miami for
South Florida).
Taken: a lowercase compass adjective just before a state's or country's name ("northern
Syria"), and a capitalised compass part of a US state's name after a preposition of place
("in South Florida", "across North Texas"). Not taken: a capitalised compass part of a state
anywhere else, which names a university or its team as often as an area ("beat North Texas",
"Eastern Michigan signed a guard"), nor a name the gazetteer knows itself ("North Carolina",
"West Virginia", "South Africa").
"""

from __future__ import annotations

import re
from functools import lru_cache

from stories.geocoding.gazetteer import OfflineGazetteer
from stories.geocoding.mention_reading import COMPASS_WORD, Mention
from stories.geocoding.places import Candidate, GazetteerEntry, GazetteerKind

_AREA_KINDS = frozenset({GazetteerKind.COUNTRY, GazetteerKind.ADMIN1})
# A lowercase compass adjective just before the name: "in western Mongolia".
_WORD_BEFORE = re.compile(rf"\b(?-i:(?P<word>{COMPASS_WORD}))\s+$")
# A capitalised compass part of the name itself, after a preposition of place: "in South Florida".
_PART_OF_NAME = re.compile(rf"^(?P<word>{COMPASS_WORD})\s+(?P<area>\S.*)$", re.IGNORECASE)
_PLACE_PREPOSITION = re.compile(r"\b(?:in|across|throughout|around)\s+$")
# The share of the area's extent a plain side takes (its outer third), trimmed of outliers
# (islands, exclaves) by taking the extent between these quantiles of the towns.
_SIDE = 1 / 3
# A state name shared by several (Florida, US and Uruguay) means the one this many times the
# population of the next.
_RIVAL_RATIO = 5
_TRIM = 0.02


def compass_parts(text: str, mentions: list[Mention], gazetteer: OfflineGazetteer) -> None:
    """Move each state or country written as one of its sides to that side's largest town."""
    for mention in mentions:
        before = text[max(0, mention.start - 24) : mention.start]
        word_before = _WORD_BEFORE.search(before)
        if word_before is not None and _is_area(mention.choice):
            _move(
                mention,
                mention.choice,
                word_before["word"],
                side_middle(gazetteer, mention.choice, word_before["word"]),
            )
            continue
        part = _PART_OF_NAME.match(mention.surface)
        if part is None or mention.candidates or not _PLACE_PREPOSITION.search(before):
            continue
        areas = [
            c.place
            for c in gazetteer.candidates(part["area"])
            if c.place.kind == GazetteerKind.ADMIN1 and c.match == "name"
        ]
        areas.sort(key=lambda a: a.population, reverse=True)
        if areas and (len(areas) == 1 or areas[0].population >= _RIVAL_RATIO * areas[1].population):
            _move(mention, areas[0], part["word"], side_town(gazetteer, areas[0], part["word"]))


def _is_area(place: GazetteerEntry | None) -> bool:
    return place is not None and place.kind in _AREA_KINDS


def _move(
    mention: Mention, area: GazetteerEntry, word: str, point: tuple[float, float] | None
) -> None:
    if point is None:
        return
    moved = area._replace(name=f"{word} {area.name}", latitude=point[0], longitude=point[1])
    others = [c for c in mention.candidates if c.place.geonames_id != area.geonames_id]
    mention.candidates = [Candidate(moved, mention.surface, "alternate"), *others]
    mention.choice = moved
    if mention.learnt is not None and area.geonames_id not in mention.learnt:
        mention.learnt[area.geonames_id] = 0.0  # no other namesake was in the running
    mention.reasons.setdefault(area.geonames_id, ["a compass part of the area"])


def side_town(
    gazetteer: OfflineGazetteer, area: GazetteerEntry, word: str
) -> tuple[float, float] | None:
    """Where the largest town in the side of `area` a compass word names lies: a region's
    proper name ("North Texas") is centred on its metropolis."""
    found = _side(gazetteer, area, word.lower())
    if found is None:
        return None
    town = max(found[0], key=lambda t: t.population, default=None)
    return None if town is None else (town.latitude, town.longitude)


def side_middle(
    gazetteer: OfflineGazetteer, area: GazetteerEntry, word: str
) -> tuple[float, float] | None:
    """The middle of the side of `area` a compass adjective names ("eastern Illinois"): a
    description of a side, not a region's name, means the side as a whole."""
    found = _side(gazetteer, area, word.lower())
    if found is None or not found[0]:
        return None
    south, north, west, east = found[1]
    return (south + north) / 2, (west + east) / 2


def _side(
    gazetteer: OfflineGazetteer, area: GazetteerEntry, word: str
) -> tuple[list[GazetteerEntry], tuple[float, float, float, float]] | None:
    """The area's towns in the side a compass word ("western", "north-east", "central") names,
    and that side's south, north, west and east bounds; None when the gazetteer holds too
    few of the area's towns to tell."""
    towns = _towns(gazetteer, area.country_code, area.admin1 if area.kind == "admin1" else "")
    if len(towns) < 10:
        return None
    south, north = _extent([t.latitude for t in towns])
    west, east = _extent([t.longitude for t in towns])
    plain = not any(a in word for a in ("east", "west")) or not any(
        a in word for a in ("north", "south")
    )
    share = _SIDE if plain else 0.5
    height, width = north - south, east - west
    if word.startswith("north"):
        south = north - share * height
    if word.startswith("south"):
        north = south + share * height
    if "east" in word:
        west = east - share * width
    if "west" in word:
        east = west + share * width
    if word.startswith("central"):
        south, north = south + height / 3, north - height / 3
        west, east = west + width / 3, east - width / 3
    side = [t for t in towns if south <= t.latitude <= north and west <= t.longitude <= east]
    return side, (south, north, west, east)


def _extent(values: list[float]) -> tuple[float, float]:
    ordered = sorted(values)
    last = len(ordered) - 1
    return ordered[int(_TRIM * last)], ordered[int((1 - _TRIM) * last)]


@lru_cache(maxsize=512)
def _towns(gazetteer: OfflineGazetteer, country: str, admin1: str) -> tuple[GazetteerEntry, ...]:
    """The populated places the gazetteer holds in a country, or in one of its states."""
    query = (
        "SELECT id, name, latitude, longitude, feature_class, feature_code, country_code,"
        " admin1, population, kind FROM places WHERE kind = 'city' AND country_code = ?"
    )
    arguments: tuple[str, ...] = (country,)
    if admin1:
        query += " AND admin1 = ?"
        arguments = (country, admin1)
    rows = gazetteer.index.connection.execute(query, arguments).fetchall()
    return tuple(GazetteerEntry._make(row) for row in rows)
