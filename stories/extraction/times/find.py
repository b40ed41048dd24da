"""Temporal expressions in news text, normalised to TimeML values against the publication date.

``find_times`` runs the rules of ``times_rules_dates`` and ``times_rules_spans`` over the text,
keeps the longest non-overlapping matches, then does what needs more than one match: gives a
lone clock time the day mentioned before it (or that of a later clock on an earlier day told
just after it, clock_days), folds "the end of" into a modifier, and joins
"from Monday to Friday" and "through Wednesday" into ranges. Spans stay tight, because the event
extractor links mentions to words by their offsets: prepositions such as "on" or "in" are never
part of a mention, and only the words that make a range ("from", "through") join one.

The rules are news rules. A weekday without a date is read by the tense of its clause
(``times_calendar``), durations are never turned into points, and with no publication date a
relative expression gets ``value=None`` rather than a guess.
"""

import datetime
import re
from dataclasses import dataclass

from spacy.tokens import Doc

from stories.extraction.times.attachment import (
    embedded_clause,
    reduced_relative,
    relative_clause,
)
from stories.extraction.times.calendar import (
    period_start,
    resolve_weekday,
    shift_weekday,
    usable_anchor,
)
from stories.extraction.times.candidates import PART_MODS, Candidate, Context, has_day
from stories.extraction.times.clock_days import days_from_later_clocks
from stories.extraction.times.first_clock_days import days_from_first_day
from stories.extraction.times.narrative_year import narrative_year
from stories.extraction.times.patterns import DETERMINER_BEFORE
from stories.extraction.times.quarters import follow_story_quarter
from stories.extraction.times.rules_anaphora import RULES as ANAPHORA_RULES
from stories.extraction.times.rules_counted import RULES as COUNTED_RULES
from stories.extraction.times.rules_dates import RULES as DATE_RULES
from stories.extraction.times.rules_holidays import RULES as HOLIDAY_RULES
from stories.extraction.times.rules_periods import RULES as PERIOD_RULES
from stories.extraction.times.rules_same_time import RULES as SAME_TIME_RULES
from stories.extraction.times.rules_spans import RULES as SPAN_RULES
from stories.extraction.times.tense import detect_tense
from stories.literal_gate import fold, may_match, required_strings

__all__ = ["TimeMention", "detect_tense", "find_times", "resolve_weekday"]


@dataclass(frozen=True)
class TimeMention:
    """One time expression: where it is, its TimeML type and value, and how precise it is.

    A range ("from May to July") has its start in ``value`` and its end in ``end_value``. An
    open range ("through Wednesday", "until June") names only its end, as TimeML does: ``value``
    and ``end_value`` are that end, and ``opens`` is the publication day when the range runs from
    now until then (unknown, ``None``, when it ended before publication). ``precision`` always
    describes ``value``.
    """

    text: str
    start: int
    end: int
    type: str  # "DATE" | "TIME" | "DURATION" | "SET"
    value: str | None
    precision: str  # "day" | "week" | "month" | "year" | "unknown"
    end_value: str | None = None
    mod: str | None = None
    opens: str | None = None
    # Where the participle of a reduced relative clause that holds this time starts ("the move
    # announced on Monday", "an allegation made in 2010"): the time dates that participle's
    # happening, not the clause around its noun. None without a parse or such a participle.
    participle: int | None = None
    # The character span of the relative (or infinitive) clause on a noun that holds this time
    # ("Ruiz, who retired in August"): it dates that clause's happening, not the one around it.
    relative: tuple[int, int] | None = None
    # The character span of the clause on a noun or content clause that holds it.
    clause: tuple[int, int] | None = None


