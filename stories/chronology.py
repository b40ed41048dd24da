"""Grouping a chronological run of events under the headings a reader expects.

An event dated to the day sits under its day ("Tuesday 14 May 2024"); one known only to the week,
month or year sits under that ("Week of 13 May 2024", "July 2023", "2019") rather than under a
day it did not happen on; undated events come last under "Undated". Groups follow the order of
the events given (the database orders them), so a month sits where its first day would.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field

from django.utils.dateformat import format as format_date

from stories.models import Event, EventQuerySet

UNDATED = "undated"


@dataclass(frozen=True)
class DateHeading:
    """What a group of events is filed under: a stable key, and its label for readers."""

    key: str
    label: str
    precision: str
    datetime: str  # the machine-readable value for <time datetime="…">, empty when undated


@dataclass
class DateGroup:
    heading: DateHeading
    events: list[Event] = field(default_factory=list)
    continued: bool = False  # the group began on an earlier page of the chronology

    @property
    def key(self) -> str:
        return self.heading.key

    @property
    def label(self) -> str:
        return self.heading.label


def date_heading(event: Event) -> DateHeading:
    """The heading an event belongs under, at the precision its date is known to."""
    start = event.date_start
    if start is None:
        return DateHeading(UNDATED, "Undated", Event.Precision.UNKNOWN, "")
    precision = event.date_precision
    if precision == Event.Precision.YEAR:
        return DateHeading(f"{start:%Y}", f"{start:%Y}", precision, f"{start:%Y}")
    if precision == Event.Precision.MONTH:
        return DateHeading(f"{start:%Y-%m}", format_date(start, "F Y"), precision, f"{start:%Y-%m}")
    if precision == Event.Precision.WEEK:
        monday = start - dt.timedelta(days=start.weekday())
        year, week, _ = start.isocalendar()
        return DateHeading(
            f"{year}-W{week:02d}",
            f"Week of {format_date(monday, 'j F Y')}",
            precision,
            f"{year}-W{week:02d}",
        )
    # Day precision, and a date whose precision nobody recorded: file it under its day.
    return DateHeading(
        start.isoformat(), format_date(start, "l j F Y"), Event.Precision.DAY, start.isoformat()
    )


def group_by_date(events: Iterable[Event], *, previous: Event | None = None) -> list[DateGroup]:
    """Consecutive events under the same heading form one group.

    `previous` is the event just before this run (the last one of the page before), so a day
    split across pages is marked as continued rather than announced twice.
    """
    groups: list[DateGroup] = []
    previous_key = date_heading(previous).key if previous is not None else None
    for event in events:
        heading = date_heading(event)
        if groups and groups[-1].key == heading.key:
            groups[-1].events.append(event)
        else:
            continued = not groups and heading.key == previous_key
            groups.append(DateGroup(heading=heading, events=[event], continued=continued))
    return groups


#: Events per page of the chronology; the next page loads as the reader scrolls.
PAGE_SIZE = 50


@dataclass
class ChronologyPage:
    groups: list[DateGroup]
    number: int
    has_next: bool


def paginate_chronology(
    events: EventQuerySet, *, number: int, size: int = PAGE_SIZE
) -> ChronologyPage:
    """One page of a chronological queryset, grouped by date, in a single query.

    It reads one row either side of the page: the one before tells whether the first group
    continues a day from the previous page, the one after whether there is a next page.
    """
    offset = (number - 1) * size
    rows = list(events[max(offset - 1, 0) : offset + size + 1])
    previous = rows.pop(0) if offset > 0 and rows else None
    has_next = len(rows) > size
    return ChronologyPage(
        groups=group_by_date(rows[:size], previous=previous), number=number, has_next=has_next
    )
