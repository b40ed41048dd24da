"""A place the gazetteer lacks, named after a state but before any town, lies in that state.

story_focus puts a name the gazetteer lacks beside the story's nearest local place: the town
written last before it or, when none comes before, the first one after. That later town is a
poor anchor when the story has already named a state or province and the town lies outside it:
"Blast in Ruritania. ... in the village of X ... The capital denied it" puts X in Ruritania,
not beside the capital named two sentences later. The state, with its size as the radius, is
the better estimate then.
"""

from __future__ import annotations

from stories.geocoding.mention_reading import Mention
from stories.geocoding.places import BROAD_KINDS, GazetteerEntry, GazetteerKind
from stories.geocoding.story_evidence import within


def state_before(
    mention: Mention, mentions: list[Mention], near: GazetteerEntry | None
) -> GazetteerEntry | None:
    """The state or province written last before ``mention`` when no town or smaller place
    comes before it and ``near`` (the town written after it) lies outside that state; else
    None."""
    if near is None:
        return None
    before = [m for m in mentions if m.end <= mention.start and m.choice is not None]
    if any(m.choice.kind not in BROAD_KINDS for m in before):
        return None  # a town written before anchors the name (story_focus)
    states = [m for m in before if m.choice.kind == GazetteerKind.ADMIN1]
    if not states:
        return None
    state = max(states, key=lambda m: m.end).choice
    return None if within(near, state) else state
