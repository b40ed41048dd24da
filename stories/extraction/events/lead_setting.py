"""A dateline-less story whose lead states a place inside its setting is set at that place.

A story's setting (events.setting) is the one place nearly all its mentions lie in; a local
story that names several towns of one state ("a fire near Harwick ... closed the road between
Ashby and Dunmore") gets the state. Its lead, though, says where the story happens ("A fire
near Harwick threatened homes"), and its unplaced events ("The fire started Thursday") happened
there rather than anywhere in the state, as a story filed from a city is set in that city and
not in its state. So, as for the dateline, the lead's place narrows a wider setting around it.
"""

from __future__ import annotations

from stories.extraction.events.setting import AREA_KINDS, within
from stories.extraction.mentions import PlaceMention


def narrowed_within(
    inner: PlaceMention | None, setting: PlaceMention | None
) -> PlaceMention | None:
    """The story's setting, narrowed to `inner` (the lead's place, or the place the story
    writes first and most: events.written_setting) when that is a narrower place inside a
    country, state or region setting; otherwise the setting as it was."""
    if inner is None or setting is None or setting.kind not in AREA_KINDS:
        return setting
    if not _narrower(inner, setting) or not within(inner, setting):
        return setting
    return inner


def _narrower(inner: PlaceMention, outer: PlaceMention) -> bool:
    """Whether `inner` is a finer kind of place than `outer`. A county ranks with its state
    for a clause's most specific place, but as a story's setting it is the narrower one: a
    story that keeps writing one county of a state is set in that county."""
    if inner.kind == "admin2" and outer.kind == "admin1":
        return True
    return inner.specificity > outer.specificity
