"""Grouping a chronological run of events under the headings a reader expects.

An event dated to the day sits under its day ("Tuesday 14 May 2024"); one known only to the week,
month or year sits under that ("Week of 13 May 2024", "July 2023", "2019") rather than under a
day it did not happen on; undated events come last under "Undated". Groups follow the order of
the events given (the database orders them), so a month sits where its first day would.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from enum import StrEnum

from django.core.paginator import Paginator
from django.db.models import Count, Max, Min, Q
from django.db.models.functions import Coalesce
from django.utils import timezone
from django.utils.dateformat import format as format_date

from stories.credits import source_lines
from stories.models import Article, Event, EventQuerySet, Story

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


#: A summary longer than this is cut to its first clause.
SHORT_SUMMARY_CHARS = 160
CONNECTIVES = re.compile(r"^(?:but|and|so|yet|however|meanwhile|also|then)\b[,\s]*", re.IGNORECASE)


def short_summary(text: str, *, limit: int = SHORT_SUMMARY_CHARS) -> str:
    """The clause, not the paragraph: the first sentence, without a leading "But…", cut short."""
    text = " ".join(text.split())
    text = CONNECTIVES.sub("", text, count=1)
    text = re.split(r"(?<=[.!?])\s+(?=[A-Z“\"])", text, maxsplit=1)[0]
    if len(text) > limit:
        clause = re.split(r"[;:,—–]\s", text[:limit])[0]
        text = clause if len(clause) > limit // 3 else text[:limit].rsplit(" ", 1)[0]
        text = text.rstrip(",;: ") + "…"
    return text[:1].upper() + text[1:]


def add_short_summaries(events: list[Event]) -> None:
    """Give each event `short_summary`, empty when it repeats its title or an earlier summary.

    Several events drawn from one sentence share its text; a reader needs it once.
    """
    seen: set[str] = set()
    for event in events:
        summary = short_summary(event.summary) if event.summary else ""
        key = summary.lower().rstrip(".…")
        if not key or key in seen or key == event.title.lower().rstrip("."):
            event.short_summary = ""
            continue
        seen.add(key)
        event.short_summary = summary


#: Events per page of the chronology; the next page loads as the reader scrolls.
PAGE_SIZE = 50


@dataclass
class ChronologyPage:
    groups: list[DateGroup]
    number: int
    has_next: bool
    has_previous: bool = False
    count: int = 0  # events in the whole (filtered) run, not just this page


def paginate_chronology(
    events: EventQuerySet,
    *,
    number: int | str | None,
    size: int = PAGE_SIZE,
    count: int | None = None,
) -> ChronologyPage:
    """One page of a chronological queryset, grouped by date.

    `Paginator.get_page` forgives any page number (a word, zero, 10**30): the reader gets the
    first or last page rather than an error. The row before the page tells whether its first
    group continues a day from the previous page.
    """
    paginator = Paginator(events, size)
    if count is not None:  # already counted with the other sections: spare a query
        paginator.__dict__["count"] = count
    page = paginator.get_page(number)
    offset = (page.number - 1) * size
    # The page and the row before it, in one query.
    rows = list(events[max(offset - 1, 0) : offset + size])
    previous = rows.pop(0) if offset > 0 and rows else None
    add_short_summaries(rows)
    for event in rows:
        event.source_lines = source_lines(event.sources.all())
    return ChronologyPage(
        groups=group_by_date(rows, previous=previous),
        number=page.number,
        has_next=page.has_next(),
        has_previous=page.has_previous(),
        count=page.paginator.count,
    )


# ---- main line and background ---------------------------------------------------------------

#: Days before the first article's publication still counted as the story's own days.
MAIN_LINE_MARGIN = dt.timedelta(days=3)


class Section(StrEnum):
    """Where an event sits on the page: the story's own days, the history behind it, or no date."""

    MAIN = "main"
    BACKGROUND = "background"
    UNDATED = "undated"


SECTION_TITLES = {
    Section.MAIN: "Chronology",
    Section.BACKGROUND: "Background",
    Section.UNDATED: "Undated",
}


@dataclass(frozen=True)
class MainLine:
    """The story's main line: the days its articles report, a few days either side.

    An event is background when the pipeline or an editor says so (`Event.background`) or,
    until extraction sets that flag everywhere, when it began before the first article's
    day less `MAIN_LINE_MARGIN` (an ongoing war "since 2019" is background to a visit, and a
    year-only "in 2023" is too vague to sit among the days). Planned events after the reports
    stay on the main line: they are what the story expects next.
    """

    start: dt.date | None  # None: no dated article, so only the flag decides

    @classmethod
    def for_story(cls, story: Story) -> MainLine:
        first = Article.objects.filter(story=story, published_at__isnull=False).aggregate(
            first=Min("published_at")
        )["first"]
        if first is None:
            return cls(start=None)
        return cls(start=timezone.localdate(first) - MAIN_LINE_MARGIN)

    def background_q(self) -> Q:
        if self.start is None:
            return Q(background=True)
        return Q(background=True) | Q(date_start__lt=self.start)

    def main_q(self) -> Q:
        return Q(date_start__isnull=False) & ~self.background_q()

    def undated_q(self) -> Q:
        return Q(date_start__isnull=True) & ~self.background_q()

    def q(self, section: Section) -> Q:
        return {
            Section.MAIN: self.main_q,
            Section.BACKGROUND: self.background_q,
            Section.UNDATED: self.undated_q,
        }[section]()

    def section_counts(self, events: EventQuerySet) -> dict[Section, int]:
        """How many of `events` each section holds, in one query."""
        counts = events.order_by().aggregate(
            **{f"in_{section}": Count("id", filter=self.q(section)) for section in Section}
        )
        return {section: counts[f"in_{section}"] for section in Section}

    def section_of(self, event: Event) -> Section:
        start = event.date_start
        if event.background or (
            self.start is not None and start is not None and start < self.start
        ):
            return Section.BACKGROUND
        return Section.MAIN if event.date_start is not None else Section.UNDATED

    def reported_span(self, story: Story) -> tuple[dt.date, dt.date] | None:
        """The first and last days of the main line's dated events (the header's span)."""
        span = (
            Event.objects.for_story(story)
            .filter(self.main_q())
            .aggregate(first=Min("date_start"), last=Max(Coalesce("date_end", "date_start")))
        )
        if span["first"] is None:
            return None
        return span["first"], span["last"]


def page_holding(events: EventQuerySet, event: Event, *, size: int = PAGE_SIZE) -> int:
    """The page of a chronological run (dates, undated last, then ids) on which `event` sits."""
    if event.date_start is None:
        before = events.filter(Q(date_start__isnull=False) | Q(id__lt=event.pk))
    else:
        before = events.filter(
            Q(date_start__lt=event.date_start) | Q(date_start=event.date_start, id__lt=event.pk)
        )
    return before.count() // size + 1


def span_label(first: dt.date, last: dt.date) -> str:
    """Two days as briefly as a reader writes them: "12–14 Sep 2023", "30 Aug – 2 Sep 2023"."""
    if first == last:
        return format_date(first, "j M Y")
    if (first.year, first.month) == (last.year, last.month):
        return f"{first.day}–{format_date(last, 'j M Y')}"
    if first.year == last.year:
        return f"{format_date(first, 'j M')} – {format_date(last, 'j M Y')}"
    return f"{format_date(first, 'j M Y')} – {format_date(last, 'j M Y')}"
