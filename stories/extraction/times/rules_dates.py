"""Rules for points and periods on the calendar: dates, weekdays, months, years, seasons.

Anything named without its year or week ("Tuesday", "in July", "Sept. 12") is resolved by the
tense of its clause, as ``times_calendar`` explains.
"""

import datetime
import functools
import re
from collections.abc import Callable

from stories.extraction.times import patterns as p
from stories.extraction.times.attributive_months import PLANNED_NOUNS, dated_noun, names_a_frame
from stories.extraction.times.calendar import (
    LOOKS_AHEAD,
    LOOKS_BACK,
    NEAR_DAYS,
    iso_week,
    quarter_of,
    relative_period,
    resolve_month,
    resolve_quarter,
    resolve_weekday,
    resolve_yearly,
    season_year,
    shift_month,
    shift_weekday,
)
from stories.extraction.times.candidates import (
    EDGE_MODS,
    PART_MODS,
    Candidate,
    Context,
    Rules,
    day_value,
    group,
    is_capitalised_mid_sentence,
    normal,
    safe_date,
)
from stories.extraction.times.done_deeds import PUBLICATION_SLACK_DAYS, told_as_done
from stories.extraction.times.vocab import (
    AMBIGUOUS_MONTHS,
    ORDINALS,
    SEASONS,
    duration_value,
    month_number,
    weekday_number,
    word_set,
)

RULES = Rules()
_POSSESSIVE = re.compile(r"['’]s\b")

# Words before a bare month name that show it is a month ("in May"), not a name or a verb.
MONTH_CUES = word_set(
    "in since until till by from to through during before after of between early late mid last "
    "next this each every throughout end beginning start"
)
_A_YEAR = r"(?:this|last|next|that)\s+year\b"
_OF_AFTER = re.compile(rf"\s+of\s+(?!{_A_YEAR})", re.I)
# "taken to hospital after the fall", "rebuilt after the fall": after these cues a bare "the
# fall" is mostly someone's fall or a regime's, so it is autumn only with its year attached.
_FALL_DOUBTFUL_CUES = word_set("into before after till toward towards")
SEASON_CUES = word_set("in during over by until since through throughout for") | _FALL_DOUBTFUL_CUES
_OF_A_YEAR_AFTER = re.compile(rf"\s+of\s+{_A_YEAR}", re.I)
# "the last week of …" (of the festival, of this year): an ordinal of that thing, never the week
# just gone, so any "of" counts here, unlike the season rule's _OF_AFTER.
_OF_ANY_AFTER = re.compile(r"\s+of\b", re.I)


@RULES.add(p.DATE_MONTH_DAY)
@RULES.add(p.DATE_DAY_MONTH)
@RULES.add(p.ISO_DATE)
@RULES.add(p.NUMERIC_DATE)
def calendar_date(m: re.Match[str], ctx: Context) -> Candidate | None:
    """Full or partial calendar dates ("Sept. 12", "Nov. 8-10, 2023", "2023-09-12T10:43");
    a missing year comes from the tense and the publication date."""
    mon = m.group("mon")
    month = int(mon) if mon.isdigit() else month_number(mon)
    day = int(re.sub(r"\D", "", m.group("day")))
    last_text = m.groupdict().get("day2")
    last_day = int(re.sub(r"\D", "", last_text)) if last_text else day
    tense = ""
    if m.group("year"):
        year = int(m.group("year"))
    elif ctx.published is None:
        return Candidate(m.start(), m.end(), "DATE", None, kind="date")
    else:
        occurrence = functools.partial(safe_date, month=month, day=day)
        tense = ctx.tense(m.start(), m.end())
        done = tense == "past" and told_as_done(ctx.doc, m.start(), m.end())
        slack = PUBLICATION_SLACK_DAYS if done else None
        by_weekday = resolve_yearly(
            _on_weekday(occurrence, m.groupdict().get("wd")),
            published=ctx.published,
            tense=tense,
            done_slack=slack,
        )
        if by_weekday is not None and not _weekday_year_fits(by_weekday, ctx.published, tense):
            by_weekday = None
        resolved = by_weekday or resolve_yearly(
            occurrence, published=ctx.published, tense=tense, done_slack=slack
        )
        if resolved is None:
            return None
        year = resolved.year
    first, last = safe_date(year, month, day), safe_date(year, month, last_day)
    if first is None or last is None or last < first:
        return None
    end_value = last.isoformat() if last_text else None
    if m.groupdict().get("iso_time"):
        value = f"{first.isoformat()}T{m.group('iso_time')}"
        return Candidate(m.start(), m.end(), "TIME", value)
    return Candidate(
        m.start(),
        m.end(),
        "DATE",
        first.isoformat(),
        end_value=end_value,
        kind="date",
        yearless_past=tense == "past",  # only a date written without its year has a tense
        yearless=not m.group("year") and tense != "future",
    )


