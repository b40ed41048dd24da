"""Calendar arithmetic that anchors news-style relative dates to the publication date.

News rarely states full dates: it says "on Tuesday", "in July", "last summer". Which Tuesday or
which July depends on the tense of the clause ("arrived on Tuesday" looks back, "will meet on
Wednesday" looks ahead), so every resolver here takes the tense as an argument:
``"past"`` picks the latest occurrence on or before the publication date, ``"future"`` and
``"present"`` the earliest on or after it (news uses the present for schedules: "the trial opens
Monday"), and ``"unknown"`` the nearest one (a weekday: the past week's, see
``resolve_weekday``).
"""

import datetime
from collections.abc import Callable

from stories.extraction.times.vocab import SEASON_START_MONTH

Tense = str  # "past" | "present" | "future" | "unknown"

LOOKS_BACK = frozenset({"past"})
# A day named without a year that falls this close to publication is the near one, in any tense.
NEAR_DAYS = 45
LOOKS_AHEAD = frozenset({"future", "present"})


def usable_anchor(published: datetime.date | None) -> datetime.date | None:
    """The publication date if relative dates can be resolved against it, else None.

    Pages carry placeholders ("0001-01-01") and impossible dates; a year at either end of the
    calendar would overflow "last Tuesday" or "next year", so such an anchor counts as none and
    relative expressions stay unresolved instead of raising.
    """
    if published is None or not (datetime.MINYEAR + 1 < published.year < datetime.MAXYEAR - 1):
        return None
    return published


def _choose(candidates: list[int], pivot: int, tense: Tense) -> int:
    """Pick among ordinal positions (days or months) relative to the pivot by tense."""
    if tense in LOOKS_BACK:
        earlier = [c for c in candidates if c <= pivot]
        if earlier:
            return max(earlier)
    if tense in LOOKS_AHEAD:
        later = [c for c in candidates if c >= pivot]
        if later:
            return min(later)
    # Nearest; on a tie the earlier one, because news mostly reports what already happened.
    return min(candidates, key=lambda c: (abs(c - pivot), c))


def resolve_weekday(weekday: int, *, published: datetime.date, tense: Tense) -> datetime.date:
    """The date a bare weekday name ("on Tuesday") refers to in a piece published that day.

    ``weekday`` counts like ``date.weekday()`` (0 is Monday). A weekday equal to the publication
    weekday is the publication day itself in every tense: news says "next Tuesday" or "last
    Tuesday" when it means another week. With an unknown tense it is the past week's day.
    """
    offsets = [weekday - published.weekday() + shift for shift in (-7, 0, 7)]
    # With no tense to go by, a weekday is the past week's: news names coming days with a
    # verb that says so ("will meet Thursday"), and reports what happened.
    offset = _choose([o for o in offsets if -7 < o < 7], 0, "past" if tense == "unknown" else tense)
    return published + datetime.timedelta(days=offset)


def shift_weekday(weekday: int, *, published: datetime.date, direction: int) -> datetime.date:
    """ "last Monday" (direction -1) or "next Monday" (+1): strictly before or after publication."""
    if direction > 0:
        return published + datetime.timedelta(days=(weekday - published.weekday()) % 7 or 7)
    return published - datetime.timedelta(days=(published.weekday() - weekday) % 7 or 7)


