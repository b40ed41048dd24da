"""Local news's own scenes, read after events.placing has given every event its place: an
office holder's act where the office is (events.local_offices), an event at a venue the
gazetteer cannot pin in the town the text puts the venue in (events.venue_towns), an event
at an organisation named for a town, unplaced or placed only by the story's default (dateline,
setting, lead, the sentence before), in that town (events.org_towns), a patient's care in the
town of the one hospital the story names (events.care_sites)."""

from __future__ import annotations

from stories.extraction.events.care_sites import at_care_sites
from stories.extraction.events.context import MentionIndex
from stories.extraction.events.local_offices import at_offices
from stories.extraction.events.org_towns import at_org_towns
from stories.extraction.events.venue_towns import at_venue_towns
from stories.extraction.mentions import EventCandidate


def local_scenes(events: list[EventCandidate], index: MentionIndex) -> list[EventCandidate]:
    """The placed events, with local news's scenes read in."""
    placed = at_org_towns(at_offices(at_venue_towns(events, index), index), index)
    return at_care_sites(placed, index)