def _on_weekday(
    occurrence: Callable[[int], datetime.date | None], weekday_name: str | None
) -> Callable[[int], datetime.date | None]:
    """ "Monday, March 16" names its year by its weekday: of the years near publication, only
    one has March 16 on a Monday, whatever tense the clause around it reads as."""
    if not weekday_name:
        return occurrence
    number = weekday_number(weekday_name)

    def on_weekday(year: int) -> datetime.date | None:
        day = occurrence(year)
        return day if day is not None and day.weekday() == number else None

    return on_weekday


def _weekday_year_fits(day: datetime.date, published: datetime.date, tense: str) -> bool:
    """The weekday's year is kept when it is near publication or on the side the tense allows.

    Writers slip on weekdays: "was held Monday, March 16" when March 16 was a Sunday is still
    this March, not next year's (a past deed is no plan a year ahead), and "is set for Friday,
    Jan. 5" is the coming one even if last year's Jan. 5 was the Friday.
    """
    if abs((day - published).days) <= NEAR_DAYS:
        return True
    if tense in LOOKS_BACK:
        return day <= published
    if tense in LOOKS_AHEAD:
        return day >= published
    return True


@RULES.add(p.MONTH_YEAR)
def month_of_year(m: re.Match[str], ctx: Context) -> Candidate:
    """ "September 2023", "early May 2010": absolute, so no publication date is needed."""
    value = f"{m.group('year')}-{month_number(m.group('mon')):02d}"
    return Candidate(m.start(), m.end(), "DATE", value, EDGE_MODS.get(group(m, "edge")))


_OPEN_END_WORDS = frozenset({"through", "thru", "until", "till"})
# "Ash Wednesday", "Good Friday", "Black Friday", "Super Tuesday": a named day of the church or
# trade calendar, not the weekday nearest publication (it is read by no weekday rule).
_NAMED_DAY = re.compile(
    r"\b(?:Ash|Good|Black|Cyber|Super|Easter|Palm|Holy|Maundy|Shrove|Bloody)\s+$"
)


@RULES.add(p.WEEKDAY_NAME)
def weekday(m: re.Match[str], ctx: Context) -> Candidate | None:
    """ "Tuesday", "early Tuesday", "last Sunday", "Sunday afternoon" (a TIME, day precision)."""
    part = group(m, "part")
    kind = "TIME" if part else "DATE"
    mod = EDGE_MODS.get(group(m, "edge"))
    if _NAMED_DAY.search(ctx.text, max(0, m.start() - 8), m.start()):
        return None
    if ctx.published is None:
        return Candidate(m.start(), m.end(), kind, None, mod, kind="weekday")
    number = weekday_number(m.group("wd"))
    relation = normal(m.group("rel") or "")
    if relation in ("last", "past", "this past"):
        day = shift_weekday(number, published=ctx.published, direction=-1)
    elif relation in ("next", "coming", "this coming"):
        day = shift_weekday(number, published=ctx.published, direction=1)
    else:
        tense = ctx.tense(m.start(), m.end())
        if relation == "this" and tense == "unknown":
            tense = "future"
        elif tense == "unknown" and ctx.previous_word(m.start()) in _OPEN_END_WORDS:
            tense = "present"  # "runs through Friday": an open range ends ahead
        elif _POSSESSIVE.match(ctx.text, m.end()) and tense != "future":
            tense = "past"  # "Friday's purchases", "Thursday's closing price": already reported
        day = resolve_weekday(number, published=ctx.published, tense=tense)
    return Candidate(m.start(), m.end(), kind, day_value(day, part), mod, kind="weekday")


_DEADLINE_WORDS = frozenset({"until", "till"})


