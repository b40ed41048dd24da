"""A county the article writes, even inside an institution's name, places the story's towns.

Local news names its own county chiefly through its institutions: "a home invasion in
Newberry, according to Alachua County Sheriff's Office deputies" is Newberry, Florida, the
town inside Alachua County, not the larger Newberry in South Carolina. The recogniser rightly
passes no place for "Alachua County" there (it is part of an organisation's name), so the
resolver never hears of it; so every "X County" of the text is read here, a place or not.
When a town's chosen namesake lies near no namesake of a county the article writes, no other
place of the story lies in its state, and the town's namesakes near those counties lie in
exactly one state, the town is that namesake (the town and its county agree).
"""

import re

from stories.geocoding.gazetteer import OfflineGazetteer
from stories.geocoding.mention_reading import QUALIFIER, Mention
from stories.geocoding.namesake_evidence import move_to_single_state, unqualified_names
from stories.geocoding.places import GazetteerEntry, GazetteerKind, distance_km

# "Alachua County", "St. Johns County", "De Soto Parish": one to three capitalised words before
# the division word. A leading article or sentence opener is dropped by trying shorter names.
_COUNTY = re.compile(r"((?:[A-Z][\w'’.-]*\s+){1,3})(County|Parish)\b")
# A county's GeoNames point is near its middle: a town inside it lies within this distance of
# it for all but the largest western counties.
NEAR_COUNTY_KM = 60.0
_TOWNS = frozenset({GazetteerKind.CITY})
# "moved from", "came from the": a county that is where someone came from.
_FROM = re.compile(r"\bfrom\s+(?:the\s+)?\Z")


def _qualifying_states(text: str, end: int, gazetteer: OfflineGazetteer) -> set[tuple[str, str]]:
    """The states named right after a county ("Orange County, California,"): the county is
    that state's, as "Newberry, S.C." is that state's town."""
    follow = QUALIFIER.match(text, end)
    if not follow:
        return set()
    words = follow["name"].split()
    for cut in range(len(words), 0, -1):
        states = {
            (c.place.country_code, c.place.admin1)
            for c in gazetteer.candidates(" ".join(words[:cut]))
            if c.place.kind == GazetteerKind.ADMIN1
        }
        if states:
            return states
    return set()


def written_counties(text: str, gazetteer: OfflineGazetteer) -> list[list[GazetteerEntry]]:
    """The namesakes of each county the article writes ("X County", "X Parish"), as a place
    or inside an institution's name: per county, its second-level divisions of that name,
    found by the longest name the gazetteer knows, only those of the state written after it
    ("Orange County, Calif.") when one is. A county written only as where someone came from
    ("moved from Lake County") says nothing of where the story happens, and is left out."""
    counties: dict[str, list[GazetteerEntry]] = {}
    for match in _COUNTY.finditer(text):
        if _FROM.search(text, max(0, match.start() - 12), match.start()):
            continue
        words = match.group(1).split()
        for first in range(len(words)):
            name = " ".join([*words[first:], match.group(2)])
            found = [
                c.place
                for c in gazetteer.index.candidates(name)
                if c.place.kind == GazetteerKind.ADMIN2 and c.match == "name"
            ]
            if found:
                states = _qualifying_states(text, match.end(), gazetteer)
                if states:
                    found = [p for p in found if (p.country_code, p.admin1) in states]
                if found:
                    counties.setdefault(name.casefold(), found)
                break
    return list(counties.values())


def _near(place: GazetteerEntry, counties: list[list[GazetteerEntry]]) -> bool:
    return any(
        distance_km(place.latitude, place.longitude, c.latitude, c.longitude) <= NEAR_COUNTY_KM
        for namesakes in counties
        for c in namesakes
    )


def follow_written_counties(mentions: list[Mention], counties: list[list[GazetteerEntry]]) -> None:
    """Move each town that lies near no county the article writes (`counties`, from
    `written_counties`), and shares its state with no other place of the story, to its
    namesake near such a county (when those namesakes lie in one state)."""
    if not counties:
        return
    for key, group in unqualified_names(mentions, _TOWNS):
        chosen = group[0].choice
        if _near(chosen, counties):
            continue
        move_to_single_state(key, group, mentions, lambda p, near=counties: _near(p, near))
