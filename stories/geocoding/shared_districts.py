"""A district name many cities share is the district of the story's own town.

Cities name their districts with the same few words: an ethnic quarter ("Chinatown",
"Koreatown", "Little Italy", "Greektown"), a position in town ("Downtown", "Midtown", "Uptown",
"Old Town", "the Old City"), a side or an end ("the West End", "the East Side", "Southside"), or
a kind of quarter ("the French Quarter", "the Financial District", "the Arts District"). The
gazetteer holds a few of these as places of their own (San Francisco's Chinatown, Chicago's
Uptown), and the most populous then wins wherever the story is: a Las Vegas story's "Chinatown"
was pinned in San Francisco. Local news writes such a name bare because the reader knows which
town it means: the story's. So when the namesake chosen lies far from every town the story
places, the name takes its namesake beside one of those towns if the gazetteer has one, else it
is placed at the story's town (estimated, as a name the gazetteer lacks would be); so is such
a name the gazetteer lacks altogether ("the South Side" of a Chicago story). The name is
read by its shape (a generic district word), not by any one city; one written with a place
("Chinatown, San Francisco") or in a story that places no town keeps its choice. A real town
of such a name in the story's own state ("Old Town", Maine, in a Portland story) is moved too:
the gazetteer records San Francisco's Chinatown as a populated place like any town, so a
same-state guard would keep a Sacramento story's Chinatown in San Francisco.
"""

import re
from collections import Counter
from dataclasses import replace

from stories.geocoding.mention_reading import Mention
from stories.geocoding.places import GazetteerEntry, GazetteerKind, distance_km
from stories.geocoding.resolution import Resolution
from stories.geocoding.story_focus import estimated_near

_COMPASS = r"(?:North|South|East|West)"
# The shapes of a district name many cities share, the whole name (after an optional "the").
_SHARED_DISTRICT = re.compile(
    r"(?:the\s+)?(?:"
    # an ethnic quarter: "Chinatown", "Koreatown", "Greektown" (not "Germantown", a town's name)
    r"(?:China|Korea|Japan|Greek)town"
    r"|Little\s+(?:Italy|Saigon|Havana|Haiti|Tokyo|India|Manila|Armenia|Ethiopia|Odessa|"
    r"Mexico|Portugal|Poland|Ukraine|Korea|Persia|Bangladesh|Pakistan|Lebanon|Syria|Arabia)"
    # a position in town
    r"|Downtown|Midtown|Uptown|Old\s?Town|Old\s+City|Inner\s+City|City\s+Cent(?:re|er)"
    r"|Town\s+Cent(?:re|er)"
    # a side or an end: "the West End", "the East Side", "Southside", "the Near North Side"
    rf"|(?:(?:Near|Far|Lower|Upper)\s+)?{_COMPASS}\s+(?:Side|End)|{_COMPASS}(?:side|town)"
    # a kind of quarter
    r"|(?:French|Latin|Old|Jewish|Arab|Chinese)\s+Quarter"
    r"|(?:Financial|Warehouse|Arts?|Garment|Theat(?:er|re)|Entertainment|Historic|Business"
    r"|Central\s+Business|Fashion|Meatpacking|Design)\s+District"
    r")",
    re.IGNORECASE,
)
# A district lies within a city's reach of the city's point.
NEAR_KM = 40.0


def is_shared_district(name: str) -> bool:
    """Whether the whole name is a district name many cities share (see the module doc)."""
    return _SHARED_DISTRICT.fullmatch(name.strip()) is not None


def _towns(mentions: list[Mention], key: str) -> list[GazetteerEntry]:
    """The towns the story places, under other names than ``key`` and not districts."""
    return [
        m.choice
        for m in mentions
        if m.key != key
        and m.choice is not None
        and m.choice.kind == GazetteerKind.CITY
        and not is_shared_district(m.surface)
    ]


def _near(place: GazetteerEntry, towns: list[GazetteerEntry]) -> float:
    return min(distance_km(place.latitude, place.longitude, t.latitude, t.longitude) for t in towns)


def settle_shared_districts(mentions: list[Mention]) -> set[int]:
    """Move each shared district name chosen over NEAR_KM from every town the story places to
    its namesake nearest one of those towns (within NEAR_KM), else forget its choice; a shared
    district name left without a choice (the gazetteer lacks it: "the South Side") is also to
    be placed by the story's towns. Only in a story that places a town; a name written with
    its place ("Old Town, Maine") is left alone. Returns the ids of the mentions moved,
    forgotten or unplaced (see district_resolution)."""
    settled: set[int] = set()
    for key in dict.fromkeys(m.key for m in sorted(mentions, key=lambda m: m.start)):
        group = [m for m in mentions if m.key == key]
        if any(m.qualifiers for m in group) or not is_shared_district(group[0].surface):
            continue
        towns = _towns(mentions, key)
        chosen = next((m.choice for m in group if m.choice is not None), None)
        if not towns or (chosen is not None and _near(chosen, towns) <= NEAR_KM):
            continue
        near = [c.place for c in group[0].candidates if _near(c.place, towns) <= NEAR_KM]
        choice = min(near, key=lambda p: _near(p, towns)) if near else None
        for m in group:
            m.choice = choice
            settled.add(id(m))
    return settled


def story_town(mentions: list[Mention], key: str) -> GazetteerEntry | None:
    """The town the story is set in: of the towns it places (see _towns), the one it names most
    often (a dateline counts), the first named on a tie; None when it places none."""
    towns = _towns(mentions, key)
    if not towns:
        return None
    counts = Counter(t.geonames_id for t in towns)
    top = counts.most_common(1)[0][0]
    return next(t for t in towns if t.geonames_id == top)


def district_resolution(mention: Mention, mentions: list[Mention]) -> Resolution:
    """A shared district name: its namesake in the story's towns, else at the town the story is
    set in (not the far city's district of the same name), with the town's kind."""
    choice = mention.choice
    if choice is not None:
        return Resolution(
            choice.name, choice.latitude, choice.longitude, choice.geonames_id, choice.kind,
            choice.country_code, 0.6, "resolved", f"a district name many cities share: the "
            f"namesake by the story's towns ({choice.name}, {choice.country_code})", None, [],
        )  # fmt: skip
    town = story_town(mentions, mention.key)
    estimate = estimated_near(
        mention,
        town,
        unresolved="a district name many cities share, in no town the story places",
        placed="a district name many cities share: placed in {near}, the town the story names "
        "most (its namesakes lie in other cities)",
    )
    # A part of the town: as fine as the town, not the kind of some far namesake (Anguilla's
    # "West End" is a whole division) that the mention would otherwise keep.
    return estimate if town is None else replace(estimate, kind=town.kind)
