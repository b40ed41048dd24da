"""Which places a sentence names, for events.placing to tell whether narration carried from
the sentence before still stands there.

A place carried because of who acted (the home or seat of a government, the owner named with
a body: "The X government extended the licence.") is weaker than a place the narration states:
the next sentence may well be about someone else, so it carries only when that sentence names
no place outside it ("X hailed the ruling. Y's officials had filed objections." does not put
the objections in X).
"""

from __future__ import annotations

from bisect import bisect_right

from stories.extraction.events.setting import related
from stories.extraction.mentions import PlaceMention


def names_another(named: dict[int, list[PlaceMention]], sentence: int, place: PlaceMention) -> bool:
    """Whether the sentence names a pinned place outside `place`: who acts there may be
    another ("Libya hailed the ruling. U.S. and British officials had filed objections.")."""
    return any(not related(other, place) for other in named.get(sentence, []))


def named_per_sentence(
    places: list[PlaceMention], starts: list[int]
) -> dict[int, list[PlaceMention]]:
    """The pinned places each sentence names (by sentence number, `starts` their offsets)."""
    named: dict[int, list[PlaceMention]] = {}
    for place in places:
        named.setdefault(bisect_right(starts, place.start) - 1, []).append(place)
    return named
