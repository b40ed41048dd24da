"""A dateline-less story whose lead states a place inside its setting is set at that place.

A story's setting (events.setting) is the one place nearly all its mentions lie in; a local
story that names several towns of one state ("a fire near Harwick ... closed the road between
Ashby and Dunmore") gets the state. Its lead, though, says where the story happens ("A fire
near Harwick threatened homes"), and its unplaced events ("The fire started Thursday") happened
there rather than anywhere in the state, as a story filed from a city is set in that city and
not in its state. So, as for the dateline, the lead's place narrows a wider setting around it.
"""

from __future__ import annotations

from stories.extraction.events.setting import within
from stories.extraction.mentions import PlaceMention

# Settings wide enough for a lead inside them to say more: a country, a state or a region.
WIDE_SETTINGS = frozenset({"country", "admin1", "region"})


def lead_within(lead: PlaceMention | None, setting: PlaceMention | None) -> PlaceMention | None:
    """The story's setting, narrowed to the lead's place when that lies inside a country,
    state or region setting; otherwise the setting as it was."""
    if lead is None or setting is None or setting.kind not in WIDE_SETTINGS:
        return setting
    if lead.specificity <= setting.specificity or not within(lead, setting):
        return setting
    return lead
