"""Helpers that run one extraction step on a text written for a test.

Many event tests read which events, sites or frames a short text yields, and the date tests
each pick one clause of a text, make it an event candidate and ask `date_from_narrative` which
time dates it; these put that set-up in one place. The time tests read each time a text
names with its value (time_values), and some event tests read what a sentence adds after a lead
that reports a happening (triggers_after_lead).
"""

import datetime
import re
from collections.abc import Callable

from stories.extraction.analysis import analyse_text
from stories.extraction.events.dates import date_from_narrative
from stories.extraction.events.frames import frame_sites
from stories.extraction.events.sites import find_sites
from stories.extraction.mentions import EventCandidate
from stories.extraction.nlp import get_nlp
from stories.extraction.times import TimeMention, find_times
from tests.test_events import events_of


def clause_place(nlp, text: str, trigger: str) -> str | None:
    """The text of the place the clause of the event with `trigger` names itself (provenance
    source "clause"), or None when it names none or the place came from context."""
    event = next(e for e in events_of(nlp, text) if e.trigger == trigger)
    source = (event.provenance.get("place") or {}).get("source")
    return event.place.text if event.place and source == "clause" else None


def triggers(events: list[EventCandidate]) -> list[str]:
    """The trigger of each event, in order."""
    return [e.trigger for e in events]


#: A lead that reports a happening, for tests that ask what a sentence after it adds.
LEAD = "Councillors in Lyon voted on Monday to close the old library. "


def triggers_after_lead(nlp, text: str) -> list[str]:
    """The trigger of each event tests.test_events' events_of reads in LEAD + `text`, in order."""
    return triggers(events_of(nlp, LEAD + text))


def time_values(published: datetime.date) -> Callable[..., list[tuple[str, str | None]]]:
    """A reader of (text, value) of each time find_times sees in a text parsed by the
    pipeline's spaCy, published on `published` unless the call names another day."""
    nlp = get_nlp()

    def run(text: str, published: datetime.date = published) -> list[tuple[str, str | None]]:
        return [(m.text, m.value) for m in find_times(text, published=published, doc=nlp(text))]

    return run


def event_of(text: str, word: str, published: datetime.date) -> EventCandidate:
    """The first event analyse_text reads in `text`, published on `published`, whose trigger
    holds `word`."""
    events = analyse_text(text, published=published).events
    return next(e for e in events if word in e.trigger)


def with_trigger(events: list[EventCandidate], trigger: str) -> list[EventCandidate]:
    """The events whose trigger is `trigger`, in order."""
    return [e for e in events if e.trigger == trigger]


def site_triggers(doc) -> list[str]:
    """The trigger of each event site find_sites reads in a parsed `doc`, in order."""
    return [site.trigger for site in find_sites(doc)]


def frames_of(nlp, text: str) -> list[tuple[str, str]]:
    """(trigger, event class) of each frame site frame_sites reads in `text` parsed by `nlp`."""
    return [(s.trigger, s.event_class) for s in frame_sites(nlp(text))]


# A sentence for the tests' short texts: a run up to a full stop or a paragraph break.
_SENTENCE = re.compile(r"[^.\n]+\.?")


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """The (start, end) of each sentence of `text`, split at full stops and line breaks."""
    return [(m.start(), m.end()) for m in _SENTENCE.finditer(text)]


def event_candidate(
    text: str,
    clause: str,
    *,
    trigger: str = "t",
    certainty: str = "occurred",
    extra: dict | None = None,
    **stated,
) -> EventCandidate:
    """An event candidate quoting `clause`, found where it first stands in `text`;
    `stated` is the date the clause itself gave (date_start, date_precision, ...)."""
    start = text.index(clause)
    return EventCandidate(
        title="t",
        summary="",
        quote=clause,
        start=start,
        end=start + len(clause),
        trigger=trigger,
        certainty=certainty,
        extra={} if extra is None else extra,
        **stated,
    )


def narrative_date(
    text: str,
    clause: str,
    *,
    published: datetime.date,
    tense: str = "past",
    times: list[TimeMention] | None = None,
    **candidate,
) -> EventCandidate:
    """date_from_narrative on one clause of `text`, every verb read in `tense`, with the times
    find_times sees in `text` unless `times` are given; `candidate` goes to event_candidate."""
    [dated] = date_from_narrative(
        [event_candidate(text, clause, **candidate)],
        text=text,
        times=find_times(text, published=published) if times is None else times,
        sentences=sentence_spans(text),
        published=published,
        tense_of=lambda _: tense,
    )
    return dated