_PRECISIONS = (
    (re.compile(r"\d{4}-\d\d-\d\d"), "day"),
    (re.compile(r"\d{4}-W\d\d"), "week"),
    (re.compile(r"\d{4}-\d\d$"), "month"),
    (re.compile(r"\d{4}(?:-(?:Q\d|H\d|SP|SU|FA|WI))?$"), "year"),
)
_PART_OF = re.compile(r"\b(?P<pos>end|close|beginning|start|middle|turn)\s+of\s+(?:the\s+)?$", re.I)
_RANGE_LINK = re.compile(r"\s*(?:-|–|—|to|until|till|through|thru|and)\s*", re.I)
_RANGE_OPENER = re.compile(r"\b(?P<word>from|between)\s+$", re.I)
_OPEN_END = re.compile(r"\b(?P<word>through|thru|until|till)\s+$", re.I)
_NEGATION = re.compile(r"\b(?:not|never)\b|n't\b", re.I)
_CLAUSE_START = re.compile(r"[.!?;:]\s|\n")
_CLOCK_BEFORE_DAY = re.compile(r"\s*,?\s*(?:on\s+)?")
_DAY_BEFORE_CLOCK = re.compile(r",?\s+at\s+")
_LOOK_BEHIND = 40
_CLAUSE_REACH = 200
RULES = [
    *DATE_RULES,
    *HOLIDAY_RULES,
    *SPAN_RULES,
    *PERIOD_RULES,
    *ANAPHORA_RULES,
    *COUNTED_RULES,
    *SAME_TIME_RULES,
]


def precision_of(value: str | None, kind: str) -> str:
    """Granularity of a DATE/TIME value; durations, sets and references are "unknown".

    Seasons, quarters and halves count as "year" because their value starts with the year;
    decades and centuries ("199", "19") are "unknown" because they are no calendar year.
    """
    if value is None or kind in ("DURATION", "SET"):
        return "unknown"
    for pattern, precision in _PRECISIONS:
        if pattern.match(value):
            return precision
    return "unknown"


def find_times(
    text: str, *, published: datetime.date | None, doc: Doc | None = None
) -> list[TimeMention]:
    """Time expressions in ``text``, in order, resolved against the ``published`` date.

    ``doc`` is an optional spaCy parse of the same text; with it, tense comes from the verb that
    governs each expression, without it from cue words nearby.
    """
    context = Context(text=text, published=usable_anchor(published), doc=doc)
    candidates = _attach_clocks(_select(_match_all(context)), text)
    published = context.published
    lone = {index for index, candidate in enumerate(candidates) if _is_lone_clock(candidate)}
    _anchor_clocks(candidates, text, published)
    days_from_later_clocks(candidates, lone)
    days_from_first_day(candidates, lone, published, text)
    follow_story_quarter(candidates, text, published)
    narrative_year(candidates, text)
    _anchor_shifts(candidates, text, published)
    _fold_part_of(candidates, text)
    candidates = _join_ranges(candidates, text, published)
    _open_ranges(candidates, context)
    return [
        TimeMention(
            text=text[c.start : c.end],
            start=c.start,
            end=c.end,
            type=c.type,
            value=c.value,
            precision=precision_of(c.value, c.type),
            end_value=c.end_value,
            mod=c.mod,
            opens=c.opens,
            participle=reduced_relative(doc, c.start, c.end) if doc is not None else None,
            relative=relative_clause(doc, c.start, c.end) if doc is not None else None,
            clause=embedded_clause(doc, c.start, c.end) if doc is not None else None,
        )
        for c in candidates
    ]


# What each rule cannot match without (stories/literal_gate.py): most find nothing in a text.
_NEEDS = [required_strings(pattern) for pattern, _ in RULES]


def _match_all(context: Context) -> list[tuple[Candidate, int]]:
    found = []
    folded = fold(context.text)
    # Several rules share a need (the month names, the weekdays): the text is searched for
    # each need once, and the answer, which depends on the text alone, kept for the others.
    holds: dict[frozenset[str] | None, bool] = {}
    for priority, ((pattern, handler), need) in enumerate(zip(RULES, _NEEDS, strict=True)):
        if need not in holds:
            holds[need] = may_match(need, folded)
        if not holds[need]:
            continue
        for match in pattern.finditer(context.text):
            candidate = handler(match, context)
            if candidate is not None:
                found.append((candidate, priority))
    return found


def _select(found: list[tuple[Candidate, int]]) -> list[Candidate]:
    """Longest matches win; among equal lengths the earlier-registered rule."""
    found.sort(key=lambda item: (item[0].start - item[0].end, item[1], item[0].start))
    taken: list[Candidate] = []
    for candidate, _ in found:
        if all(candidate.end <= t.start or candidate.start >= t.end for t in taken):
            taken.append(candidate)
    return sorted(taken, key=lambda c: c.start)