def _dates_a_verb(start: int, end: int, ctx: Context) -> bool:
    """Whether a month is when a verb's act happened ("by December, they worsened", "bid in
    December"), rather than when a thing is due ("a cutback in September", "until November").
    Without a parse the tense is trusted."""
    span = ctx.doc.char_span(start, end, alignment_mode="expand") if ctx.doc else None
    if span is None or not len(span):
        return True
    head = span.root.head
    if head.pos_ == "ADP":
        if head.lower_ in _DEADLINE_WORDS:
            return False
        head = head.head
    return head.pos_ in ("VERB", "AUX")


def _month_cued(m: re.Match[str], ctx: Context) -> bool:
    """ "in May", "April and May", "the August death" are months; "May Smith" and "and May
    said" are not."""
    following = ctx.text[m.end() : m.end() + 2]
    if len(following) == 2 and following[0] == " " and following[1].isupper():
        return False
    if dated_noun(m.start(), m.end(), ctx.text) is not None:
        return True  # "in the August death of his wife", "under a June agreement"
    cue = ctx.previous_word(m.start())
    if cue in ("and", "or"):
        return bool(p.MONTH_BEFORE_CONJUNCTION.search(ctx.text, max(0, m.start() - 20), m.start()))
    return cue in MONTH_CUES


@RULES.add(p.MONTH_ALONE)
def month_alone(m: re.Match[str], ctx: Context) -> Candidate | None:
    """ "in July", "last June", "early December"; ambiguous names need a cue word before them."""
    name = m.group("mon")
    relation = normal(m.group("rel") or "")
    edge = group(m, "edge")
    cued = relation or edge or m.group("yrel")
    if not cued and name in AMBIGUOUS_MONTHS and not _month_cued(m, ctx):
        return None
    mod = EDGE_MODS.get(edge)
    if ctx.published is None:
        return Candidate(m.start(), m.end(), "DATE", None, mod, kind="month")
    month = month_number(name)
    tense = ""
    if m.group("yrel"):  # "May this year", "June last year"
        year = ctx.published.year + {"last": -1, "next": 1}.get(group(m, "yrel"), 0)
    elif relation in ("last", "past", "this past"):
        year, month = shift_month(month, published=ctx.published, direction=-1)
    elif relation in ("next", "coming", "this coming"):
        year, month = shift_month(month, published=ctx.published, direction=1)
    elif relation == "this":
        year = ctx.published.year
    else:
        tense = ctx.tense(m.start(), m.end())
        noun = dated_noun(m.start(), m.end(), ctx.text)
        framed = noun is not None and names_a_frame(m.start(), ctx.text, noun)
        if noun and (tense not in LOOKS_BACK | LOOKS_AHEAD or framed):
            # "in the August death of his wife": a thing already named, past; so is the frame
            # a present act is done under, "is selling itself under a June agreement"
            tense = "past"
        if noun and tense == "past":
            # "charged in the April death" written in March: last April's; "the April
            # debate" is planned, so the coming one
            near_ahead = noun in PLANNED_NOUNS
        else:
            near_ahead = tense != "past" or not _dates_a_verb(m.start(), m.end(), ctx)
        year, month = resolve_month(
            month, published=ctx.published, tense=tense, near_ahead=near_ahead
        )
    value = f"{year}-{month:02d}"
    bare = not m.group("yrel") and not relation and tense != "future"
    return Candidate(
        m.start(),
        m.end(),
        "DATE",
        value,
        mod,
        kind="month",
        yearless_past=tense == "past",
        yearless=bare,
    )


@RULES.add(p.DEICTIC_DAY)
@RULES.add(p.PART_BEFORE_DAY)
def deictic_day(m: re.Match[str], ctx: Context) -> Candidate | None:
    """ "today", "yesterday morning", "tonight" (a TIME at night)."""
    if is_capitalised_mid_sentence(ctx.text, m.start("word")):
        return None
    word = group(m, "word")
    part = "night" if word == "tonight" else group(m, "part")
    offset = {"yesterday": -1, "tomorrow": 1}.get(word, 0)
    day = ctx.published + datetime.timedelta(days=offset) if ctx.published else None
    kind = "TIME" if part else "DATE"
    return Candidate(
        m.start(), m.end(), kind, day_value(day, part), EDGE_MODS.get(group(m, "edge"))
    )


