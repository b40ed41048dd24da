"""A deed told at an age: "born in 1957 … At 16, he went to university".

Profiles and obituaries tell a life by the person's age rather than by the calendar: after
"was born … in 1957", "at the age of 9, he was diagnosed" and "At 16, he went to Indiana
University" happened in 1966 and 1973. Without reading the age, the narrative's last time, the
birth year, dated every step of that life. A clause with no time of its own that tells an age
("at the age of N", "at age N", or a sentence opening "At N,") in a paragraph that told a birth
year before it happened in the birth year plus that age, and says no more than that year.
"""

from __future__ import annotations

import datetime as dt
import re

from stories.extraction.events.event_dates import EventDate

_AGE_OF = re.compile(r"\bat\s+(?:the\s+)?age\s+(?:of\s+)?(?P<age>\d{1,2})\b", re.I)
# "At 16, he went": a sentence opening on an age (the event may start on its words).
_AGE_OPENING = re.compile(r"(?:^|[.!?][\"'”’)]{0,2}\s+|\n\s*)At\s+(?P<age>\d{1,2}),")
_OPENING_REACH = 12
# "was born the first child of two pharmacists in East Chicago, Indiana, in 1957"
_BORN_IN = re.compile(r"\bborn\b[^.!?\n]{0,150}?\b(?P<year>1[6-9]\d\d|20\d\d)\b")


def age_told(start: int, end: int, text: str) -> int | None:
    """The age the clause text[start:end] tells its deed at, or None."""
    found = _AGE_OF.search(text, start, end) or _AGE_OPENING.search(
        text, max(0, start - _OPENING_REACH), end
    )
    return int(found["age"]) if found else None


def birth_year_before(start: int, since: int, text: str) -> int | None:
    """The last birth year told between `since` (the paragraph's start) and `start`, or None."""
    found = list(_BORN_IN.finditer(text, since, start))
    return int(found[-1]["year"]) if found else None


def year_at_age(
    start: int, end: int, since: int, published: dt.date | None, text: str
) -> EventDate | None:
    """The year of a deed told at an age in text[start:end], counted from the birth year the
    paragraph (starting at `since`) told before; None without both, or past publication."""
    age = age_told(start, end, text)
    born = birth_year_before(start, since, text) if age is not None else None
    if age is None or born is None:
        return None
    year = born + age
    if published is not None and year > published.year:
        return None
    return EventDate(dt.date(year, 1, 1), None, "year", f"at {age}")
