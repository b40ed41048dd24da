"""Where an undated-line story is set when its scene places are silent: the place it keeps naming.

A local story without a dateline ("Harwick will refund the fee ... Harwick taxpayers ... the
Harwick-based firm") often names its town only as an owner, a modifier or inside an
institution's name ("the Harwick Civic Center"), none of which the setting counts as the scene,
and the recogniser may keep only one of those mentions as a place. The paper's readers know
where the story is: the town it writes first and again and again. When the story has no
dateline and its scene places give no setting, the first place it writes is the setting if it is
a town or county written at least `_MIN_WRITTEN` times and `_MARGIN` times as often as any other
place (a place inside it, or its state or country, aside).

A short story's headline counts for more than a line of its body: a dateline-less story whose
headline names a town ("Harwick man jailed") and whose body writes it again, at least `_MARGIN`
times as often as any other place, is set there though it writes the town only twice; the
headline is where the paper tells its readers where the story is (`_HEADLINE_MIN_WRITTEN`).

The same count narrows a wider setting: a dateline-less story whose places all lie in one state
or country, and which writes one town or state inside it first and most, is set there, as a
dated story is set in its dateline's city rather than in that city's state.
"""

from __future__ import annotations

import re

from stories.company_names import written_as_company
from stories.extraction.events import place_rules
from stories.extraction.events.lead_setting import narrowed_within
from stories.extraction.events.setting import AREA_KINDS, main_setting, related, wide
from stories.extraction.mentions import PlaceMention
from stories.paragraphs import HEADLINE_WORDS, sentence_ends

_MIN_WRITTEN = 3
_HEADLINE_MIN_WRITTEN = 2  # once in the headline, once in the body
_MARGIN = 2  # times as often as any other place
_TOWN_KINDS = frozenset({"city", "admin2"})


def story_setting(
    scene: list[PlaceMention],
    places: list[PlaceMention],
    text: str,
    home: PlaceMention | None,
    *,
    lead: PlaceMention | None = None,
) -> PlaceMention | None:
    """The setting the scene places give (see `setting.main_setting`), else, for a story
    without a dateline, the town it keeps writing. A story without a dateline whose setting is
    a country, state or region is set where its lead happens inside it (events.lead_setting),
    else at the place inside it that it writes first and most (`written_within`)."""
    setting = main_setting(scene) or written_setting(text, places, home)
    if home is not None:
        return setting  # the dateline's city narrows the setting (events.placing)
    if "lead within setting" in place_rules.ENABLED:
        setting = narrowed_within(lead, setting)
    if "written within" in place_rules.ENABLED:
        setting = written_within(setting, text, places)
    return setting


def written_setting(
    text: str, places: list[PlaceMention], home: PlaceMention | None
) -> PlaceMention | None:
    """The town a dateline-less story writes first and most, when it outnumbers each other
    place the story writes (one inside it or around it aside) at least twice over."""
    if home is not None:
        return None
    headline = _headline_end(text) if "headline town" in place_rules.ENABLED else 0
    town = _most_written(text, places, headline=headline)
    return town if town is not None and town.kind in _TOWN_KINDS else None


def written_within(
    setting: PlaceMention | None, text: str, places: list[PlaceMention]
) -> PlaceMention | None:
    """A country or state setting narrowed to the place inside it that the story writes first
    and most (`_MIN_WRITTEN` times, `_MARGIN` times as often as any other place but those
    around or inside it): a story of one state told with the country's other places named in
    passing is set in that state, as its readers take it."""
    if setting is None or setting.kind not in AREA_KINDS:
        return setting
    return narrowed_within(_most_written(text, places), setting)


def _most_written(
    text: str, places: list[PlaceMention], *, headline: int = 0
) -> PlaceMention | None:
    """The pinned place the text writes first, when it writes it at least `_MIN_WRITTEN`
    times (`_HEADLINE_MIN_WRITTEN` when the first is in the headline ending at `headline`)
    and `_MARGIN` times as often as each other place not around or inside it. A name
    the story also writes as a company's ("Ashby Corp.") is the company's each time, not a
    place's (stories.company_names)."""
    distinct: dict[str, PlaceMention] = {}
    for place in places:
        if (
            place.latitude is not None
            and not wide(place)
            and not written_as_company(text, place.text)
        ):
            distinct.setdefault(place.text.casefold(), place)
    written = {key: _writings(text, place.text) for key, place in distinct.items()}
    written = {key: found for key, found in written.items() if found}
    if not written:
        return None
    first = min(written, key=lambda key: written[key][0])
    minimum = _HEADLINE_MIN_WRITTEN if written[first][0] < headline else _MIN_WRITTEN
    if len(written[first]) < minimum:
        return None
    for key, found in written.items():
        if key == first or related(distinct[key], distinct[first]):
            continue
        if len(written[first]) < _MARGIN * len(found):
            return None
    return distinct[first]


def _headline_end(text: str) -> int:
    """Where the text's first sentence ends when it is short enough to be a headline
    (`HEADLINE_WORDS` words at most; a short lead counts as well, for it too says where the
    story is); 0 when the text opens with a longer sentence or is one sentence."""
    first_line = text.split("\n", 1)[0]
    ends = sentence_ends(first_line)
    if not ends or len(first_line[: ends[0]].split()) > HEADLINE_WORDS:
        return 0
    return ends[0]


def _writings(text: str, name: str) -> list[int]:
    """Where the text writes the name as a word of its own (also inside longer names)."""
    return [m.start() for m in re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)", text)]
