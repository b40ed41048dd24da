"""A foreign state or province the story never writes as a place, in a story of one other
country, is not that division.

A local story whose every other place lies in one country names a region abroad only as a
place someone is in, goes to or comes from: "a year in Helmand", "moved to Nova Scotia". A
division's name standing elsewhere is a local name that happens to be spelt the same: a
Kansas City area's "Northland apartments" is no New Zealand region, and "the case went to
Carlow, who spoke with the family" (Investigator Bill Carlow) no Irish county. The resolver,
finding no local namesake, took the division. So a first-level division of another country,
none of whose mentions stands after a preposition of place (nor is followed by "who", which
only a person takes), the article never qualifies, describes by its kind ("the province") or
by an offset, in a story whose other places all lie in one other country (two names of its
towns or divisions at least), is read as that country's place: the name's namesake there when
it has one, else estimated beside the story's nearest place there (as story_country.py's strays).
"""

import re

from stories.geocoding.mention_reading import Mention
from stories.geocoding.places import GazetteerEntry, GazetteerKind
from stories.geocoding.story_country import LOCAL_KINDS, MIN_SUPPORT
from stories.geocoding.story_focus import nearest_written

# "in Helmand", "to the Yukon", "across Ontario": a region written as where someone is or goes.
_PLACE_PREPOSITION = re.compile(
    r"\b(?:in|into|to|from|near|across|throughout|around|outside|within|of|through|toward|"
    r"towards)\s+(?:the\s+)?\Z",
    re.IGNORECASE,
)
# "Carlow, who spoke with": only a person takes "who".
_WHO = re.compile(r",?\s+who\b")
_REACH = 20


def _written_as_place(text: str, mention: Mention) -> bool:
    if _WHO.match(text, mention.end):
        return False
    return bool(_PLACE_PREPOSITION.search(text, max(0, mention.start - _REACH), mention.start))


def _home_country(key: str, mentions: list[Mention]) -> str | None:
    """The one country every other place of the story lies in, when ``MIN_SUPPORT`` distinct
    names of its towns and divisions lie there (a place to stand beside, not a lone name)."""
    others = [
        m.choice
        for m in mentions
        if m.key != key
        and m.choice is not None
        and (m.choice.kind in LOCAL_KINDS or m.choice.kind == GazetteerKind.COUNTRY)
    ]
    countries = {p.country_code for p in others}
    if len(countries) != 1:
        return None
    local = {
        m.key
        for m in mentions
        if m.key != key and m.choice is not None and m.choice.kind in LOCAL_KINDS
    }
    return next(iter(countries)) if len(local) >= MIN_SUPPORT else None


def _doubted(text: str, group: list[Mention]) -> bool:
    return not any(
        m.qualifiers
        or m.description.offset is not None
        or GazetteerKind.ADMIN1 in m.description.kind_cues
        or _written_as_place(text, m)
        for m in group
    )


def foreign_division_anchors(
    text: str, mentions: list[Mention]
) -> dict[int, GazetteerEntry | None]:
    """Move each doubted foreign division's mentions to the name's namesake in the story's
    country; for those with none there, their choice cleared, the story's place in that country
    they are estimated beside (by id of the mention)."""
    strays: dict[int, GazetteerEntry | None] = {}
    keys = dict.fromkeys(
        m.key for m in mentions if m.choice is not None and m.choice.kind == GazetteerKind.ADMIN1
    )
    for key in keys:
        group = [m for m in mentions if m.key == key and m.choice is not None]
        chosen = group[0].choice
        if chosen.kind != GazetteerKind.ADMIN1 or not _doubted(text, group):
            continue
        home = _home_country(key, mentions)
        if home is None or home == chosen.country_code:
            continue
        options = [
            c.place
            for c in group[0].candidates
            if c.place.country_code == home and c.match == "name" and c.place.kind in LOCAL_KINDS
        ]
        if options:
            best = max(options, key=lambda p: p.population)
            for m in group:
                m.choice = best
            continue
        local = sorted(
            (
                m
                for m in mentions
                if m.key != key
                and m.choice is not None
                and m.choice.kind in LOCAL_KINDS
                and m.choice.country_code == home
            ),
            key=lambda m: m.start,
        )
        anchors = {id(m): nearest_written(m, local) for m in group}
        for m in group:
            m.choice = None
        strays.update(anchors)
        for m in mentions:  # nor does it qualify a name listed before it (story_country.py)
            m.qualifiers = [q for q in m.qualifiers if q.geonames_id != chosen.geonames_id]
    return strays
