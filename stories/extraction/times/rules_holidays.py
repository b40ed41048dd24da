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
from stories.extraction.times.done_deeds import PUBLICATION_SLACK_DAYS, told_as_done

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
# A number after a holiday is its year unless it counts the word after it: "since Christmas
# 2000 people said". With a parse, that word is a noun; without one, any lower-case word but
# the little words that may follow a date ("Christmas 2008 in Norfield", "2008 was quiet").
_WORD_AFTER = re.compile(r"\s+(?-i:([a-z]+))\b")
_AFTER_A_DATE = frozenset(
    {"in", "on", "at", "to", "for", "from", "with", "by", "of", "near", "over", "after"}
    | {"before", "until", "till", "since", "during", "around", "and", "or", "but", "when"}
    | {"while", "as", "that", "which", "where", "was", "were", "is", "had", "has", "have"}
    | {"will", "would", "this", "the", "a", "an"}
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
    year, end = m.group("year"), m.end()
    if year and _counts_what_follows(m, ctx):
        year, end = None, m.end("name")
    if not year and _NOT_A_DAY_AFTER.match(ctx.text, end):
        return None  # "the Labor Day Committee": an organisation's name
    occurrence = _fixed(12, 25) if name == "Christmas" else _occurrence(name)
    if occurrence is None:
        return None
    tense = ""
    if year:
        day = occurrence(int(year))
    elif ctx.published is None:
        return Candidate(m.start(), end, "DATE", None, kind="date")
    else:
        tense = ctx.tense(m.start(), end)
        done = tense == "past" and told_as_done(ctx.doc, m.start(), end)
        slack = PUBLICATION_SLACK_DAYS if done else None
        day = resolve_yearly(occurrence, published=ctx.published, tense=tense, done_slack=slack)
    if day is None:
        return None
    return Candidate(
        m.start(),
        end,
        "DATE",
        day.isoformat(),
        kind="date",
        yearless_past=tense == "past",
        yearless=not year and tense != "future",
    )


def _counts_what_follows(m: re.Match[str], ctx: Context) -> bool:
    """Whether the number after the holiday counts the word after it ("since Christmas 2000
    people said") rather than being the holiday's year."""
    word = _WORD_AFTER.match(ctx.text, m.end())
    if word is None or word.group(1) in _AFTER_A_DATE:
        return False
    if ctx.doc is None:
        return True
    span = ctx.doc.char_span(word.start(1), word.end(1), alignment_mode="expand")
    return span is not None and len(span) > 0 and span.root.pos_ == "NOUN"


def _occurrence(name: str) -> Callable[[int], datetime.date | None] | None:
    for pattern, (_, occurrence) in zip(_HOLIDAY_PATTERNS, _HOLIDAYS, strict=True):
        if pattern.match(name):
            return occurrence
    return None