def _attach_clocks(candidates: list[Candidate], text: str) -> list[Candidate]:
    """ "10 a.m. July 13" and "April 4 at 10:30 a.m." are one TIME on that day."""
    attached: list[Candidate] = []
    for candidate in candidates:
        previous = attached[-1] if attached else None
        value = _clock_on_day(previous, candidate, text) if previous else None
        if previous is None or value is None:
            attached.append(candidate)
            continue
        previous.end, previous.type, previous.value = candidate.end, "TIME", value
        previous.kind, previous.clock = "", None
    return attached


def _clock_on_day(first: Candidate, second: Candidate, text: str) -> str | None:
    """The joint value of a lone clock and a day written next to it, in either order."""
    between = text[first.end : second.start]
    if _is_lone_clock(first) and has_day(second) and _CLOCK_BEFORE_DAY.fullmatch(between):
        return second.value[:10] + first.clock
    if has_day(first) and _is_lone_clock(second) and _DAY_BEFORE_CLOCK.fullmatch(between):
        return first.value[:10] + second.clock
    return None


def _is_lone_clock(candidate: Candidate) -> bool:
    return bool(candidate.clock) and candidate.value is None


def _anchor_clocks(candidates: list[Candidate], text: str, published: datetime.date | None) -> None:
    """A clock time alone ("at 8 p.m.") belongs to the last day the story mentioned.

    News narrates in order ("On Sunday night ... At 8 p.m., police ..."), so the latest
    day-precision mention before the clock is its day; with none, the publication day. The
    start of a clock range ("7 a.m. to 4 p.m. Saturday") takes the day of its end instead.
    """
    day = published.isoformat() if published else None
    for index, candidate in enumerate(candidates):
        if _is_lone_clock(candidate):
            following = candidates[index + 1] if index + 1 < len(candidates) else None
            if has_day(following) and _RANGE_LINK.fullmatch(text[candidate.end : following.start]):
                day = following.value[:10]
            candidate.value = day + candidate.clock if day else None
        elif has_day(candidate):
            day = candidate.value[:10]


_ANCHOR_REACH = 400  # characters back to the time a shift ("a year earlier") counts from
_YEAR_OF = re.compile(r"^(\d{4})(.*)$")
# "the year-ago quarter" is itself a year back: the period a later "a year earlier" counts from
# is the story's own one before it.
_A_YEAR_BACK = re.compile(r"year[-\s](?:ago|earlier)", re.I)
_GRAIN = {"year": 4, "month": 7, "day": 10}


def _anchor_shifts(
    candidates: list[Candidate], text: str, published: datetime.date | None = None
) -> None:
    """ "a year earlier", "two days later" count from the last time the story named.

    News compares a period with the same period before ("profit rose in the third quarter from
    a year ago"), so a year's shift keeps the granularity of its anchor: a quarter stays a
    quarter. "ago" counts from publication, except that a year ago next to a quarter is that
    quarter a year before. With no anchor close by, the publication-based value stays, except
    for "later", which never counts from publication: it takes the story's last time, however
    far back ("in December 2016 … he came off treatment a year later").
    """
    anchor: Candidate | None = None
    scene: Candidate | None = None  # the last time that dates the story, not a thing in it
    for candidate in candidates:
        following = candidate.kind in ("following", "anaphor")
        if candidate.shift is not None and (candidate.value or following):
            near = anchor is not None and candidate.start - anchor.end <= _ANCHOR_REACH
            if following:
                # "the following year", "that year": the story's last time (or the unit after
                # it), at the expression's own grain; "the year" alone is the publication's.
                near = scene is not None and candidate.start - scene.end <= _ANCHOR_REACH
                if scene is not None and candidate.shift[0].startswith("weekday-"):
                    near = True  # "the previous Friday" counts from the story's day, however far
                    # back; in a future clause a past day is dropped below (``Candidate.ahead``)
                shifted = _shifted(scene.value, candidate.shift) if near else None
                if shifted and candidate.ahead and _lies_before(shifted, published):
                    shifted = None  # "By then, crews will have cleared it": not a past day
                if shifted:
                    candidate.value = shifted[: _GRAIN.get(candidate.shift[0])]
                elif candidate.kind == "following" and not candidate.shift[0].startswith(
                    "weekday-"
                ):
                    candidate.value = None  # a weekday keeps its own reading by tense
                if candidate.value:
                    anchor = scene = candidate
                continue
            if near and candidate.kind == "year-earlier" and _not_yet_begun(anchor, published):
                near = False  # results are compared with a year before a reported period
            later = text[candidate.start : candidate.end].lower().endswith("later")
            if anchor is not None and later:
                near = True  # "a year later" never counts from publication, however far back
            shifted = _shifted(anchor.value, candidate.shift) if near else None
            ago = text[candidate.start : candidate.end].lower().endswith("ago")
            quarter_only = ago or candidate.kind == "year-earlier"
            if shifted is not None and (not quarter_only or "-Q" in anchor.value):
                candidate.value = shifted
            continue
        own_period = not _A_YEAR_BACK.search(text, candidate.start, candidate.end)
        if (
            candidate.type in ("DATE", "TIME")
            and _YEAR_OF.match(candidate.value or "")
            and own_period
        ):
            anchor = candidate
            if not _dates_a_thing(candidate, text):
                scene = candidate


