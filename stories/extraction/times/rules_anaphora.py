"""Times that point back to the story's own time: "that year", "for the year", "later in the
day".

News names a time once and refers back to it: "imports reached $1.5 billion that year", "rose
to a high for the year", "he arrived in Philadelphia later in the day". Each is the year or day
of the time the story named last (``times.find`` anchors it, as it anchors "a year earlier");
"the year" and "the day" with nothing named before are the story's own, the publication's.
Only these framings count: "the year before", "the day after" and "the year ended Sept. 30"
are other expressions, and "the day" alone is too often a noun ("the day of the vote").
"""

import datetime
import re

from stories.extraction.times import patterns as p
from stories.extraction.times.calendar import relative_period, resolve_weekday
from stories.extraction.times.candidates import Candidate, Context, Rules
from stories.extraction.times.vocab import WEEKDAYS

RULES = Rules()

ANAPHORIC = re.compile(
    r"\b(?:(?P<prep>for|of|in|during|throughout)\s+(?P<the_year>the)\s+(?:fiscal\s+)?year"
    r"|(?P<that_year>that)\s+year"
    r"|(?:later|earlier)\s+(?:in\s+(?P<the_day>the)|(?P<that_day>that))\s+day)"
    r"(?!\s+(?:before|after|ended|ending|earlier|ago|later|to|of\s+(?:the|our|his|her|its)|in\s+which)\b"
    r"|['’]s|-)\b",
    re.I,
)


@RULES.add(ANAPHORIC)
def anaphoric(m: re.Match[str], ctx: Context) -> Candidate | None:
    if m.group("the_year") or m.group("that_year"):
        start, unit = m.start("the_year") if m.group("the_year") else m.start("that_year"), "year"
        own = str(ctx.published.year) if ctx.published and m.group("the_year") else None
    else:
        start, unit = m.start("the_day") if m.group("the_day") else m.start("that_day"), "day"
        own = ctx.published.isoformat() if ctx.published and m.group("the_day") else None
    if p.QUANTITY_AFTER.match(ctx.text, m.end()):
        return None
    return Candidate(start, m.end(), "DATE", own, kind="anaphor", shift=(unit, 0))


# What may follow a day counted from the story's last one: a stop, the end of a line or of the
# text, or a word "before"/"after" could not govern ("the day before the vote" counts from the
# vote).
_UNGOVERNED = r"(?=\s*[,.;:)!?]|[^\S\n]*(?:\n|\Z)|\s+(?:to|and|but|when|while|in|at|with|so)\b)"

# "the night before", "the day before": the day before the story's last named day. Only when
# nothing follows that "before" could govern ("the day before the vote" counts from the vote).
THE_DAY_BEFORE = re.compile(
    r"\bthe\s+(?P<unit>day|night|evening|morning|afternoon)\s+before" + _UNGOVERNED,
    re.I,
)


@RULES.add(THE_DAY_BEFORE)
def the_day_before(m: re.Match[str], ctx: Context) -> Candidate:
    """ "The bodies were found March 16. The boys had arrived the night before": March 15.
    Like "the following year", it counts from the story's last time (``times.find``) and
    has no value without one near."""
    return Candidate(m.start(), m.end(), "DATE", None, kind="following", shift=("day", -1))


# "the following day", "the next morning": the day after the story's last named day. The same
# framings as "the day before" only: "the next day's hearing" or "the next day of the trial"
# name a thing, and "the next day after the vote" counts from the vote.
THE_DAY_AFTER = re.compile(
    r"\bthe\s+(?:next|following)\s+(?P<unit>day|night|evening|morning|afternoon)" + _UNGOVERNED,
    re.I,
)


@RULES.add(THE_DAY_AFTER)
def the_day_after(m: re.Match[str], ctx: Context) -> Candidate:
    """ "The summit opened March 5. The following day, the ministers met": March 6. A story
    tells its happenings in order and counts the next one's day from the last day it named
    (``times.find``), so a deed told after it stands on that day, not the one named before."""
    return Candidate(m.start(), m.end(), "DATE", None, kind="following", shift=("day", 1))


# "down 4.5% from the previous Friday", "the following Tuesday": a weekday counted from the
# story's last named day, not from publication.
THE_OTHER_WEEKDAY = re.compile(
    r"\bthe\s+(?P<dir>previous|preceding|following)\s+(?P<wd>" + p.WEEKDAY + r")\b", re.I
)


@RULES.add(THE_OTHER_WEEKDAY)
def the_other_weekday(m: re.Match[str], ctx: Context) -> Candidate:
    """ "London shares closed lower Friday, down 4.5% from the previous Friday": the Friday
    before the one the story is on (``times.find`` counts it from the story's last day; with
    none it is read as a bare weekday is, by tense, but never as the publication day itself).
    In a future clause a day counted from the story's day must not lie before publication."""
    after = m.group("dir").lower() == "following"
    unit = "weekday-after" if after else "weekday-before"
    weekday = WEEKDAYS.index(m["wd"])
    own, ahead = None, False
    if ctx.published is not None:
        tense = ctx.tense(m.start(), m.end())
        ahead = tense == "future"
        day = resolve_weekday(weekday, published=ctx.published, tense=tense)
        if day == ctx.published:  # "previous" and "following" rule out today
            day += datetime.timedelta(weeks=1 if after else -1)
        own = day.isoformat()
    return Candidate(
        m.start(), m.end(), "DATE", own, kind="following", shift=(unit, weekday), ahead=ahead
    )


# "terminate on Nov. 30. Until then, the stock remains convertible": "then" after a bounding
# word is the time the story named last ("since then" is left alone: a span up to now).
# Not "by then-President Putin" nor "by then President Putin": "then" before a title.
UNTIL_THEN = re.compile(
    r"\b(?:until|till|by)\s+(?P<then>then)\b(?![-\w]|\s+(?:on|in|at)\b|\s+(?-i:[A-Z]))", re.I
)


@RULES.add(UNTIL_THEN)
def until_then(m: re.Match[str], ctx: Context) -> Candidate:
    """ "Until then", "by then": the story's last time, at its own grain (``times.find``);
    with none near it has no value. In a future clause the time must still lie ahead: "The
    union said on Monday ... Until then, the plant will stay shut" is not Monday."""
    ahead = ctx.published is not None and ctx.tense(m.start(), m.end()) == "future"
    return Candidate(
        m.start("then"), m.end(), "DATE", None, kind="following", shift=("same", 0), ahead=ahead
    )


# "twice as high a dividend this year as last", "more this month than last": the bare "last"
# of a comparison is the unit before the one just named; not "as last reported", an adverb.
AS_LAST = re.compile(
    r"\bthis\s+(?P<unit>year|month|week)\b[^.;:!?]{0,60}?\b(?:as|than)\s+(?P<last>last)\b"
    r"(?!\s+(?:year|month|week|time|one|night|\w+ed)\b)",
    re.I,
)


@RULES.add(AS_LAST)
def as_last(m: re.Match[str], ctx: Context) -> Candidate | None:
    """ "this year as last": the "last" is last year (last month, last week)."""
    if ctx.published is None:
        return None
    value = relative_period(m.group("unit").lower(), -1, ctx.published)
    return Candidate(m.start("last"), m.end("last"), "DATE", value)
