"""Which place narration carries to the next sentence, when the sentence before placed more
than one happening, or placed it only by its country.

- A temporal side clause ("..., after two hikers went missing in X", "before the team moved to
  Y") tells another, earlier or later, happening: its place is that happening's, not where the
  sentence's narration stands. When the sentence's main clause was placed, the next sentence
  carries the main clause's place: "Officials in A confirmed a new case, after two people fell
  ill in B. A farmer had caught it while hunting." happened in A.
- A paragraph whose first sentence names no place goes on where the paragraph before ended
  ("The ministry unveiled a plan in Norland. / Builders protested against it."), when its
  last sentence was placed: a new paragraph moves the narration only when it says where to.
  It is the weakest clue (the dateline, the setting, the lead and an actor's home all come
  first), and it places no background event, for which a paragraph often turns to an older
  story.
- A departure's place is where the mover was, and is no longer: "The ferry left Dover on Monday
  and arrived on Tuesday" did not arrive in Dover, so narration does not carry the place of a
  departure to an arrival or a return that follows it.
- A country carried from the sentence before is the widest scene a sentence can state ("the
  role of the crown in Norland rests with its people"); when the reporter files from a city
  inside it, that city says where the story's own days happen more finely, as the dateline
  does for any sentence that names no place.
"""

from __future__ import annotations

from dataclasses import dataclass

from stories.extraction.conjunctions import TEMPORAL_OPENERS
from stories.extraction.events import place_rules
from stories.extraction.events.context import MentionIndex
from stories.extraction.events.homes import event_word
from stories.extraction.events.older_stories import continues_older_story
from stories.extraction.events.setting import within
from stories.extraction.mentions import EventCandidate, PlaceMention

# How far up the parse a side clause may sit above the event's word ("after X was found dead
# in Y": found → after).
_REACH = 6


def in_temporal_side_clause(event: EventCandidate, index: MentionIndex) -> bool:
    """Whether the event's word sits in an adverbial clause opened by "after", "before",
    "since", "until", "once" (or a preposition of those heading a clause: "after fleeing to
    Y"), so that it tells a happening beside the one its sentence narrates."""
    anchor = event_word(event, index)
    if anchor is None:
        return False
    token = anchor
    for _ in range(_REACH):
        if token.dep_ == "advcl" and any(
            c.dep_ == "mark" and c.lower_ in TEMPORAL_OPENERS for c in token.children
        ):
            return True
        if token.dep_ in ("pcomp", "pobj") and token.head.lower_ in TEMPORAL_OPENERS:
            return token.head.head != token.head  # the opener hangs on the main clause
        if token.dep_ == "ROOT" or token.head == token or token.dep_ in ("ccomp", "relcl"):
            return False
        token = token.head
    return False


@dataclass
class Narration:
    """Where the narration of a paragraph was last placed: paragraph, sentence, place."""

    paragraph: int
    sentence: int
    place: PlaceMention
    by_actor: bool = False  # the home, seat or owner of who acted, not a stated location
    left: bool = False  # placed by a departure: the place its mover left
    background: bool = False  # placed for a background happening: the older story's place


# Where an event's place came from, when narration carries it: a stated place.
CARRIED_SOURCES = frozenset({"clause", "relative", "venue", "sentence", "previous sentence"})
# Happenings that end a journey somewhere, and those that start one from where it was placed.
_ARRIVALS = frozenset({"arrive", "return"})
_DEPARTURES = frozenset({"depart", "flee"})


def narration_after(
    event: EventCandidate, paragraph: int, sentence: int, place: PlaceMention, source: str
) -> Narration:
    """Where the narration stands after `event`, placed at `place` from `source`."""
    left = event.extra.get("class") in _DEPARTURES and _on("left behind")
    return Narration(
        paragraph, sentence, place, source not in CARRIED_SOURCES, left, event.background
    )


def carried_sources() -> frozenset[str]:
    """The sources of a place narration carries to the next sentence: a stated one, and with
    "actors carried" the home, seat or owner of the body that acted."""
    if _on("actors carried"):
        return CARRIED_SOURCES | {"owner", "home", "seat"}
    return CARRIED_SOURCES


def carries_to(last: Narration, event: EventCandidate) -> bool:
    """Whether the narration's place may be carried to `event`: not the place a mover just
    left to an arrival or a return."""
    return not (last.left and event.extra.get("class") in _ARRIVALS)


def _on(rule: str) -> bool:
    return rule in place_rules.ENABLED


def opens_on(
    last: Narration,
    paragraph: int,
    sentence: int,
    named: dict[int, list[PlaceMention]] | None,
    certainty: str,
    background: bool = False,
    *,
    quiet: bool = False,
    relative: bool = False,
) -> bool:
    """Whether the sentence opens the paragraph right after the one whose last sentence placed
    the narration (`last`), and names no pinned place of its own (`named`), so that the
    narration goes on where it stood (events.placing asks only when no other clue places the
    event, and not for a background event: the paragraph may turn to an older story, unless
    the paragraph before was telling that older story too, events.older_stories). Only a
    happening told as done or under way goes on there: where a plan will happen is for the
    story to say ("will meet after the forum, but did not say where"). `quiet`: the sentences
    between the placed one and this are quiet (events.quiet_sentences), so the paragraph before
    still ended where that one placed it. `relative`: the event is told of someone named by
    their tie to another (events.older_stories.told_of_a_relative)."""
    if not {"paragraph openings", "carried"} <= place_rules.ENABLED:
        return False
    if certainty not in ("occurred", "ongoing"):
        return False
    if not continues_older_story(background, last.background, relative):
        return False
    follows = last.paragraph == paragraph - 1 and (sentence - last.sentence <= 1 or quiet)
    return follows and not (named or {}).get(sentence)


def finer_than_carried(
    carried: PlaceMention, dateline: PlaceMention | None, certainty: str, background: bool
) -> bool:
    """Whether the dateline should stand for a country carried from the sentence before: the
    country holds the dateline's city, and the event is one of the story's own days that the
    dateline places (not background, not a plan)."""
    if dateline is None or carried.kind != "country" or background:
        return False
    if certainty not in ("occurred", "ongoing"):
        return False
    return dateline.kind != "country" and within(dateline, carried)
