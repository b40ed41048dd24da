"""A plan timed by a span counted forward from the reporter's now is dated where the span puts it.

A plan with no time of its own is left undated, and the time tagger reads "the next three
years" or "30 to 45 days" as a duration, which dates nothing. Yet such a span, counted from
now, says when the plan falls: local and business news time grants, works and decisions this
way ("will receive $267 million over the next three years", "would begin in about 30 to 45
days", "will provide care in the next two years"), and the gold of the dev batches dates them
from the publication (the year it comes out for a span of years, the month the count reaches
for a count of days or weeks). A span that says when the plan falls within it ("over the next
N years") starts at the publication; a count ("in N days") ends where it reaches. A span
counted from another happening ("within 30 days of taking office") is not the reporter's now
and dates nothing here, nor does one a superlative, "first" or another ordinal looks back
or counts a series over ("the highest level in ten years", "its third game in five days"),
nor one after "than" (it times the thing compared with). Nor does a span in a sentence told at
an earlier time ("In 2019 the chain said it would open stores over the next two years"): it
counts from that telling (`dates` checks the sentence's times).
"""

from __future__ import annotations

import datetime as dt
import re

from stories.extraction.events.event_dates import EventDate
from stories.extraction.mentions import EventCandidate
from stories.extraction.times.vocab import NUMBER_WORDS, ORDINALS, count_of

_COUNT = (
    r"(?:\d+|a\s+few|few|several|" + "|".join(sorted(NUMBER_WORDS, key=len, reverse=True)) + ")"
)
_UNIT = r"(?P<unit>days|weeks|months|years)"
# "over the next three years", "in the coming weeks", "within the next few months".
_WITHIN = re.compile(
    r"\b(?:over|in|during|within)\s+the\s+(?:next|coming)\s+"
    rf"(?:(?P<count>{_COUNT})\s+)?(?:\w+\s+to\s+)?{_UNIT}\b",
    re.I,
)
# "in about 30 to 45 days", "in two weeks": the thing falls when the count is reached.
_AFTER = re.compile(
    rf"\bin\s+(?:about\s+|roughly\s+|some\s+)?(?P<count>{_COUNT})\s+(?:to\s+{_COUNT}\s+)?{_UNIT}\b",
    re.I,
)
# "within 30 days of taking office", "in two weeks after the vote": counted from a happening.
_FROM_ELSEWHERE = re.compile(r"\s*(?:of|after|before|from|since)\b", re.I)
# "the highest level in ten years", "the first time in two weeks", "its third game in five days":
# the span looks back from now or counts a series, not when the plan falls.
_LOOKING_BACK = re.compile(
    rf"\b(?:{'|'.join(ORDINALS)}|straight|consecutive|time|ever|most|least|best"
    r"|worst|(?:high|low|bigg|larg|small|great|few|long|strong|weak|fast|slow|deep|hott|cold"
    r"|wett|dri|busi|warm|sharp)est)\b"
    r"(?:\s+[\w-]+){0,2}\s*$",
    re.I,
)
# "will spend more than the state will spend over the next two years": the span after "than"
# times the thing compared with, not the plan.
_COMPARED = re.compile(r"\bthan\b", re.I)
_DAYS = {"days": 1, "weeks": 7}


def forward_span_date(
    event: EventCandidate, text: str, published: dt.date | None
) -> EventDate | None:
    """The date a forward span in the plan's own words gives it, counted from `published`;
    None when its words hold no such span or the span counts from another happening."""
    if published is None:
        return None
    for pattern, counted in ((_WITHIN, False), (_AFTER, True)):
        found = pattern.search(text, event.start, event.end)
        if found is None or _FROM_ELSEWHERE.match(text, found.end()):
            continue
        if _LOOKING_BACK.search(text, max(event.start, found.start() - 40), found.start()):
            continue
        if _COMPARED.search(text, event.start, found.start()):
            continue
        try:
            return _span_date(found, counted, published)
        except (ValueError, OverflowError):
            return None  # "in 20000 years": past the calendar's end, no date (never a crash)
    return None


def _span_date(found: re.Match, counted: bool, published: dt.date) -> EventDate:
    """A span of years: the year it starts in (or, counted, the year it reaches); of months:
    the month it starts in (or reaches); of days or weeks: the month its first count reaches.
    Raises ValueError or OverflowError past the calendar's last year."""
    unit, words = found.group("unit").lower(), found.group(0)
    number = _number(found.group("count")) if counted else 1
    if unit == "years":
        year = published.year + (number if counted else 0)
        return EventDate(dt.date(year, 1, 1), None, "year", words)
    if unit == "months":
        months = published.month - 1 + (number if counted else 0)
        start = dt.date(published.year + months // 12, months % 12 + 1, 1)
        return EventDate(start, None, "month", words)
    reached = published + dt.timedelta(days=_DAYS[unit] * number)
    return EventDate(reached.replace(day=1), None, "month", words)


def _number(count: str | None) -> int:
    """The smallest number a count says ("30", "three", "a few" as one)."""
    return (count_of(count) if count else None) or 1