_NOUN_NEXT = re.compile(
    r"\s+(?!(?:and|or|to|in|on|at|for|by|with|from|when|that|as|was|were|is)\b)[a-z]"
)


def _dates_a_thing(candidate: Candidate, text: str) -> bool:
    """ "Trump's July 25 phone call", "the 1988 period": a date written before a noun."""
    before = DETERMINER_BEFORE.search(text, max(0, candidate.start - 12), candidate.start)
    return bool(before and _NOUN_NEXT.match(text, candidate.end))


def _lies_before(value: str, published: datetime.date | None) -> bool:
    """A value that ends before the publication day: a past day, month or year."""
    if published is None:
        return False
    calendar = re.match(r"\d{4}(?:-\d{2}(?:-\d{2})?)?(?![\d])", value)
    if calendar is None:
        return False
    return calendar.group() < published.isoformat()[: len(calendar.group())]


def _not_yet_begun(anchor: Candidate, published: datetime.date | None) -> bool:
    """A forecast's period ("losses through the third quarter of 1990"), not a reported one."""
    start = period_start(anchor.value)
    return published is not None and start is not None and start > published


def _shifted(value: str | None, shift: tuple[str, int]) -> str | None:
    unit, count = shift
    match = _YEAR_OF.match(value or "")
    if match is None:
        return None
    if unit == "same":  # "until then": the time itself
        return value
    if unit == "year":
        return f"{int(match[1]) + count}{match[2].split('T')[0]}"
    start = period_start(value)
    if start is None:
        return None
    if unit.startswith("weekday-") and precision_of(value, "DATE") == "day":
        # the nearest such weekday strictly before (or after) the day: count is the weekday
        direction = 1 if unit == "weekday-after" else -1
        return shift_weekday(count, published=start, direction=direction).isoformat()
    if unit in ("day", "night") and precision_of(value, "DATE") == "day":
        try:
            return (start + datetime.timedelta(days=count)).isoformat()
        except OverflowError:
            return None
    if unit == "month" and precision_of(value, "DATE") in ("day", "month"):
        year, month = divmod(start.year * 12 + start.month - 1 + count, 12)
        return f"{year}-{month + 1:02d}"
    return None


def _fold_part_of(candidates: list[Candidate], text: str) -> None:
    """ "the end of March" -> the March mention, widened, with mod END."""
    for candidate in candidates:
        if candidate.type != "DATE" or candidate.mod:
            continue
        before = _PART_OF.search(text, max(0, candidate.start - _LOOK_BEHIND), candidate.start)
        if before:
            candidate.start = before.start("pos")
            candidate.mod = PART_MODS[before.group("pos").lower()]