def relative_period(unit: str, step: int, published: datetime.date) -> str:
    """ "last week", "next year": the value of the unit-long period ``step`` units from the one
    containing ``published``."""
    if unit == "week":
        return iso_week(published + datetime.timedelta(weeks=step))
    if unit == "month":
        year, month = add_months(published.year, published.month, step)
        return f"{year}-{month:02d}"
    if unit == "quarter":
        year, month = add_months(published.year, published.month, 3 * step)
        return f"{year}-Q{(month - 1) // 3 + 1}"
    if unit == "decade":
        return str(published.year // 10 + step)
    if unit == "century":
        return str(published.year // 100 + step)
    return str(published.year + step)


def month_index(year: int, month: int) -> int:
    """Months counted from year 0, so that month arithmetic is plain subtraction."""
    return year * 12 + month - 1


def resolve_month(
    month: int, *, published: datetime.date, tense: Tense, near_ahead: bool = False
) -> tuple[int, int]:
    """(year, month) for a month named without a year: "in July".

    With ``near_ahead``, the month after publication is the coming one whatever the tense, as a
    day named that close is: "told the companies of a cutback in September", written in August,
    is next month's (the caller says when the month dates no past verb of its own).
    """
    pivot = month_index(published.year, published.month)
    candidates = [month_index(published.year + d, month) for d in (-1, 0, 1)]
    if near_ahead and pivot + 1 in candidates:
        return divmod(pivot + 1, 12)[0], (pivot + 1) % 12 + 1
    chosen = _choose(candidates, pivot, tense)
    return divmod(chosen, 12)[0], chosen % 12 + 1


def shift_month(month: int, *, published: datetime.date, direction: int) -> tuple[int, int]:
    """ "last June" (-1) or "next June" (+1): the nearest such month strictly before or after."""
    pivot = month_index(published.year, published.month)
    candidates = [month_index(published.year + d, month) for d in (-1, 0, 1)]
    if direction < 0:
        chosen = max(c for c in candidates if c < pivot)
    else:
        chosen = min(c for c in candidates if c > pivot)
    return chosen // 12, chosen % 12 + 1


def resolve_yearly(
    occurrence: Callable[[int], datetime.date | None],
    *,
    published: datetime.date,
    tense: Tense,
    done_slack: int | None = None,
) -> datetime.date | None:
    """A yearly day named without a year ("Sept. 12", "Christmas"), chosen by tense.

    ``done_slack`` is given for a deed told as done (see ``done_deeds``): its day lies no more
    than that many days after publication, so a near day further ahead is last year's."""
    dates = [occurrence(published.year + d) for d in (-1, 0, 1)]
    candidates = [d.toordinal() for d in dates if d is not None]
    if not candidates:
        return None
    pivot = published.toordinal()
    nearest = min(candidates, key=lambda c: abs(c - pivot))
    behind_a_plan = nearest < pivot and tense in LOOKS_AHEAD
    ahead_of_a_deed = done_slack is not None and nearest > pivot + done_slack
    if ahead_of_a_deed:
        return datetime.date.fromordinal(_choose(candidates, pivot, "past"))
    if abs(nearest - pivot) <= NEAR_DAYS and not behind_a_plan:
        # "Dec. 7" in a piece of Nov. 2 is five weeks ahead, whatever the parse says of the tense
        # (payment dates, schedules and reported speech mislead it); no one means 11 months ago.
        # A day just gone is near only for what already happened: a tour that "concludes
        # October 10th", announced in November, ends next October.
        return datetime.date.fromordinal(nearest)
    return datetime.date.fromordinal(_choose(candidates, pivot, tense))


def season_year(code: str, *, published: datetime.date, tense: Tense, relation: str) -> int:
    """Year of a season named relative to publication ("last summer", "this winter", "spring").

    ``relation`` is "last", "next", "this" or "" (bare "in the summer"). "last summer" is the
    latest summer that ended before the month preceding publication (in September the summer just
    gone is "this summer"); "next" the first one that begins after the publication month.
    """
    pivot = month_index(published.year, published.month)
    start_month = SEASON_START_MONTH[code]
    starts = [month_index(published.year + d, start_month) for d in (-2, -1, 0, 1)]
    if relation == "this":
        in_current_winter = code == "WI" and published.month <= 2
        return published.year - 1 if in_current_winter else published.year
    if relation == "last":
        chosen = max(s for s in starts if s + 3 < pivot)
    elif relation == "next":
        chosen = min(s for s in starts if s > pivot)
    else:
        chosen = _choose(starts, pivot, tense)
    return chosen // 12


def quarter_of(month: int) -> int:
    """1-4."""
    return (month - 1) // 3 + 1


def resolve_quarter(quarter: int, *, published: datetime.date, tense: Tense) -> int:
    """Year of "the third quarter" named without a year."""
    pivot = published.year * 4 + quarter_of(published.month) - 1
    candidates = [(published.year + d) * 4 + quarter - 1 for d in (-1, 0, 1)]
    # Quarters are reported after they close: "third-quarter profit" in November is the quarter
    # just ended, even in the present tense ("profit is up") or the future ("third-quarter
    # earnings will be lower": not yet reported); only the future looks further ahead.
    if tense == "future":
        return _choose(candidates, pivot - 1, "future") // 4
    return _choose(candidates, pivot, "past") // 4


def iso_week(day: datetime.date) -> str:
    """TimeML week value, e.g. "2023-W37" (ISO week-numbering year)."""
    year, week, _ = day.isocalendar()
    return f"{year}-W{week:02d}"


def add_months(year: int, month: int, months: int) -> tuple[int, int]:
    """(year, month) shifted by a number of months."""
    index = month_index(year, month) + months
    return index // 12, index % 12 + 1


def month_counted_on(day: datetime.date, months: int) -> datetime.date:
    """The first day of the month `months` after the month of `day` ("two months later": a
    month, no day)."""
    year, month = add_months(day.year, day.month, months)
    return datetime.date(year, month, 1)


def period_start(value: str | None) -> datetime.date | None:
    """First day of a calendar value ("2023", "2023-09", "2023-W37", "2023-09-12T15:00"); a
    weekend ("2023-W37-WE") starts on its Saturday."""
    if not value or not value[:4].isdigit():
        return None
    year = int(value[:4])
    rest = value[4:]
    try:
        if rest.startswith("-W") and rest[2:4].isdigit():
            weekend = rest[4:7] == "-WE"  # "2023-W37-WE" starts on the Saturday
            return datetime.date.fromisocalendar(year, int(rest[2:4]), 6 if weekend else 1)
        if len(rest) >= 6 and rest[1:3].isdigit() and rest[4:6].isdigit():
            return datetime.date(year, int(rest[1:3]), int(rest[4:6]))
        if len(rest) >= 3 and rest[1:3].isdigit():
            return datetime.date(year, int(rest[1:3]), 1)
    except ValueError:
        return None
    return datetime.date(year, 1, 1)
