"""A town named only for where someone lives says nothing of where a story is set, when the
story names other scene places.

News names people by their home town ("the 20-year-old Camarillo resident", "a Norfield man").
A report of a town-hall meeting in Los Angeles that quotes a visitor from a town 80 km away
counts that town against Los Angeles as its setting, and the story's unplaced events then keep
no place. Where the person lives is not where the narration is: for the setting, a town the
scene names only so is left out when the story's scene places give no setting with it, as long
as the story still names its scene at least twice without it (a story already set keeps its
setting): a single place left ("his family held a vigil in X", "flown to a hospital in X") is a
side scene of a story about the resident, no setting of it. A town
also named otherwise ("a Paris man" in a story that writes "in Paris") keeps every mention, and a
story that names nothing else ("a UK man" in a story of the UK) still takes it
(events.place_roles).
"""

from __future__ import annotations

from stories.extraction.events import place_rules
from stories.extraction.events.context import MentionIndex
from stories.extraction.events.place_roles import whose_resident
from stories.extraction.events.sentence_places import pinned
from stories.extraction.events.setting import main_setting, wide
from stories.extraction.mentions import PlaceMention

# The scene mentions a story must still name once the residences are left out for those to set
# it: one place left ("held a vigil in X", "flown to a hospital in X") is a side scene, no
# setting.
_TRUSTED = 2


def without_residences(scene: list[PlaceMention], index: MentionIndex) -> list[PlaceMention]:
    """When the scene places give no setting, those less the ones that only say where a person
    lives, of a place the scene names nowhere else ("a Paris man" in a story that also writes
    "in Paris" counts), unless fewer than two other pinned mentions of the scene are left."""
    if "resident scenes" not in place_rules.ENABLED or main_setting(scene) is not None:
        return scene
    residents = [whose_resident(p, index) for p in scene]
    elsewhere = {_key(p) for p, resident in zip(scene, residents, strict=True) if not resident}
    kept = [
        p
        for p, resident in zip(scene, residents, strict=True)
        if not resident or _key(p) in elsewhere
    ]
    if len(kept) == len(scene) or sum(pinned(p) and not wide(p) for p in kept) < _TRUSTED:
        return scene
    return kept


def _key(place: PlaceMention) -> tuple[str, str]:
    return ((place.name or place.text).casefold(), place.country_code)
