"""Whether a story is a local paper's, and where its background is set when it is not.

A local paper's places lie around its dateline: the town, its neighbours, its county and state.
There the dateline places what is planned and the story's background as well as today's news
(events.placing). A wire story filed from a capital names its country as often as the city, but
the country is not "around" the city: counting it would make every story from abroad local, and
put a president's dismissal of a judge years ago in the street the reporter filed from.

A story that is not local is set, for what it tells of the past, in its wider setting, the
country or state nearly all of its places lie in, not the dateline's city the setting is
narrowed to for today's news: the reporter stands in the city now, not when the background
happened.
"""

from __future__ import annotations

from stories.extraction.events.setting import gazetteer_admin1, related, wide
from stories.extraction.mentions import EventCandidate, PlaceMention

# Share of a story's pinned places that must lie around its dateline for it to be local (more).
LOCAL_SHARE = 0.5


def local_story(home: PlaceMention, places: list[PlaceMention], dateline_end: int = 0) -> bool:
    """Whether more than `LOCAL_SHARE` of the story's pinned places (the dateline's included)
    lie around its dateline, in or around the city or in its first-level division, as a local
    paper's do and a wire story's from abroad do not. A country is never around a city, unless
    the dateline itself names it ("LYON, France —"; `dateline_end` is where the dateline ends)."""
    region = gazetteer_admin1(home)
    near = [
        p
        for p in places
        if not wide(p)
        and (p.kind != "country" or p.start < dateline_end)
        and (
            related(p, home)
            or (p.country_code == home.country_code and region and gazetteer_admin1(p) == region)
        )
    ]
    counted = [p for p in places if not wide(p)]
    return bool(counted) and len(near) > LOCAL_SHARE * len(counted)


def setting_for(
    candidate: EventCandidate, setting: PlaceMention, background: PlaceMention | None
) -> PlaceMention:
    """The setting that places `candidate`: for a background event of a story that is not
    local, its wider setting `background` (when the story has one), else `setting`."""
    return background if candidate.background and background is not None else setting
