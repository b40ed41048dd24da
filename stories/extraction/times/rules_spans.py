"""Rules for stretches and repetitions of time, and for clock times.

Durations ("three years") and sets ("every week") are never turned into calendar points; "ago"
phrases are, because "four years ago" names a year. Clock times take their day from a weekday
next to them or, later in ``times``, from the last day the story mentioned.
"""

import datetime
import re

from stories.extraction.times import patterns as p
from stories.extraction.times.calendar import add_months, iso_week, resolve_weekday
from stories.extraction.times.candidates import (
    EDGE_MODS,
    Candidate,
    Context,
    Rules,
    group,
    normal,
    starts_sentence,
)
from stories.extraction.times.vocab import (
    MONTHS,
    PARTS_OF_DAY,
    SEASONS,
    duration_value,
    half_more,
    month_number,
    parse_quantity,
    weekday_number,
    word_set,
)

RULES = Rules()
_HALVED_UNITS = frozenset({"minute", "hour", "day", "night", "month", "year"})

# TimeML mod of a qualified duration ("more than three years" is at least P3Y).
DURATION_MODS = {
    "more than": "MORE_THAN",
    "over": "MORE_THAN",
    "just over": "MORE_THAN",
    "well over": "MORE_THAN",
    "less than": "LESS_THAN",
    "fewer than": "LESS_THAN",
    "under": "LESS_THAN",
    "just under": "LESS_THAN",
    "nearly": "LESS_THAN",
    "almost": "LESS_THAN",
    "barely": "LESS_THAN",
    "no more than": "EQUAL_OR_LESS",
    "not more than": "EQUAL_OR_LESS",
    "at most": "EQUAL_OR_LESS",
    "up to": "EQUAL_OR_LESS",
    "at least": "EQUAL_OR_MORE",
    "about": "APPROX",
    "around": "APPROX",
    "roughly": "APPROX",
    "approximately": "APPROX",
    "some": "APPROX",
}
# The same qualifiers on a point: "more than a year ago" lies before the year it names.
POINT_MODS = {"MORE_THAN": "BEFORE", "LESS_THAN": "AFTER", "APPROX": "APPROX"}
CLOCK_CUES = word_set("at by until till from to before after around about since")
DURATION_CUES_BEFORE = word_set("for within in after over took take takes spent lasted")
DURATION_CUES_AFTER = word_set("before after later earlier long")
# TimeML values of repeated times: the period between repetitions, or the repeated part of day.
SET_VALUES = {
    "second": "PT1S",
    "minute": "PT1M",
    "hour": "PT1H",
    "day": "P1D",
    "night": "XXXX-XX-XXTNI",
    "week": "P1W",
    "weekend": "XXXX-WXX-WE",
    "month": "P1M",
    "year": "P1Y",
    "decade": "P10Y",
    "annually": "XXXX",  # TimeML SET of every year, as TE3 and TimeBank write it
    "yearly": "XXXX",
    "monthly": "P1M",
    "weekly": "P1W",
    "daily": "P1D",
    "nightly": "XXXX-XX-XXTNI",
    "hourly": "PT1H",
    "quarterly": "P3M",
}
SET_VALUES |= {part: f"XXXX-XX-XXT{code}" for part, code in PARTS_OF_DAY.items()}
SET_VALUES |= {season: f"XXXX-{code}" for season, code in SEASONS.items()}


@RULES.add(p.DURATION)
def duration(m: re.Match[str], ctx: Context) -> Candidate | None:
    """ "three years", "the past 17 months", "more than a week", "four-week"; never a point."""
    unit = m.group("unit").lower()
    words = normal(m.group("num"))
    followed_by_word = ctx.text[m.end() : m.end() + 1] == " " and ctx.next_word(m.end()).islower()
    if unit == "second" and followed_by_word:
        return None  # "a second term": an ordinal, not a unit
    if ctx.previous_word(m.start()) in ("age", "ages", "aged"):
        return None  # "children ages 6 months and older": an age, not a span of time
    if words == "one" and unit == "day" and not m.group("pre") and _someday(m.end(), ctx):
        return Candidate(m.start(), m.end(), "DATE", "FUTURE_REF")  # "will one day be"
    quantity = parse_quantity(words)
    value = duration_value(quantity, unit)
    if (m.group("half") or m.group("and_half")) and unit.rstrip("s") in _HALVED_UNITS:
        value = half_more(value)  # "2 1/2 years", "a minute and a half"
    modifier = normal(m.group("mod") or "")
    adjective = "-" in ctx.text[m.end("num") : m.start("unit")]  # "the four-week course"
    if m.group("pre") and not adjective:
        return Candidate(m.start("pre"), m.end(), "DURATION", value)
    if modifier in ("over", "under") and (quantity == "X" or words in ("a", "an")):
        modifier = ""  # "over a number of weeks": a preposition, not "more than"
    start = m.start("mod") if modifier else m.start("num")
    if words in ("a", "an") and not modifier and _follows_quantity(m.start(), ctx):
        return Candidate(start, m.end(), "SET", value)  # "$9 an hour", "three miles a week"
    return Candidate(start, m.end(), "DURATION", value, DURATION_MODS.get(modifier))


