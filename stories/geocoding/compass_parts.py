"""A region named by a compass side of a state ("North Texas") is placed at its largest town.

Local news names the regions of its state by their sides: "pools across North Texas", "the ad
is airing in South Florida". The gazetteer has no entry for such a name, so the resolver found
nothing and their events fell to the story's state (354 and 380 km from the points the LGL dev
gold gives, which are those regions' metropolises). The largest town the gazetteer holds in
that side of the state (the outer third of the state's towns' extent for north, south, east or
west; the quarter two halves share for north-east and the like; the middle third both ways for
"Central") stands for it, as the metropolis of such a region does in local usage (Dallas for
North Texas, Miami for South Florida).
Taken: a capitalised compass part of a state's name the gazetteer does not know, after a
preposition of place ("in South Florida", "across North Texas"). Not taken: the same name
anywhere else, which names a university or its team as often as an area ("beat North Texas",
"Eastern Michigan signed a guard"), or owning a score ("in North Texas's 31-28 win"); a name
the gazetteer knows itself ("North Carolina", "Southern California"); and a lowercase side
before a state or country ("north Georgia", "western Mongolia"), which describes part of the
area rather than naming a region: the LGL dev gold keeps the whole state for it (moving "north
Georgia" to Atlanta cost five places), and the middle of a side is a poor point for irregular
areas ("northeastern United States").
"""

from __future__ import annotations

import re
from functools import lru_cache

from stories.geocoding.gazetteer import OfflineGazetteer
from stories.geocoding.mention_reading import COMPASS_WORD, Mention
from stories.geocoding.places import Candidate, GazetteerEntry, GazetteerKind

# A capitalised compass part of the name itself, after a preposition of place: "in South Florida".
_PART_OF_NAME = re.compile(rf"^(?P<word>{COMPASS_WORD})\s+(?P<area>\S.*)$", re.IGNORECASE)
_PLACE_PREPOSITION = re.compile(r"\b(?:in|across|throughout|around)\s+$")
# A side's name owning a score is a team's ("in North Texas's 31-28 win"), not a region's.
_TEAM_SCORE = re.compile(r"^['’]s?\s+\d{1,3}[-–]\d{1,3}\b")
# The share of the area's extent a plain side takes (its outer third), trimmed of outliers
# (islands, exclaves) by taking the extent between these quantiles of the towns.
_SIDE = 1 / 3
# A state name shared by several (Florida, US and Uruguay) means the one this many times the
# population of the next.
_RIVAL_RATIO = 5
_TRIM = 0.02


def compass_parts(text: str, mentions: list[Mention], gazetteer: OfflineGazetteer) -> None:
    """Place each region named by a compass side of a state at that side's largest town."""
    for mention in mentions:
        before = text[max(0, mention.start - 24) : mention.start]
        part = _PART_OF_NAME.match(mention.surface)
        if part is None or not part["word"][0].isupper() or mention.candidates:
            continue
        after = text[mention.end : mention.end + 16]
        if not _PLACE_PREPOSITION.search(before) or _TEAM_SCORE.match(after):
            continue
        areas = [
            c.place
            for c in gazetteer.candidates(part["area"])
            if c.place.kind == GazetteerKind.ADMIN1 and c.match == "name"
        ]
        areas.sort(key=lambda a: a.population, reverse=True)
        if areas and (len(areas) == 1 or areas[0].population >= _RIVAL_RATIO * areas[1].population):
            _move(mention, areas[0], part["word"], side_town(gazetteer, areas[0], part["word"]))


def _move(
    mention: Mention, area: GazetteerEntry, word: str, point: tuple[float, float] | None
) -> None:
    """Make the mention name the side of `area` at `point`, keeping the area's identity (its
    geonames id) so that rules that follow a state still see it."""
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
    town = max(found, key=lambda t: t.population, default=None)
    return None if town is None else (town.latitude, town.longitude)


def _side(
    gazetteer: OfflineGazetteer, area: GazetteerEntry, word: str
) -> list[GazetteerEntry] | None:
    """The area's towns in the side a compass word ("western", "north-east", "central") names;
    None when the gazetteer holds too few of the area's towns to tell."""
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
    return [t for t in towns if south <= t.latitude <= north and west <= t.longitude <= east]


def _extent(values: list[float]) -> tuple[float, float]:
    ordered = sorted(values)
    last = len(ordered) - 1
    return ordered[int(_TRIM * last)], ordered[int((1 - _TRIM) * last)]


@lru_cache(maxsize=512)
def _towns(gazetteer: OfflineGazetteer, country: str, admin1: str) -> tuple[GazetteerEntry, ...]:
    """The populated places the gazetteer holds in a country, or in one of its states."""
    return gazetteer.index.towns(country, admin1)
