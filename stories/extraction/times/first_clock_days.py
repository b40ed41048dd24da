"""A clock time told before the story names any day takes the day it names next.

A lone clock ("one man arrived at 5 a.m.") takes the last day the story named (times.find),
and with none named yet, the publication day. But a story published the morning after often
opens on a scene timed by the clock and names its day a sentence or two on: "one man arrived
at 5 a.m. for a chance to get in. … the town hall meeting Thursday was …". The clock is that
day's, not the publication's. So a lone clock with no day named before it takes the first
day named after it, close by, when that day is the eve of publication: a coming day named
later is a plan, not the scene's, and an older one is most often backstory ("the family had
moved in on Monday"), as is a day told in the past perfect or owning a noun ("Monday's
loss"); those are passed over. Only a clock told in the past is a scene's: "the parade will
start at 10 a.m.", "polls open at 7 a.m." are the day's timetable, and a clock in a headline's
stamp ("… after party 10:22 AM CT") is the telling's.
"""

from __future__ import annotations

import datetime
import re

from stories.extraction.times.candidates import Candidate, has_day
from stories.extraction.times.tense import detect_tense

_REACH = 600  # characters ahead to the day that names the opening scene's
_SENTENCE_REACH = 300  # characters back to the start of a day's sentence
_POSSESSIVE = re.compile(r"['\u2019]s\b")
_SENTENCE_START = re.compile(r"[.!?]\s+(?=[A-Z\"'\u201c])|\n")
_CLOSED_BY_ITS_DOT = re.compile(r"\.\s+[A-Z\"'\u201c]")
_PAST_PERFECT = re.compile(r"\bhad\b", re.I)


def days_from_first_day(
    candidates: list[Candidate], lone: set[int], published: datetime.date | None, text: str
) -> None:
    """Give each lone clock told before any day (its index in `lone`, its value on the
    publication day) the eve of publication when that is the day named first after it, within
    reach."""
    if published is None:
        return
    for index, candidate in enumerate(candidates):
        if index not in lone:
            if has_day(candidate):
                return  # a day is named: every later lone clock takes it (times.find)
            continue
        if not (candidate.value or "").startswith(published.isoformat()):
            continue
        if not _told_in_the_past(candidate, text):
            continue  # "the parade will start at 10 a.m.", "polls open at 7 a.m."
        day = _first_day_after(candidates, index, lone, text)
        if day is not None and day == published - datetime.timedelta(days=1):
            candidate.value = day.isoformat() + candidate.value[10:]


def _told_in_the_past(clock: Candidate, text: str) -> bool:
    """Whether the clause of the clock is in the past; a clock whose "p.m." closes its sentence
    ("… close at 8 p.m. Early voting ended …") is read on the words before it alone."""
    closes = _CLOSED_BY_ITS_DOT.match(text, clock.end - 1)
    return detect_tense(text[: clock.end] if closes else text, clock.start, clock.end) == "past"


def _first_day_after(
    candidates: list[Candidate], index: int, lone: set[int], text: str
) -> datetime.date | None:
    """The day of the first candidate after the one at `index`, within reach of it, that names
    a day of the scene. Another lone clock ("… at 5 a.m. Doors opened at 7 a.m. …") holds the
    publication day only for want of one, so it is passed over; so are a day owning a noun
    ("Monday's loss") and one told in the past perfect ("had moved in on Monday"), backstory."""
    end = candidates[index].end
    for at, later in enumerate(candidates[index + 1 :], start=index + 1):
        if at in lone:
            continue
        if later.start - end > _REACH:
            return None
        if has_day(later) and not _backstory(later, text):
            return datetime.date.fromisoformat(later.value[:10])
    return None


def _backstory(day: Candidate, text: str) -> bool:
    """Whether the day owns a noun ("Monday's loss") or its sentence is in the past perfect
    before it ("the family had moved in on Monday")."""
    if _POSSESSIVE.match(text, day.end):
        return True
    reach = max(0, day.start - _SENTENCE_REACH)
    starts = [m.end() for m in _SENTENCE_START.finditer(text, reach, day.start)]
    return bool(_PAST_PERFECT.search(text, starts[-1] if starts else reach, day.start))