def _someday(end: int, ctx: Context) -> bool:
    """ "Islam will one day be", "he hopes to one day fly": "one day" before the verb it
    modifies is some day to come, not a day's length."""
    if ctx.doc is None:
        return False
    following = ctx.doc.char_span(end + 1, end + 1 + len(ctx.next_word(end)))
    return following is not None and len(following) == 1 and following[0].tag_ == "VB"


def _follows_quantity(position: int, ctx: Context) -> bool:
    """Whether a rate's "a day" follows an amount: "$9", "24 hours", "thousands"."""
    before = ctx.text[max(0, position - 20) : position].split()
    if not before:
        return False
    if before[-1][-1].isdigit():
        return True
    if ctx.doc is None:
        return False
    span = ctx.doc.char_span(position - len(before[-1]) - 1, position - 1, alignment_mode="expand")
    return span is not None and len(span) > 0 and span[-1].pos_ in ("NOUN", "NUM")


@RULES.add(p.AGO)
def ago(m: re.Match[str], ctx: Context) -> Candidate:
    """ "four years ago" -> the year; "two weeks ago" -> the week; "three days ago" -> the day.

    "a year earlier" and "two days later" count from the story's last time rather than from
    publication: they get the publication-based value here and a ``shift`` that
    ``times.find`` applies to the time they follow, when there is one.
    """
    mod = POINT_MODS.get(DURATION_MODS.get(normal(m.group("mod") or ""), ""))
    quantity = parse_quantity(normal(m.group("num")))
    direction = m.group("dir").lower()
    if quantity == "X":
        return None if direction != "ago" else Candidate(m.start(), m.end(), "DATE", "PAST_REF")
    if ctx.published is None or not float(quantity).is_integer():
        return Candidate(m.start(), m.end(), "DATE", None, mod)
    count = int(float(quantity))
    unit = m.group("unit").lower().removesuffix("s")
    if direction != "ago" and unit != "year":
        return None  # "a month earlier" is read as the stretch it names (TimeML: P1M)
    published = ctx.published
    if direction == "later":
        count = -count
    if unit in ("day", "night", "hour", "minute", "second"):
        days = count if unit in ("day", "night") else 0
        value = (published - datetime.timedelta(days=days)).isoformat()
    elif unit in ("week", "fortnight"):
        value = iso_week(published - datetime.timedelta(weeks=count * (2 if unit[0] == "f" else 1)))
    elif unit == "month":
        year, month = add_months(published.year, published.month, -count)
        value = f"{year}-{month:02d}"
    else:
        factor = {"decade": 10, "century": 100, "centurie": 100}.get(unit, 1)
        value = str(published.year - count * factor)
    return Candidate(m.start(), m.end(), "DATE", value, mod, shift=(unit, -count))


@RULES.add(p.UNITS_ALONE)
def units_alone(m: re.Match[str], ctx: Context) -> Candidate | None:
    """ "for years", "in recent weeks", "days before": a vague DURATION such as PXY."""
    if not m.group("pre"):
        cued_before = ctx.previous_word(m.start()) in DURATION_CUES_BEFORE
        if not cued_before and ctx.next_word(m.end()) not in DURATION_CUES_AFTER:
            return None
    return Candidate(m.start(), m.end(), "DURATION", duration_value("X", m.group("unit")))


@RULES.add(p.EVERY)
def every(m: re.Match[str], ctx: Context) -> Candidate:
    """ "every week" (P1W), "each morning", "every Monday" (XXXX-WXX-1), "each July"."""
    what = m.group("what")
    if what in MONTHS:
        value = f"XXXX-{month_number(what):02d}"  # "each July": every July
    elif what[0].isupper():
        value = f"XXXX-WXX-{weekday_number(what) + 1}"
    else:
        value = SET_VALUES[what.lower()]
    return Candidate(m.start(), m.end(), "SET", value)


