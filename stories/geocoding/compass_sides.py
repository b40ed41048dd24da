"""A region named by a compass side of a state or country ("North Texas") is placed in that side.

Local news names the regions of its state by their sides: "pools across North Texas", "the ad
airs in South Florida". The gazetteer has no entry for such a name, so the mention fell to the
whole state's point: on the LGL dev batch 354 and 380 km from the points the gold gives (the
region's own middle: Dallas-Fort Worth, Miami-Fort Lauderdale).

The point is derived from data we ship: the area's own towns in the gazetteer, cut to the outer
third of their extent on the side named (the quarter two halves share for "North-East" and the
like), and weighed by population, so that a side is centred where its people live. The mention
keeps the area's kind and country but no GeoNames id, its point being no entry's (a moved
mention keeping the whole area's id made the database and `extract --json` disagree, round 29).

Taken: a capitalised compass part of the mention's own name the gazetteer does not know ("North
Texas", "South Florida", "Western Mongolia") after a preposition of place.
Not taken: a lowercase side written before a state or country ("north Georgia", "northern New
York", "western Mongolia", "the north of England"), where the mention is the area's own name:
the toponym golds keep the whole area for it (LGL acc@161 fell 90.5 to 90.3 and GeoVirus 91.7 to
90.8 when it moved, and "north Georgia", "eastern Illinois", "eastern Indiana's" cost 7 dev event
places against 1 gained). Names that begin with a compass word and are the gazetteer's own
("North Carolina", "South Africa", "West Virginia", "North Korea"); "Central", whose part lies
about the whole area's own point; a capitalised side's name anywhere but after a preposition of
place, or owning a score, which names a university's team as often as a region ("beat North
Texas", "in North Texas's 31-28 win").
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from stories.geocoding.gazetteer import OfflineGazetteer
from stories.geocoding.mention_reading import Mention
from stories.geocoding.places import GazetteerEntry, GazetteerKind
from stories.geocoding.resolution import Resolution

# The sides a compass word names; "central" is left out (its part is about the whole's point).
_SIDE_WORD = r"(?:(?:north|south)(?:-?(?:east|west))?(?:ern)?|east(?:ern)?|west(?:ern)?)"
# "North Texas": a capitalised side that is part of the name as written.
_SIDE_IN_NAME = re.compile(rf"^(?P<word>{_SIDE_WORD})\s+(?P<area>\S.*)$", re.IGNORECASE)
_SIDE_FIRST = re.compile(rf"(?:{_SIDE_WORD}|central)\b", re.IGNORECASE)
_PLACE_PREPOSITION = re.compile(r"\b(?:in|across|throughout|around|over)\s+$", re.IGNORECASE)
# A side's name owning a score is a team's ("in North Texas's 31-28 win"), not a region's.
_TEAM_SCORE = re.compile(r"^['’]s?\s+\d{1,3}[-–]\d{1,3}\b")
_AREA_KINDS = frozenset({GazetteerKind.COUNTRY, GazetteerKind.ADMIN1})
# An area name shared by several (Florida: a US state and a Uruguayan department) means the one
# with this many times the population of the next.
_RIVAL_RATIO = 5
# A plain side is the outer third of the area's extent; the extent is trimmed of outlying
# towns (islands, exclaves) by taking it between these quantiles.
_SIDE_SHARE = 1 / 3
_TRIM = 0.02
# Too few towns to tell the sides of an area apart.
_FEWEST_TOWNS = 10


def place_compass_sides(
    text: str,
    mentions: list[Mention],
    resolutions: list[Resolution],
    gazetteer: OfflineGazetteer,
) -> list[Resolution]:
    """The resolutions, each mention naming a side of a state or country moved into that side."""
    placed = []
    for mention, resolution in zip(mentions, resolutions, strict=True):
        side = _side_named(text, mention, resolution, gazetteer)
        placed.append(resolution if side is None else _moved(resolution, *side, gazetteer))
    return placed


def _side_named(
    text: str, mention: Mention, resolution: Resolution, gazetteer: OfflineGazetteer
) -> tuple[str, str, GazetteerEntry] | None:
    """(compass word, name as written, area) when the mention names a side of an area."""
    before = text[max(0, mention.start - 24) : mention.start]
    part = _SIDE_IN_NAME.match(mention.surface)
    if part is None or not part["word"][0].isupper():
        return None
    if _SIDE_FIRST.match(part["area"]):
        return None  # "North Eastern Province": one bearing in two words, then no area
    bare = re.sub(r"ern$", "", part["word"], flags=re.IGNORECASE)
    if gazetteer.candidates(mention.surface) or gazetteer.candidates(f"{bare} {part['area']}"):
        return None  # "North Carolina", "East Timor", "Southern Sudan": a place of its own
    after = text[mention.end : mention.end + 16]
    if not _PLACE_PREPOSITION.search(before) or _TEAM_SCORE.match(after):
        return None
    area = _area(gazetteer, part["area"], resolution.geonames_id)
    return None if area is None else (part["word"].lower(), mention.surface, area)


def _area(gazetteer: OfflineGazetteer, name: str, geonames_id: int | None) -> GazetteerEntry | None:
    """The state or country of this name: the one resolved, else the far most populous."""
    areas = [
        c.place
        for c in gazetteer.candidates(name)
        if c.place.kind in _AREA_KINDS and c.match == "name"
    ]
    chosen = [a for a in areas if a.geonames_id == geonames_id]
    if chosen:
        return chosen[0]
    areas.sort(key=lambda a: a.population, reverse=True)
    if areas and (len(areas) == 1 or areas[0].population >= _RIVAL_RATIO * areas[1].population):
        return areas[0]
    return None


def _moved(
    resolution: Resolution, word: str, name: str, area: GazetteerEntry, gazetteer: OfflineGazetteer
) -> Resolution:
    point = side_point(gazetteer, area, word)
    if point is None:
        return resolution
    return replace(
        resolution,
        name=name,
        latitude=point[0],
        longitude=point[1],
        geonames_id=None,
        kind=str(area.kind),
        country_code=area.country_code,
        status="estimated",
        reason=f"the {word} side of {area.name}: the middle of the people of its towns there",
    )


def side_point(
    gazetteer: OfflineGazetteer, area: GazetteerEntry, word: str
) -> tuple[float, float] | None:
    """The population-weighted middle of the area's towns in the side a compass word names;
    None when the gazetteer holds too few of them to tell."""
    towns = _towns(gazetteer, area.country_code, area.admin1 if area.kind == "admin1" else "")
    if len(towns) < _FEWEST_TOWNS:
        return None
    word = word.lower()
    south, north = _extent([t.latitude for t in towns])
    west, east = _extent([t.longitude for t in towns])
    corner = any(a in word for a in ("east", "west")) and any(a in word for a in ("north", "south"))
    share = 0.5 if corner else _SIDE_SHARE
    height, width = north - south, east - west
    if word.startswith("north"):
        south = north - share * height
    if word.startswith("south"):
        north = south + share * height
    if "east" in word:
        west = east - share * width
    if "west" in word:
        east = west + share * width
    side = [t for t in towns if south <= t.latitude <= north and west <= t.longitude <= east]
    weights = [max(t.population, 1) for t in side]
    total = sum(weights)
    if not total:
        return None
    latitude = sum(t.latitude * w for t, w in zip(side, weights, strict=True)) / total
    longitude = sum(t.longitude * w for t, w in zip(side, weights, strict=True)) / total
    return round(latitude, 4), round(longitude, 4)


def _extent(values: list[float]) -> tuple[float, float]:
    ordered = sorted(values)
    last = len(ordered) - 1
    return ordered[int(_TRIM * last)], ordered[int((1 - _TRIM) * last)]


@lru_cache(maxsize=512)
def _towns(gazetteer: OfflineGazetteer, country: str, admin1: str) -> tuple[GazetteerEntry, ...]:
    """The populated places the gazetteer holds in a country, or in one of its states."""
    return gazetteer.index.towns(country, admin1)
