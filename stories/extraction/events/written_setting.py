"""Where an undated-line story is set when its scene places are silent: the place it keeps naming.

A local story without a dateline ("Harwick will refund the fee ... Harwick taxpayers ... the
Harwick-based firm") often names its town only as an owner, a modifier or inside an
institution's name ("the Harwick Civic Center"), none of which the setting counts as the scene,
and the recogniser may keep only one of those mentions as a place. The paper's readers know
where the story is: the town it writes first and again and again. When the story has no
dateline and its scene places give no setting, the first place it writes is the setting if it is
a town or county written at least `_MIN_WRITTEN` times and `_MARGIN` times as often as any other
place (a place inside it, or its state or country, aside).
"""

from __future__ import annotations

import re

from stories.extraction.events.setting import main_setting, related, wide
from stories.extraction.mentions import PlaceMention

_MIN_WRITTEN = 3
_MARGIN = 2  # times as often as any other place
_TOWN_KINDS = frozenset({"city", "admin2"})


def story_setting(
    scene: list[PlaceMention], places: list[PlaceMention], text: str, home: PlaceMention | None
) -> PlaceMention | None:
    """The setting the scene places give (see `setting.main_setting`), else, for a story
    without a dateline, the town it keeps writing."""
    return main_setting(scene) or written_setting(text, places, home)


def written_setting(
    text: str, places: list[PlaceMention], home: PlaceMention | None
) -> PlaceMention | None:
    """The town a dateline-less story writes first and most, when it outnumbers each other
    place the story writes (one inside it or around it aside) at least twice over."""
    if home is not None:
        return None
    distinct: dict[str, PlaceMention] = {}
    for place in places:
        if place.latitude is not None and not wide(place):
            distinct.setdefault(place.text.casefold(), place)
    written = {key: _writings(text, place.text) for key, place in distinct.items()}
    written = {key: found for key, found in written.items() if found}
    if not written:
        return None
    first = min(written, key=lambda key: written[key][0])
    town = distinct[first]
    if town.kind not in _TOWN_KINDS or len(written[first]) < _MIN_WRITTEN:
        return None
    for key, found in written.items():
        if key == first or related(distinct[key], town):
            continue
        if len(written[first]) < _MARGIN * len(found):
            return None
    return town


def _writings(text: str, name: str) -> list[int]:
    """Where the text writes the name as a word of its own (also inside longer names)."""
    return [m.start() for m in re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)", text)]
