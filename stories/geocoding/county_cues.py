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
from collections.abc import Iterator

from stories.geocoding.gazetteer import OfflineGazetteer
from stories.geocoding.mention_reading import Mention
from stories.geocoding.namesake_evidence import name_groups
from stories.geocoding.places import GazetteerEntry, GazetteerKind, distance_km

# "Alachua County", "St. Johns County", "De Soto Parish": one to three capitalised words before
# the division word. A leading article or sentence opener is dropped by trying shorter names.
_COUNTY = re.compile(r"((?:[A-Z][\w'’.-]*\s+){1,3})(County|Parish)\b")
# A county's GeoNames point is near its middle: a town inside it lies within this distance of
# it for all but the largest western counties.
NEAR_COUNTY_KM = 60.0


def written_counties(text: str, gazetteer: OfflineGazetteer) -> list[list[GazetteerEntry]]:
    """The namesakes of each county the article writes ("X County", "X Parish"), as a place
    or inside an institution's name: per county, its second-level divisions of that name,
    found by the longest name the gazetteer knows."""
    counties = []
    seen = set()
    for match in _COUNTY.finditer(text):
        words = match.group(1).split()
        for first in range(len(words)):
            name = " ".join([*words[first:], match.group(2)])
            found = [
                c.place
                for c in gazetteer.index.candidates(name)
                if c.place.kind == GazetteerKind.ADMIN2 and c.match == "name"
            ]
            if found:
                if name.casefold() not in seen:
                    seen.add(name.casefold())
                    counties.append(found)
                break
    return counties


def _near(place: GazetteerEntry, counties: list[list[GazetteerEntry]]) -> bool:
    return any(
        distance_km(place.latitude, place.longitude, c.latitude, c.longitude) <= NEAR_COUNTY_KM
        for namesakes in counties
        for c in namesakes
    )


def _unqualified_towns(mentions: list[Mention]) -> Iterator[tuple[str, list[Mention]]]:
    """Each name chosen as a town, with all its resolved mentions, in text order; a name the
    article qualifies itself ("Newberry, S.C.") has said where it is already."""
    ordered = sorted(mentions, key=lambda m: m.start)
    for key, group in name_groups(ordered, mentions):
        if not any(m.qualifiers for m in group) and group[0].choice.kind == GazetteerKind.CITY:
            yield key, group


def follow_written_counties(
    text: str, mentions: list[Mention], gazetteer: OfflineGazetteer
) -> None:
    """Move each town that lies near no county the article writes, and shares its state with
    no other place of the story, to its namesake near such a county (when those namesakes lie
    in one state)."""
    counties = None
    for key, group in _unqualified_towns(mentions):
        chosen = group[0].choice
        if counties is None:
            counties = written_counties(text, gazetteer)
        if not counties or _near(chosen, counties):
            continue
        home = (chosen.country_code, chosen.admin1)
        if any(
            m.key != key
            and m.choice is not None
            and m.choice.kind != GazetteerKind.COUNTRY
            and (m.choice.country_code, m.choice.admin1) == home
            for m in mentions
        ):
            continue
        options = [
            c.place
            for c in group[0].candidates
            if c.place.kind == GazetteerKind.CITY
            and c.match == "name"
            and c.place.country_code == chosen.country_code
            and _near(c.place, counties)
        ]
        if len({(p.country_code, p.admin1) for p in options}) != 1:
            continue
        best = max(options, key=lambda p: p.population)
        for m in group:
            m.choice = best