@RULES.add(p.PART_OF_TODAY)
def part_of_today(m: re.Match[str], ctx: Context) -> Candidate | None:
    """ "this morning" is today; "last night" is yesterday's night."""
    part = group(m, "part")
    if m.group("rel").lower() == "last" and part not in ("night", "evening"):
        return None
    offset = -1 if m.group("rel").lower() == "last" else 0
    day = ctx.published + datetime.timedelta(days=offset) if ctx.published else None
    return Candidate(m.start(), m.end(), "TIME", day_value(day, part))


@RULES.add(p.PRESENT)
def present(m: re.Match[str], ctx: Context) -> Candidate | None:
    if is_capitalised_mid_sentence(ctx.text, m.start()):
        return None
    return Candidate(m.start(), m.end(), "DATE", "PRESENT_REF")


@RULES.add(p.RECENTLY)
def recently(m: re.Match[str], ctx: Context) -> Candidate:
    """ "recently" points into the past without saying where (TimeML PAST_REF)."""
    return Candidate(m.start(), m.end(), "DATE", "PAST_REF")


@RULES.add(p.PAST_OR_FUTURE)
def past_or_future(m: re.Match[str], ctx: Context) -> Candidate:
    value = "PAST_REF" if m.group("ref").lower().endswith("past") else "FUTURE_REF"
    return Candidate(m.start("ref"), m.end("ref"), "DATE", value)


@RULES.add(p.AT_THE_TIME)
def at_the_time(m: re.Match[str], ctx: Context) -> Candidate:
    return Candidate(m.start(), m.end(), "DATE", "PAST_REF")


def _weekend(published: datetime.date, step: int) -> str:
    """ "this weekend" (0), "last weekend" (-1), "next weekend" (+1) as "2023-W37-WE"."""
    saturday = published + datetime.timedelta(days=5 - published.weekday())
    if published.weekday() == 6:
        saturday -= datetime.timedelta(days=7)
    return iso_week(saturday + datetime.timedelta(weeks=step)) + "-WE"


_PLACING_BEFORE = re.compile(r"\b(?:in|over|during)\s+$", re.I)
_PLACED_UNITS = frozenset({"week", "month", "year"})


@RULES.add(p.RELATIVE_UNIT)
def relative_unit(m: re.Match[str], ctx: Context) -> Candidate | None:
    """ "last week" (a DATE: the previous ISO week); "the past week" is a DURATION, except
    where it places something: "reported in the last week", "over the past year" name the
    week or year just gone (as TE3 and TimeBank annotate them)."""
    unit = m.group("unit").lower()
    relation = m.group("rel").lower()
    written = ctx.text[m.start("unit") : m.end("unit")]
    if written[0].isupper() and not written.isupper():
        return None  # ABC's "This Week", "Next Year" (a film): a title, not the week or year
    if m.group("the") and relation == "last" and _OF_ANY_AFTER.match(ctx.text, m.end()):
        return None  # "the last weekend of the festival": an ordinal of that thing, not a date
    places = _PLACING_BEFORE.search(ctx.text, max(0, m.start() - 8), m.start())
    if places and m.group("the") and relation in ("past", "last") and unit in _PLACED_UNITS:
        value = relative_period(unit, -1, ctx.published) if ctx.published else None
        return Candidate(m.start("the"), m.end(), "DATE", value)
    if m.group("the") and unit != "weekend" and relation in ("past", "last", "next", "coming"):
        value = "P3M" if unit == "quarter" else duration_value("1", unit)
        return Candidate(m.start("the"), m.end(), "DURATION", value)
    mod = EDGE_MODS.get(group(m, "edge"))
    if relation in ("previous", "following") or ctx.published is None:
        # "the following year" counts from a date in the story, not from publication.
        step = {"previous": -1, "following": 1}.get(relation)
        shift = (unit, step) if step and unit in ("year", "month") else None
        kind = "following" if shift else ""
        return Candidate(m.start(), m.end(), "DATE", None, mod, kind=kind, shift=shift)
    step = {"last": -1, "past": -1, "next": 1, "coming": 1}.get(relation, 0)
    if unit == "weekend":
        value = _weekend(ctx.published, step)
    else:
        value = relative_period(unit, step, ctx.published)
    return Candidate(m.start(), m.end(), "DATE", value, mod)