@RULES.add(p.FREQUENCY)
def frequency(m: re.Match[str], ctx: Context) -> Candidate:
    """ "twice a year": a SET with the period as its value."""
    return Candidate(m.start(), m.end(), "SET", SET_VALUES[m.group("unit").lower()])


@RULES.add(p.FREQUENCY_ADVERB)
def frequency_adverb(m: re.Match[str], ctx: Context) -> Candidate | None:
    """ "annually" always; "daily" only as an adverb, since "daily life" is not a time."""
    adverb = m.group("adv").lower()
    if m.group("adv")[0].isupper() and not starts_sentence(ctx.text, m.start()):
        return None  # "the New York Daily News", "Linda Daily"
    if adverb not in ("annually", "hourly"):
        if ctx.doc is not None:
            if ctx.part_of_speech(m.start(), m.end()) != "ADV":
                return None
        elif re.match(r"\s+[a-z]", ctx.text[m.end() : m.end() + 2]):
            return None
    return Candidate(m.start(), m.end(), "SET", SET_VALUES[adverb])


@RULES.add(p.WEEKDAYS_PLURAL)
def weekdays_plural(m: re.Match[str], ctx: Context) -> Candidate:
    """ "on Saturdays": every Saturday."""
    value = f"XXXX-WXX-{weekday_number(m.group('wd')) + 1}"
    return Candidate(m.start(), m.end(), "SET", value)


def clock_value(text: str) -> str:
    """ "8 p.m." -> "T20", "3:30 am" -> "T03:30", "noon" -> "T12:00" (TimeML style)."""
    parts = p.CLOCK_PARTS.search(text)
    if parts is None or parts.group("word"):
        return "T24:00" if parts and parts.group("word").lower() == "midnight" else "T12:00"
    hour = int(parts.group("h"))
    if parts.group("ampm"):
        hour = hour % 12 + (12 if parts.group("ampm").lower() == "p" else 0)
    minutes = f":{parts.group('mi')}" if parts.group("mi") else ""
    return f"T{hour:02d}{minutes}"


def _bare_clock(text: str) -> bool:
    """A 24-hour "15:13" with neither "a.m."/"p.m." nor a time zone."""
    return text[-1].isdigit() and ":" in text


@RULES.add(p.LONE_PART_OF_DAY)
def lone_part_of_day(m: re.Match[str], ctx: Context) -> Candidate:
    """ "Dealers placed orders in the morning": that part of the day the story last named, as a
    lone clock time ("at 8 p.m.") takes it (``times.find``), else of the publication day."""
    clock = f"T{PARTS_OF_DAY[m.group('part').lower()]}"
    mod = EDGE_MODS.get(group(m, "edge"))
    return Candidate(m.start("span"), m.end("span"), "TIME", None, mod, kind="clock", clock=clock)


@RULES.add(p.CLOCK_TIME)
@RULES.add(p.DAY_AT_CLOCK)
def clock_time(m: re.Match[str], ctx: Context) -> Candidate:
    """ "8 p.m.", "15:00 GMT Saturday", "Tuesday at 3 p.m."; a lone clock waits for its day."""
    clock = clock_value(m.group("clock"))
    if _bare_clock(m.group("clock")) and ctx.previous_word(m.start("clock")) not in CLOCK_CUES:
        return None  # "Romans 15:13", "a 2:45 run": digits with a colon need "at", "by"...
    if not m.group("wd") and not m.group("word"):
        return Candidate(m.start(), m.end(), "TIME", None, kind="clock", clock=clock)
    if ctx.published is None:
        return Candidate(m.start(), m.end(), "TIME", None)
    if m.group("wd"):
        tense = ctx.tense(m.start(), m.end())
        number = weekday_number(m.group("wd"))
        day = resolve_weekday(number, published=ctx.published, tense=tense)
    else:
        offset = {"yesterday": -1, "tomorrow": 1}.get(m.group("word").lower(), 0)
        day = ctx.published + datetime.timedelta(days=offset)
    return Candidate(m.start(), m.end(), "TIME", day.isoformat() + clock)


@RULES.add(p.ELAPSED_TIME)
def elapsed_time(m: re.Match[str], ctx: Context) -> Candidate:
    """ "3:07:35", a race or flight time, is a DURATION (PT3H7M35S)."""
    hours, minutes, seconds = (int(m.group(g)) for g in ("h", "mi", "s"))
    value = "PT" + "".join(
        f"{n}{u}" for n, u in ((hours, "H"), (minutes, "M"), (seconds, "S")) if n
    )
    return Candidate(m.start(), m.end(), "DURATION", value)