def _join_ranges(
    candidates: list[Candidate], text: str, published: datetime.date | None
) -> list[Candidate]:
    """ "from Monday to Friday", "between 2009 and 2011", "May-July" become one range."""
    joined: list[Candidate] = []
    for candidate in candidates:
        previous = joined[-1] if joined else None
        if previous is None or not _are_range_ends(previous, candidate, text):
            joined.append(candidate)
            continue
        link = text[previous.end : candidate.start]
        opener = _RANGE_OPENER.search(text, max(0, previous.start - 10), previous.start)
        if link.strip().lower() == "and" and not (opener and opener["word"].lower() == "between"):
            joined.append(candidate)
            continue
        if opener:
            previous.start = opener.start("word")
        previous.end = candidate.end
        _end_after_start(previous, candidate, text)
        _order_range(previous, candidate, published)
        previous.kind = "range"
    return joined


def _are_range_ends(first: Candidate, second: Candidate, text: str) -> bool:
    return (
        first.type in ("DATE", "TIME")
        and second.type == first.type
        and not first.end_value
        and first.kind != "range"
        and bool(_RANGE_LINK.fullmatch(text[first.end : second.start]))
    )


_YEARLESS_END = re.compile(r"^\d{4}(-\d\d(?:-\d\d)?)(T.*)?$")


def _end_after_start(first: Candidate, second: Candidate, text: str) -> None:
    """A range's end named without a year is the first such day or month on or after its
    start: "this year through Oct. 19" ends this October, whatever the tense made of it."""
    begins = period_start(first.value)
    match = _YEARLESS_END.match(second.value or "")
    if begins is None or match is None or re.search(r"\d{4}", text[second.start : second.end]):
        return
    if precision_of(first.value, first.type) != "year" or first.kind == "weekday":
        return
    for year in (begins.year, begins.year + 1):
        value = f"{year}{match[1]}{match[2] or ''}"
        start = period_start(value)
        if start is not None and start >= begins:
            second.value = value
            return


def _order_range(first: Candidate, second: Candidate, published: datetime.date | None) -> None:
    """Make a range whose ends were resolved apart run forwards.

    Each end of "from Monday to Friday" was resolved on its own, so Friday may land before
    Monday. A range that ends by publication lies in the past: its start moves back a week (or
    a year, for months); otherwise its end moves forward.
    """
    begins, ends = period_start(first.value), period_start(second.value)
    if begins is None or ends is None or ends >= begins or second.kind != first.kind:
        first.end_value = second.value
        return
    past = published is not None and ends <= published
    if first.kind == "weekday":
        step = datetime.timedelta(days=7)
        if past:
            first.value = (begins - step).isoformat() + first.value[10:]
            first.end_value = second.value
        else:
            first.end_value = (ends + step).isoformat() + second.value[10:]
    elif first.kind == "month":
        if past:
            first.value = f"{int(first.value[:4]) - 1}{first.value[4:]}"
            first.end_value = second.value
        else:
            first.end_value = f"{int(second.value[:4]) + 1}{second.value[4:]}"
    else:
        first.end_value = second.value


def _open_ranges(candidates: list[Candidate], context: Context) -> None:
    """ "through Wednesday": from publication until then, unless it ends before publication.

    "did not arrive until Friday" is a point, not a range: a negation earlier in the clause
    keeps the mention as it is.
    """
    text, published = context.text, context.published
    for candidate in candidates:
        if candidate.type not in ("DATE", "TIME") or candidate.kind == "range":
            continue
        if candidate.shift == ("same", 0):
            continue  # "until then" names the story's time, spanned as "then" like "by then"
        signal = _OPEN_END.search(text, max(0, candidate.start - 12), candidate.start)
        if signal is None:
            continue
        window_start = max(0, signal.start() - _CLAUSE_REACH)
        clause_starts = _CLAUSE_START.finditer(text, window_start, signal.start())
        clause_start = max((m.end() for m in clause_starts), default=window_start)
        if _NEGATION.search(text, clause_start, signal.start()):
            continue
        ends = period_start(candidate.value)
        candidate.start = signal.start("word")
        candidate.end_value = candidate.value
        starts_now = published is not None and ends is not None and ends >= published
        candidate.opens = published.isoformat() if starts_now else None
        candidate.kind = "range"
