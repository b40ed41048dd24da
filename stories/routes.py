"""Routes on the story map: the journeys of the people who travel, and only theirs.

A line joining every dated event in date order says nothing (it jumps from a summit to a
war to a plane someone else took). A route is drawn for an actor, a person named in several
dated events of movement (leaves, arrives, crosses, flies…) at two or more pinned places,
one route per actor. A leg towards a planned, expected or speculated stop is marked so, for the
map to dash it.
"""

from __future__ import annotations

import re
from collections import defaultdict

from stories.models import Event, EventQuerySet

#: Lemmas of the verbs that move someone from one place to another (`Event.trigger`).
MOVEMENT_LEMMAS = frozenset(
    {
        "arrive",
        "board",
        "cross",
        "depart",
        "drive",
        "enter",
        "fly",
        "head",
        "land",
        "leave",
        "reach",
        "return",
        "sail",
        "travel",
        "visit",
    }
)

#: The same verbs as a title writes them, for events whose trigger was not recorded.
MOVEMENT_WORDS = re.compile(
    r"\b(arriv\w*|board\w*|cross\w*|depart\w*|drive\w*|drove|enter\w*|fl(?:y|ies|ew|own|ying)|"
    r"heads?|headed|land(?:s|ed|ing)?|leav\w*|left|reach\w*|return\w*|sail\w*|travel\w*|visit\w*)\b",
    re.IGNORECASE,
)

UNCERTAIN = (Event.Certainty.PLANNED, Event.Certainty.EXPECTED, Event.Certainty.SPECULATED)


def is_movement(*, trigger: str, title: str) -> bool:
    if trigger:
        return trigger.lower() in MOVEMENT_LEMMAS
    return bool(MOVEMENT_WORDS.search(title))


def traveller_routes(events: EventQuerySet) -> list[dict[str, object]]:
    """One route per person who travels: [{"actor", "stops": [[lat, lon, uncertain], …]}].

    Stops follow the events' dates; consecutive events at one place make one stop. Denied
    events move nobody. One query, whatever the story's size.
    """
    # One join from the events, not a subquery of them: PostgreSQL planning from stale
    # statistics (rows written since the last ANALYZE, as in one long transaction) ran such a
    # subquery once per row of the join, for minutes at 2,000 events.
    rows = (
        events.filter(
            date_start__isnull=False,
            place__latitude__isnull=False,
            place__longitude__isnull=False,
            people__isnull=False,
            # The trigger says it when recorded; only events without one need their title read.
            trigger__in=[*MOVEMENT_LEMMAS, ""],
        )
        .exclude(certainty=Event.Certainty.DENIED)
        .order_by("people__name", "date_start", "id")
        .values_list(
            "people__name",
            "trigger",
            "title",
            "certainty",
            "place_id",
            "place__latitude",
            "place__longitude",
        )
    )
    journeys: dict[str, list[tuple[int, float, float, bool]]] = defaultdict(list)
    for name, trigger, title, certainty, place_id, lat, lon in rows:
        if not is_movement(trigger=trigger, title=title):
            continue
        stops = journeys[name]
        if stops and stops[-1][0] == place_id:
            continue
        stops.append((place_id, lat, lon, certainty in UNCERTAIN))
    return [
        {
            "actor": name,
            "stops": [[round(lat, 5), round(lon, 5), dashed] for _, lat, lon, dashed in stops],
        }
        for name, stops in journeys.items()
        if len({stop[0] for stop in stops}) >= 2
    ]
