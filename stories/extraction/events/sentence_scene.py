"""One sentence, one scene: an unplaced event takes the place a later event of its sentence
states.

Narration carries a place forward (events.placing: the sentence before, the events before in
the sentence), but a sentence often names its place only after its first event: "The curfew,
imposed last week, was lifted by the Norland city council on Monday" places the lifting in
Norland through the council that acts there, and the curfew it lifted was imposed there too.
An event that nothing in its own sentence placed (no place, or only a story-wide default: the
dateline, the setting, the lead, the sentence before) takes the place of the first later event
of its sentence whose own clause or acting body placed it (a default says nothing about the
sentence), when that event governs it or is joined to what governs it ("was
imposed ... and lifted by"), not when it only describes something in a clause of its own ("X,
who died in Y, had denied it" says where X died, not where X denied), nor when the earlier
is what it deals with ("condemned the bombing at a rally in Y": the bombing was elsewhere).
A happening named long before the story ("a 2010 raid") takes nothing from the narration
around it, as in events.placing.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import replace

from spacy.tokens import Token

from stories.extraction.events.context import MentionIndex
from stories.extraction.events.homes import event_word
from stories.extraction.events.mainline import named_long_before
from stories.extraction.mentions import EventCandidate

# Sources of a place the event's own sentence gave it (events.places, events.homes, seats).
SCENE_SOURCES = frozenset({"clause", "relative", "venue", "owner", "home", "seat"})
SCENE_CONFIDENCE = 0.6
# How a happening is what the governing verb deals with: "condemned the attack", "spoke of it".
_DEALT_WITH = frozenset({"dobj", "pobj", "dative", "attr", "oprd"})


def reach_back(
    events: list[EventCandidate], starts: list[int], index: MentionIndex
) -> list[EventCandidate]:
    """The events (in text order), each one unplaced or placed by a default taking the place of
    the first later event of its sentence placed by its own clause or actor. `starts` are the
    sentences' first offsets."""
    sentence_of = [bisect_right(starts, event.start) - 1 for event in events]
    result = list(events)
    for number, event in enumerate(events):
        if _placed_by_itself(event) or named_long_before(event):
            continue
        for later in range(number + 1, len(events)):
            if sentence_of[later] != sentence_of[number]:
                break
            other = events[later]
            source = other.provenance.get("place", {}).get("source")
            pinned = other.place is not None and other.place.latitude is not None
            if pinned and source in SCENE_SOURCES and _governs(other, event, index):
                result[number] = _placed(event, other)
                break
    return result


def _governs(later: EventCandidate, earlier: EventCandidate, index: MentionIndex) -> bool:
    """Whether the later event's word reaches the earlier's by climbing only through
    coordination (it is the earlier's governor, or joined to one of its governors), and the
    earlier is not what it deals with: a happening its object or a preposition names took
    place where it did, not where it was named."""
    word, governed = event_word(later, index), event_word(earlier, index)
    if word is None or governed is None:
        return False
    governors = {governed.i, *(token.i for token in governed.ancestors)}
    node: Token = word
    while node.i not in governors:
        if node.dep_ != "conj" or node.head == node:
            return False
        node = node.head
    below = governed
    while below != node:
        if below.dep_ in _DEALT_WITH:
            return False  # "condemned the bombing in a speech in X": the bombing was elsewhere
        below = below.head
    return True


def _placed(event: EventCandidate, other: EventCandidate) -> EventCandidate:
    place = other.place
    assert place is not None
    provenance = {"source": "same sentence", "confidence": SCENE_CONFIDENCE, "text": place.text}
    return replace(event, place=place, provenance={**event.provenance, "place": provenance})


DEFAULT_SOURCES = frozenset({"dateline", "setting", "lead", "previous sentence", "between"})


def _placed_by_itself(event: EventCandidate) -> bool:
    """Whether the event has a place of its own sentence, not a story-wide default."""
    if event.place is None:
        return False
    return event.provenance.get("place", {}).get("source") not in DEFAULT_SOURCES
