"""Schedules inside an article: tour dates, itineraries, programmes, one event per line.

"June 9 – West Palm Beach, FL @ Coral Sky Amphitheatre", "Nov. 20 -- Arena, City, ST",
"Day 2: Kyoto". Such lists have no verbs, so the parse finds no clauses in them (or broken ones);
their shape is what says they are events. A list is at least two such lines; a lone line that
starts with a date is prose. The heading above the list ("Tour dates", "The Doobie Brothers
2020 Tour Dates") names who the list is about.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import replace

from stories.extraction.events.dates import EventDate, event_date
from stories.extraction.mentions import EventCandidate, PlaceMention

_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
_WEEKDAY = r"(?:(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs)?|Fri|Sat(?:ur)?|Sun)(?:day)?\.?,?\s+)"
_ENTRY = re.compile(
    rf"""^[ \t]*(?:{_WEEKDAY})?
    (?P<when>{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?(?:,?\s+\d{{4}})?|Day\s+\d{{1,2}})
    [ \t]*(?:--|–|—|-|:|\|)[ \t]*
    (?P<what>[^\n]{{3,160}})$""",
    re.MULTILINE | re.VERBOSE,
)
_LIST_WORDS = re.compile(
    r"\b(?:\d{4}\s+)?(?:tour\s+dates|dates|schedule|itinerary|programme|program|timeline)\b:?",
    re.IGNORECASE,
)
_YEAR = re.compile(r"\b(?:19|20)\d{2}\b")
_MIN_ENTRIES = 2
_MAX_HEADING = 80


def schedule_events(
    text: str, *, times: Iterable, places: list[PlaceMention], published: dt.date | None
) -> list[EventCandidate]:
    """One planned or past event per line of every date list in the text."""
    entries = list(_ENTRY.finditer(text))
    if len(entries) < _MIN_ENTRIES:
        return []
    times = list(times)
    subject = _heading(text, entries[0].start())
    stated_year = _stated_year(text[: entries[0].start()], published)
    events = []
    for entry in entries:
        start, end = entry.start("when"), entry.end("what")
        where = [p for p in places if entry.start("what") <= p.start < end]
        place = max(where, key=lambda p: (p.specificity, -p.start)) if where else None
        date = next(
            (
                d
                for t in times
                if t.start < entry.end("when")
                and entry.start("when") < t.end
                and (d := event_date(t)) is not None
            ),
            None,
        )
        if date is not None and stated_year and not _YEAR.search(entry.group("when")):
            date = _in_year(date, stated_year, published)
        certainty = "planned" if date and published and date.start > published else "occurred"
        if date is None:
            certainty = "planned"
        venue = _venue(entry.group("what"), place)
        title = " ".join(p for p in (subject, "at" if venue else "", venue) if p)
        if place is not None and (place.name or place.text) not in title:
            title += f" in {place.name or place.text}"
        events.append(
            EventCandidate(
                title=title[:1].upper() + title[1:],
                summary=text[entry.start() : end].strip(),
                quote=text[start:end],
                start=start,
                end=end,
                trigger="schedule",
                certainty=certainty,
                date_start=date.start if date else None,
                date_end=date.end if date else None,
                date_precision=date.precision if date else "unknown",
                date_text=date.text if date else "",
                place=place,
                provenance={"place": {"source": "schedule line", "confidence": 0.9}}
                if place
                else {},
                extra={"class": "schedule"},
            )
        )
    return events


def _stated_year(before: str, published: dt.date | None) -> int | None:
    """The year the article gives the coming list ("a 2020 tour"): the latest year named before
    it, when that is the publication year or later (a list announced looks ahead)."""
    years = [int(y) for y in _YEAR.findall(before)]
    if not years or published is None or max(years) < published.year:
        return None
    return max(years)


def _in_year(date: EventDate, year: int, published: dt.date | None) -> EventDate:
    """A year-less list date the resolver put before publication, moved to the stated year."""
    if published is None or date.start >= published or date.start.year == year:
        return date
    try:
        start = date.start.replace(year=year)
    except ValueError:  # 29 February
        return date
    return replace(date, start=start, end=None)


def city_spans(text: str) -> list[tuple[int, int]]:
    """Where each schedule line names its city ("June 9 – West Palm Beach, FL @ …"), for the
    place recognizers to resolve when they missed it."""
    entries = list(_ENTRY.finditer(text))
    if len(entries) < _MIN_ENTRIES:
        return []
    spans = []
    for entry in entries:
        what = entry.group("what").split("@", 1)[0]
        city = what.split(",", 1)[0].rstrip()
        if city and city[0].isupper() and "," in what:
            start = entry.start("what")
            spans.append((start, start + len(city)))
    return spans


def _heading(text: str, first_entry: int) -> str:
    """Who the list is about, from a short heading line just above it, if there is one."""
    before = text[:first_entry].rstrip().rsplit("\n", 1)[-1].strip()
    if not before or len(before) > _MAX_HEADING or before.endswith((".", "?", "!", '"', "”")):
        return "Scheduled date"
    subject = _LIST_WORDS.sub("", before).strip(" :–—-")
    return subject or "Scheduled date"


def _venue(what: str, place: PlaceMention | None) -> str:
    """The venue of a line: after "@" or "at", else the first comma part that is no place."""
    for marker in ("@", " at "):
        if marker in what:
            return what.split(marker, 1)[1].strip(" ,.")
    first = what.split(",", 1)[0].strip(" .")
    if place is not None and first in (place.text, place.name):
        return ""
    return first
