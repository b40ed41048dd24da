"""Dates a clause's neighbouring sentence gives it, where the narrative rules gave none or
only the reporter's now.

The narrative rules (events.dates) leave a plan with no time of its own undated, and date a
present perfect with no time of its own at the publication day. Two news habits tell more:

- a plan told right after a sentence (in its paragraph or the one before) that names the
  coming time of the happening it goes on about ("The Hawks take the court on Friday. The
  team will start the game with two players.") is a plan for that time: the writer does
  not repeat it (a plan whose sentence names a time of its own, "at the end of the
  season", even one no day can be read from, is for that time);
- a present perfect further down a story than its lead (where it is the fresh news) that
  sums up a deed, followed at once by a sentence that opens on the past day (or week or
  month) the story of that deed is told from and goes on about the same deed or its doers
  ("The firm has turned down one offer. On May 4, a buyer offered …"), happened then, not
  on the day the paper came out: the sentence after is its account (one about something
  else tells no day of it);
- a plan with no coming time near it, given out by a saying on a recent day told before it
  in its sentence ("On Monday, the mayor said she would veto the bill"), is dated by that
  day when the plan is what the saying gave out (told in the saying's complement, not a
  clause beside it): the one date the story gives it is its announcement's.

Each is marked inferred, its rule ("plan_carried", "elaborated", "announced") in the
provenance.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence

from spacy.tokens import Doc, Span

from stories.extraction.events.dates import event_date, with_inferred_date
from stories.extraction.events.event_dates import EventDate
from stories.extraction.events.folding import anchor_of
from stories.extraction.events.lexicon import FORESEEN
from stories.extraction.events.narrative_points import (
    STORY_DAYS,
    in_lead,
    paragraph_starts,
    recent_before,
)
from stories.extraction.mentions import EventCandidate

# How far into its sentence a time may stand and still open it ("On Jan. 4, …").
_OPENING = 25
_POINTS = ("day", "week", "month")


def perfects_elaborated(
    events: list[EventCandidate],
    *,
    text: str,
    times: Sequence,
    sentences: Sequence[tuple[int, int]],
    published: dt.date | None,
    tense_of: Callable[[EventCandidate], str],
    doc: Doc,
) -> list[EventCandidate]:
    """The events, a present perfect dated only at publication given the past day the next
    sentence opens on, or its week or month (see the module's docstring)."""
    if published is None:
        return events
    anchors = _anchors(times)
    paragraphs = paragraph_starts(text)

    def elaborated(event: EventCandidate, index: int) -> _Told:
        lead = in_lead(event.start, paragraphs)  # the lead's is news
        if lead or not (_at_publication(event) and tense_of(event) == "perfect"):
            return None
        date = _opening_point_after(index, sentences, anchors, text, published)
        if date is None or not _goes_on_about(event, sentences[index + 1], doc):
            return None
        return date, "elaborated"

    return _redated(events, sentences, elaborated)


def plans_carried(
    events: list[EventCandidate],
    *,
    text: str,
    times: Sequence,
    sentences: Sequence[tuple[int, int]],
    published: dt.date | None,
    doc: Doc,
) -> list[EventCandidate]:
    """The events, a plan left undated given the coming time the sentence before names, or
    the recent day it was given out on (see the module's docstring). Run on the events kept:
    a plan too idle to keep undated (events.prospects) is not kept for a time it only
    borrows."""
    if published is None:
        return events
    anchors = _anchors(times)

    def carried(event: EventCandidate, index: int) -> _Told:
        if event.date_start is not None or event.certainty not in FORESEEN:
            return None
        date = _coming_time_before(index, sentences, anchors, text, published)
        if date is not None:
            own_time = _names_a_time(sentences[index], doc)
            return None if own_time else (date, "plan_carried")
        date = _announced_on(event, index, sentences, anchors, published, doc)
        return None if date is None else (date, "announced")

    return _redated(events, sentences, carried)


# A date a neighbour gives an event and the rule that gave it, or None.
_Told = tuple[EventDate, str] | None


def _redated(
    events: list[EventCandidate],
    sentences: Sequence[tuple[int, int]],
    told: Callable[[EventCandidate, int], _Told],
) -> list[EventCandidate]:
    """The events, each in a sentence given the date `told` reads for it from its sentence's
    index (the walk both rules share)."""
    found: list[EventCandidate] = []
    for event in events:
        index = _sentence_of(event, sentences)
        date = told(event, index) if index is not None else None
        found.append(event if date is None else with_inferred_date(event, *date))
    return found


def _anchors(times: Sequence) -> list[tuple[int, EventDate]]:
    return sorted(
        ((t.start, date) for t in times if (date := event_date(t)) is not None),
        key=lambda a: a[0],
    )


def _sentence_of(event: EventCandidate, sentences: Sequence[tuple[int, int]]) -> int | None:
    return next((i for i, (s, e) in enumerate(sentences) if s <= event.start < e), None)


def _at_publication(event: EventCandidate) -> bool:
    return bool(event.extra.get("date_inferred")) and event.extra.get("date_from") == (
        "publication"
    )


def _adjacent(first: tuple[int, int], second: tuple[int, int], text: str) -> bool:
    """Whether two sentences run on in one paragraph as written: no line break between them
    (a paragraph inferred in unbroken text may open on the very time that tells the deed)."""
    return "\n" not in text[first[0] : second[1]].strip()


def _next_to(first: tuple[int, int], second: tuple[int, int], text: str) -> bool:
    """Whether two sentences follow one another with at most a paragraph break between them:
    wire copy gives most sentences a paragraph of their own."""
    return text[first[0] : second[1]].strip().count("\n\n") <= 1


def _coming_time_before(
    index: int,
    sentences: Sequence[tuple[int, int]],
    anchors: list[tuple[int, EventDate]],
    text: str,
    published: dt.date,
) -> EventDate | None:
    """The last coming day, week or month the sentence before names, when the plan's own
    sentence names no time."""
    start, end = sentences[index]
    if index == 0 or any(start <= at < end for at, _ in anchors):
        return None
    before = sentences[index - 1]
    if not _next_to(before, (start, end), text):
        return None
    coming = [
        date for at, date in anchors if before[0] <= at < before[1] and _coming(date, published)
    ]
    return coming[-1] if coming else None


def _coming(date: EventDate, published: dt.date) -> bool:
    """A day, week or month still ahead of the publication day."""
    return date.precision in _POINTS and date.start > published


def _opening_point_after(
    index: int,
    sentences: Sequence[tuple[int, int]],
    anchors: list[tuple[int, EventDate]],
    text: str,
    published: dt.date,
) -> EventDate | None:
    """The past day, week or month the next sentence of the paragraph opens on, when the
    perfect's own sentence names no time."""
    start, end = sentences[index]
    if index + 1 >= len(sentences) or any(start <= at < end for at, _ in anchors):
        return None
    after = sentences[index + 1]
    if not _adjacent((start, end), after, text):
        return None
    opening = [
        date
        for at, date in anchors
        if after[0] <= at < after[0] + _OPENING and date.precision in _POINTS
    ]
    if not opening or opening[0].start >= published:
        return None
    return opening[0]


# A saying that gives out an intention: "said she would", "vowed to", "announced it will".
_SAYINGS = frozenset({"say", "announce", "tell", "pledge", "vow", "promise"})
# The saying's complement, where what it gives out is told: "said (that) she would …",
# "vowed to …", "announced plans to …".
_COMPLEMENTS = frozenset({"ccomp", "xcomp", "dobj", "obj"})


def _announced_on(
    event: EventCandidate,
    index: int,
    sentences: Sequence[tuple[int, int]],
    anchors: list[tuple[int, EventDate]],
    published: dt.date,
    doc: Doc,
) -> EventDate | None:
    """The recent past day a saying before the plan in its sentence was made on ("On
    Thursday, the governor said she would reject…"), when the plan is told in that saying's
    complement: the plan is news of the day it was given out, the one date the story gives
    it. A plan in a clause beside the saying ("police said …; the city will hold a vigil")
    was not given out by it."""
    start = sentences[index][0]
    days = [
        date
        for at, date in anchors
        if start <= at < event.start
        and date.precision == "day"
        and recent_before(date.start, published, STORY_DAYS)
    ]
    if not days or not _given_out(event, start, doc):
        return None
    return days[-1]


def _given_out(event: EventCandidate, start: int, doc: Doc) -> bool:
    """Whether the plan's word lies in the complement of a saying told before it in its
    sentence (from `start`)."""
    anchor = anchor_of(event, doc)
    span = doc.char_span(start, event.start, alignment_mode="expand")
    if anchor is None or span is None:
        return False
    for token in span:
        if token.lemma_.lower() not in _SAYINGS or token.pos_ not in ("VERB", "AUX"):
            continue
        complements = (c for c in token.children if c.dep_ in _COMPLEMENTS)
        if any(c.left_edge.i <= anchor.i <= c.right_edge.i for c in complements):
            return True
    return False


# The doers and undergoers of a deed, and a pronoun that may stand for them.
_ARGUMENTS = frozenset({"nsubj", "nsubjpass", "dobj", "obj", "poss"})
_PRONOUNS = frozenset({"he", "she", "they", "him", "her", "them", "his", "their", "it", "its"})


def _goes_on_about(event: EventCandidate, after: tuple[int, int], doc: Doc) -> bool:
    """Whether the next sentence goes on about the perfect's deed: it repeats the perfect's
    verb, the head word of its subject or object, or a pronoun that can stand for them. A
    sentence about something else ("The city has hired a chief. On Monday, protesters
    marched") is no account of it."""
    anchor = anchor_of(event, doc)
    span = doc.char_span(after[0], after[1], alignment_mode="expand")
    if anchor is None or span is None:
        return False
    heads = {c.lemma_.lower() for c in anchor.children if c.dep_ in _ARGUMENTS}
    heads.add(anchor.lemma_.lower())
    told = {t.lemma_.lower() for t in span}
    return bool(heads & told) or any(t.lower_ in _PRONOUNS for t in span)


def _names_a_time(sentence: tuple[int, int], doc: Doc) -> bool:
    """Whether a sentence names a time of its own (a date or time the tagger finds, "at the
    end of the season"), whether or not a day can be read from it."""
    span: Span | None = doc.char_span(sentence[0], sentence[1], alignment_mode="expand")
    return span is not None and any(e.label_ in ("DATE", "TIME") for e in span.ents)
