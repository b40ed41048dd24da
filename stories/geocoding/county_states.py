"""The one state every county the article writes lies in is the state of its namesakes.

Local news names its own counties, often only inside an office's name ("Titus County Sheriff's
Office") or a headline ("Former Hall County official named to Forsyth County post"). When
exactly one state holds a county of each name the article writes, that is where the story is:
Hall and Forsyth counties are both Georgia's only. The resolver weighs each name alone, so it
can take Hall County, Nebraska for "Hall", or let two towns pull each other to the state where
they happen to lie side by side (Mount Pleasant and Winfield, Iowa, in a story of Titus
County, Texas, where both towns lie too). county_cues.py moves a lone town only; this reads the
written counties together and moves every name the story set in another state, counties and
towns alike, when each has a namesake there (a county one of the written ones, a town near
one) and no place the story holds firmly lies in that other state (the state named, a name
qualified, a name none of the written counties' state has: then the story spans two states).
A county written only as where someone came from ("moved from Titus County") says nothing.
"""

from stories.geocoding.county_cues import NEAR_COUNTY_KM
from stories.geocoding.mention_reading import Mention
from stories.geocoding.namesake_evidence import FAMOUS_POPULATION
from stories.geocoding.places import GazetteerEntry, GazetteerKind, entries_km

State = tuple[str, str]
_MOVABLE = frozenset({GazetteerKind.CITY, GazetteerKind.ADMIN2})


def _state(place: GazetteerEntry) -> State:
    return place.country_code, place.admin1


def counties_state(
    counties: list[list[GazetteerEntry]],
) -> tuple[State, list[GazetteerEntry]] | None:
    """The one state holding a namesake of every written county, with those namesakes."""
    shared = set.intersection(*({_state(p) for p in namesakes} for namesakes in counties))
    if len(shared) != 1:
        return None
    state = next(iter(shared))
    return state, [p for namesakes in counties for p in namesakes if _state(p) == state]


def _namesake_in(
    mention: Mention, state: State, anchors: list[GazetteerEntry]
) -> GazetteerEntry | None:
    """The mention's namesake in ``state``: for a county, one of the written counties; for a
    town, its most populous namesake near one of them."""
    chosen = mention.choice
    if chosen.kind == GazetteerKind.ADMIN2:
        ids = {a.geonames_id for a in anchors}
        options = [c.place for c in mention.candidates if c.place.geonames_id in ids]
    else:
        options = [
            c.place
            for c in mention.candidates
            if c.place.kind == chosen.kind
            and c.match == "name"
            and _state(c.place) == state
            and any(entries_km(c.place, a) <= NEAR_COUNTY_KM for a in anchors)
        ]
    return max(options, key=lambda p: p.population, default=None)


def follow_county_state(mentions: list[Mention], counties: list[list[GazetteerEntry]]) -> None:
    """Move the story's places chosen outside the written counties' one state (`counties`,
    from county_cues.written_counties) to their namesakes there, a state's places all together
    or none of them."""
    resolved = [m for m in mentions if m.choice is not None]
    if not any(m.choice.kind in _MOVABLE and m.choice.country_code == "US" for m in resolved):
        return
    found = counties_state(counties) if counties else None
    if found is None:
        return
    state, anchors = found
    elsewhere: dict[State, list[Mention]] = {}
    for m in resolved:
        if m.choice.kind != GazetteerKind.COUNTRY and m.choice.country_code == state[0]:
            elsewhere.setdefault(_state(m.choice), []).append(m)
    elsewhere.pop(state, None)
    for group in elsewhere.values():
        if any(
            m.qualifiers
            or m.choice.kind not in _MOVABLE
            or m.choice.population >= FAMOUS_POPULATION
            for m in group
        ):
            continue
        moves = [(m, _namesake_in(m, state, anchors)) for m in group]
        if all(place is not None for _, place in moves):
            for m, place in moves:
                m.choice = place