@RULES.add(p.WEEKEND)
def over_the_weekend(m: re.Match[str], ctx: Context) -> Candidate:
    """ "over the weekend": the weekend just gone in past tense, the coming one otherwise."""
    start, end = m.start("we"), m.end("we")
    if ctx.published is None:
        return Candidate(start, end, "DATE", None)
    past = ctx.tense(start, end) == "past" and ctx.published.weekday() < 5
    return Candidate(start, end, "DATE", _weekend(ctx.published, -1 if past else 0))


@RULES.add(p.SEASON)
def season(m: re.Match[str], ctx: Context) -> Candidate | None:
    """ "last summer" -> 2012-SU; a bare season needs "in the", "during the"... before it."""
    code = SEASONS[m.group("season").lower()]
    relation = {"past": "last", "coming": "next"}.get(group(m, "rel"), group(m, "rel"))
    mod = EDGE_MODS.get(group(m, "edge"))
    if m.group("year"):
        return Candidate(m.start(), m.end(), "DATE", f"{m.group('year')}-{code}", mod)
    if is_capitalised_mid_sentence(ctx.text, m.start("season")):
        return None  # "the Arab Spring", "the Summer Youth Program"
    if _OF_AFTER.match(ctx.text, m.end()):
        return None  # "after the fall of the government" is no season
    if not relation and not mod:
        before = ctx.text[max(0, m.start() - 20) : m.start()].lower().split()
        if len(before) < 2 or before[-1] != "the" or before[-2] not in SEASON_CUES:
            return None
        doubtful = m.group("season").lower() == "fall" and before[-2] in _FALL_DOUBTFUL_CUES
        if doubtful and not _OF_A_YEAR_AFTER.match(ctx.text, m.end()):
            return None  # "taken to hospital after the fall"
    if ctx.published is None:
        return Candidate(m.start(), m.end(), "DATE", None, mod)
    tense = ctx.tense(m.start(), m.end())
    year = season_year(code, published=ctx.published, tense=tense, relation=relation)
    return Candidate(m.start(), m.end(), "DATE", f"{year}-{code}", mod)


def _year_phrase(words: str, ctx: Context) -> int | None:
    if words[:1].isdigit():
        return int(words)
    if ctx.published is None:
        return None
    step = {"last": -1, "next": 1}.get(words.split()[0].lower(), 0)
    return ctx.published.year + step


@RULES.add(p.QUARTER)
def quarter(m: re.Match[str], ctx: Context) -> Candidate | None:
    """ "the third quarter (of 2023)" -> 2023-Q3; halves only with their year ("first half")."""
    ordinal = m.group("ord").lower()
    half = m.group("kind").lower() == "half"
    if ordinal in ("final", "last"):  # "the last half of 1989" is its second half
        number = 2 if half else 4
    else:
        number = ORDINALS.get(ordinal) or int(ordinal[0])
    if half and (number > 2 or not m.group("year")):
        return None
    if ordinal == "last" and not m.group("year"):
        return None
    letter = "H" if half else "Q"
    year = _year_phrase(m.group("year"), ctx) if m.group("year") else None
    if year is None and ctx.published is not None and not half:
        tense = ctx.tense(m.start(), m.end())
        year = resolve_quarter(number, published=ctx.published, tense=tense)
    value = f"{year}-{letter}{number}" if year is not None else None
    return Candidate(m.start(), m.end(), "DATE", value, kind="quarter")


@RULES.add(p.REPORTED_QUARTER)
def reported_quarter(m: re.Match[str], ctx: Context) -> Candidate | None:
    """ "the quarter" is the last closed quarter; "the year-ago quarter" the same a year back."""
    if ctx.published is None:
        return Candidate(m.start(), m.end(), "DATE", None)
    index = ctx.published.year * 4 + quarter_of(ctx.published.month) - 2
    relation = normal(m.group("rel") or "")
    back = m.group("back") or "ago" in relation or "earlier" in relation
    kind = "quarter-told"
    if back or relation.startswith("comparable"):
        index, kind = index - 4, "quarter-back"
    return Candidate(m.start(), m.end(), "DATE", f"{index // 4}-Q{index % 4 + 1}", kind=kind)


