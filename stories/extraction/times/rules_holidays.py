"""Holidays named instead of a date: "on Christmas Day", "over New Year's Eve", "Thanksgiving".

A story tells when someone went missing or a fire broke out by the holiday it fell on as often
as by its date, and the rest of its narrative then stands on that day. A holiday without its
year is resolved by the clause's tense like any yearless date ("burned down on Christmas Day",
told in March, is the December before). Only holidays whose day is fixed by the calendar, or by
a plain rule of weekdays in a month, are read; a movable feast such as Easter is not.
"""

import datetime
import functools
import re
from collections.abc import Callable

from stories.extraction.times.calendar import resolve_yearly
from stories.extraction.times.candidates import Candidate, Context, Rules, safe_date

RULES = Rules()


def _nth_weekday(year: int, *, month: int, weekday: int, nth: int) -> datetime.date:
    """The nth (1-based; -1 the last) given weekday of a month."""
    if nth > 0:
        first = datetime.date(year, month, 1)
        return first + datetime.timedelta(days=(weekday - first.weekday()) % 7 + 7 * (nth - 1))
    following = datetime.date(year + month // 12, month % 12 + 1, 1)
    last = following - datetime.timedelta(days=1)
    return last - datetime.timedelta(days=(last.weekday() - weekday) % 7)


def _fixed(month: int, day: int) -> Callable[[int], datetime.date | None]:
    return functools.partial(safe_date, month=month, day=day)


def _weekday_rule(month: int, weekday: int, nth: int) -> Callable[[int], datetime.date | None]:
    return functools.partial(_nth_weekday, month=month, weekday=weekday, nth=nth)


_APOSTROPHE = "['’]"
# Each name with the day it falls on in a given year.
_HOLIDAYS: list[tuple[str, Callable[[int], datetime.date | None]]] = [
    (r"Christmas\s+Day", _fixed(12, 25)),
    (r"Christmas\s+Eve", _fixed(12, 24)),
    (rf"New\s+Year{_APOSTROPHE}?s\s+Day", _fixed(1, 1)),
    (rf"New\s+Year{_APOSTROPHE}?s\s+Eve", _fixed(12, 31)),
    (r"Boxing\s+Day", _fixed(12, 26)),
    (r"Halloween", _fixed(10, 31)),
    (
        rf"(?:St\.?|Saint)\s+Valentine{_APOSTROPHE}?s\s+Day|Valentine{_APOSTROPHE}?s\s+Day",
        _fixed(2, 14),
    ),
    (rf"(?:St\.?|Saint)\s+Patrick{_APOSTROPHE}?s\s+Day", _fixed(3, 17)),
    (r"Fourth\s+of\s+July|July\s+Fourth", _fixed(7, 4)),
    (r"Veterans\s*['’]?\s+Day", _fixed(11, 11)),
    (r"Thanksgiving(?:\s+Day)?", _weekday_rule(11, 3, 4)),
    (r"Memorial\s+Day", _weekday_rule(5, 0, -1)),
    (r"Labor\s+Day", _weekday_rule(9, 0, 1)),
]
# Plain "Christmas", "Halloween" or "Thanksgiving" is also a season or a word before nouns
# ("Christmas shopping", "Halloween costumes"), so it names the day only after a word that
# places something in time: "on Christmas", "since Halloween", "around Thanksgiving".
_CUED = frozenset({"Christmas", "Halloween", "Thanksgiving"})
_TIME_CUE = re.compile(
    r"\b(?:on|at|over|before|after|since|until|till|by|around|near|through|during)\s+$", re.I
)
_NAMES = re.compile(
    r"(?<![\w'’-])(?-i:(?P<name>"
    + "|".join(f"(?:{name})" for name, _ in _HOLIDAYS)
    + r"|Christmas))(?:,?\s+(?P<year>(?:1[6-9]|20)\d\d)(?!\d))?(?![\w-])"
)
_HOLIDAY_PATTERNS = [re.compile(rf"(?:{name})\Z") for name, _ in _HOLIDAYS]
# What follows a holiday's name when it is a thing's name, not a day: "the Labor Day parade"
# is still that day, but "Memorial Day Foundation" or "Halloween costume" shops are not.
_NOT_A_DAY_AFTER = re.compile(r"\s+(?-i:[A-Z])")


@RULES.add(_NAMES)
def holiday(m: re.Match[str], ctx: Context) -> Candidate | None:
    """A holiday's day: its own year when written, else the one the tense points to."""
    name = m.group("name")
    if name in _CUED and not _TIME_CUE.search(ctx.text, max(0, m.start() - 10), m.start()):
        return None
    if not m.group("year") and _NOT_A_DAY_AFTER.match(ctx.text, m.end()):
        return None  # "the Labor Day Committee": an organisation's name
    occurrence = _fixed(12, 25) if name == "Christmas" else _occurrence(name)
    if occurrence is None:
        return None
    tense = ""
    if m.group("year"):
        day = occurrence(int(m.group("year")))
    elif ctx.published is None:
        return Candidate(m.start(), m.end(), "DATE", None, kind="date")
    else:
        tense = ctx.tense(m.start(), m.end())
        day = resolve_yearly(occurrence, published=ctx.published, tense=tense)
    if day is None:
        return None
    return Candidate(
        m.start(),
        m.end(),
        "DATE",
        day.isoformat(),
        kind="date",
        yearless_past=tense == "past",
        yearless=not m.group("year") and tense != "future",
    )


def _occurrence(name: str) -> Callable[[int], datetime.date | None] | None:
    for pattern, (_, occurrence) in zip(_HOLIDAY_PATTERNS, _HOLIDAYS, strict=True):
        if pattern.match(name):
            return occurrence
    return None