@RULES.add(p.QUARTER_CODE)
def quarter_code(m: re.Match[str], ctx: Context) -> Candidate | None:
    """ "Q3 2023", "2023 Q3"; "Q3" alone resolves like "the third quarter"."""
    number = int(m.group("q") or m.group("q2"))
    year_text = m.group("year") or m.group("year_first")
    if year_text:
        return Candidate(m.start(), m.end(), "DATE", f"{year_text}-Q{number}")
    if ctx.published is None:
        return Candidate(m.start(), m.end(), "DATE", None)
    tense = ctx.tense(m.start(), m.end())
    year = resolve_quarter(number, published=ctx.published, tense=tense)
    return Candidate(m.start(), m.end(), "DATE", f"{year}-Q{number}", kind="quarter")


def _looks_like_quantity(m: re.Match[str], ctx: Context) -> bool:
    """ "2000 troops", "nearly 1900 people", "2010 percent" are counts, not years; "Post No.
    1922" is a label."""
    if p.QUANTITY_AFTER.match(ctx.text, m.end()):
        return True
    if p.NUMBER_LABEL_BEFORE.search(ctx.text, max(0, m.start() - 10), m.start()):
        return True
    if ctx.entity_type(m.start("year"), m.end("year")) in ("MONEY", "PERCENT", "QUANTITY"):
        return True
    before = ctx.text[max(0, m.start() - 20) : m.start()]
    return bool(p.QUANTITY_BEFORE.search(before)) and ctx.next_word(m.end()).islower()


@RULES.add(p.YEAR_NUMBER)
def year(m: re.Match[str], ctx: Context) -> Candidate | None:
    """A year ("in 2019", "fiscal 2023", "mid-2012") or a span of years ("2009-10")."""
    if _looks_like_quantity(m, ctx):
        return None
    mod = EDGE_MODS.get(group(m, "edge"))
    first = int(m.group("year"))
    second_text = m.group("year2")
    if second_text:
        second = int(second_text) if len(second_text) == 4 else first // 100 * 100
        second += int(second_text) if len(second_text) == 2 else 0
        if first < second <= first + 100:
            return Candidate(m.start(), m.end(), "DATE", str(first), mod, str(second), "year")
    return Candidate(m.start(), m.end("year"), "DATE", str(first), mod, kind="year")


@RULES.add(p.DECADE)
def decade(m: re.Match[str], ctx: Context) -> Candidate:
    """ "the 1990s" -> "199"; "the '90s" is the latest such decade up to the one after
    publication's: in 1989 "the '80s" is the 1980s, "the '90s" the coming 1990s and "the '20s"
    the 1920s; in 2019 "the '90s" is the 1990s."""
    digits = m.group("dec").strip("'’s")
    if len(digits) == 2 and ctx.published is not None:
        latest = ctx.published.year // 10 * 10 + 10
        starts = [(latest // 100 + shift) * 100 + int(digits) for shift in (-1, 0)]
        digits = str(max(start for start in starts if start <= latest))
    elif len(digits) == 2:
        digits = ("19" if int(digits) > 30 else "20") + digits
    mod = EDGE_MODS.get(group(m, "edge"))
    return Candidate(m.start(), m.end(), "DATE", digits[:3], mod)


@RULES.add(p.CENTURY)
def century(m: re.Match[str], ctx: Context) -> Candidate | None:
    """ "the 20th century" -> "19" (TimeML writes centuries by their first two digits)."""
    ordinal = m.group("ord").lower()
    number = ORDINALS.get(ordinal) or int(re.sub(r"\D", "", ordinal))
    if number < 1:
        return None
    mod = EDGE_MODS.get(group(m, "edge"))
    return Candidate(m.start(), m.end(), "DATE", f"{number - 1:02d}", mod)


@RULES.add(p.PART_OF_PERIOD)
def part_of_period(m: re.Match[str], ctx: Context) -> Candidate:
    """ "the end of the year": this year's end, or last year's when a past-tense clause speaks
    of an end that has not come yet ("the outbreak peaked by the end of the year", in March)."""
    unit = m.group("unit").lower()
    mod = PART_MODS[m.group("pos").lower()]
    if ctx.published is None:
        return Candidate(m.start(), m.end(), "DATE", None, mod)
    step = 0
    if mod == "END" and unit in ("year", "month") and ctx.tense(m.start(), m.end()) == "past":
        not_yet = ctx.published.month < 10 if unit == "year" else ctx.published.day < 20
        step = -1 if not_yet else 0
    return Candidate(m.start(), m.end(), "DATE", relative_period(unit, step, ctx.published), mod)
