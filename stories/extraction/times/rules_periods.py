"""Rules for periods that business and broadcast news name in their own ways.

Earnings reports compare a period with "the year-earlier period" or "year-ago results" and
state results "for the year ended Sept. 30" (a year-long stretch, not a calendar year);
broadcast transcripts spell years out ("in nineteen ninety-six", "by the year two thousand").
"""

import re

from stories.extraction.times import patterns as p
from stories.extraction.times.calendar import quarter_of, resolve_quarter
from stories.extraction.times.candidates import Candidate, Context, Rules
from stories.extraction.times.vocab import ORDINALS, SEASONS, month_number, word_list

RULES = Rules()

_TENS = r"twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
_ONES = r"one|two|three|four|five|six|seven|eight|nine"
_TENS_VALUE = {w: 2 + i for i, w in enumerate(_TENS.split("|"))}
_ONES_VALUE = {w: 1 + i for i, w in enumerate(_ONES.split("|"))}
_TEENS = word_list(
    "ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen"
)

# "the year-earlier period", "year-ago results", "the year-ago third quarter": the same period
# one year before the one the story reports. Only the hyphenated adjective: "a year ago" is the
# AGO rule's.
YEAR_EARLIER = re.compile(
    p.START + r"(?:(?P<the>the\s+)(?:comparable\s+|corresponding\s+)?)?"
    r"year-(?:earlier|ago)(?:(?P<period>\s+period)|\s+(?P<ord>first|second|third|fourth)"
    r"[-\s]quarter)?" + p.END,
    re.I,
)
# "for the year ended Sept. 30", "in the fiscal year ending June 30": twelve months.
YEAR_ENDED = re.compile(
    p.START + r"the\s+(?:fiscal\s+|financial\s+)?year(?=\s+(?:ended|ending)\b)", re.I
)
SPOKEN_YEAR = re.compile(
    p.START + r"(?:(?P<the>the\s+year\s+)|(?P<mon>" + p.MONTH_NAME + r")\s+|the\s+"
    r"(?P<season>winter|spring|summer|fall|autumn)\s+of\s+)?(?:nineteen[-\s](?P<tens>"
    + _TENS
    + r")"
    r"(?:[-\s](?P<ones>" + _ONES + r"))?|nineteen[-\s](?P<teen>" + "|".join(_TEENS) + r")"
    r"|(?P<thousand>two\s+thousand)(?:\s+and\s+(?P<small>" + _ONES + r"))?)" + p.END,
    re.I,
)


@RULES.add(YEAR_EARLIER)
def year_earlier(m: re.Match[str], ctx: Context) -> Candidate | None:
    """The period a year before the one reported: a named quarter a year back; "the
    year-earlier period" the last closed quarter a year back; the bare adjective the year before
    publication. ``times.find`` moves it to a year before the quarter the story last named."""
    ordinal, period = m.group("ord"), m.group("period")
    if not ordinal and not period and not re.match(r"\s+[a-z]", ctx.text[m.end() : m.end() + 2]):
        return None  # the bare adjective needs its noun: "year-earlier profit"
    start = m.start() if ordinal or period else m.start() + len(m.group("the") or "")
    if ctx.published is None:
        return Candidate(start, m.end(), "DATE", None)
    if ordinal:
        number = ORDINALS[ordinal.lower()]
        year = resolve_quarter(number, published=ctx.published, tense="past") - 1
        return Candidate(start, m.end(), "DATE", f"{year}-Q{number}")
    if period:
        index = ctx.published.year * 4 + quarter_of(ctx.published.month) - 6
        value = f"{index // 4}-Q{index % 4 + 1}"
    else:
        value = str(ctx.published.year - 1)
    return Candidate(start, m.end(), "DATE", value, kind="year-earlier", shift=("year", -1))


@RULES.add(YEAR_ENDED)
def year_ended(m: re.Match[str], ctx: Context) -> Candidate:
    """ "the year ended Sept. 30" is a year-long stretch (TimeML P1Y)."""
    return Candidate(m.start(), m.end(), "DURATION", "P1Y")


@RULES.add(SPOKEN_YEAR)
def spoken_year(m: re.Match[str], ctx: Context) -> Candidate | None:
    """ "nineteen ninety-six" -> 1996; "the year two thousand" -> 2000; not a count of things."""
    if p.QUANTITY_AFTER.match(ctx.text, m.end()) or re.match(
        r"\s+(?:hundred|thousand|million|billion|dollars|years?)\b",
        ctx.text[m.end() : m.end() + 12],
    ):
        return None
    if m.group("thousand"):
        if not m.group("the") and not m.group("small"):
            return None  # "two thousand" alone is a number far more often than a year
        small = m.group("small")
        return Candidate(
            m.start(),
            m.end(),
            "DATE",
            str(2000 + _ONES_VALUE.get(small.lower(), 0) if small else 2000),
        )
    if m.group("teen"):
        year = 1900 + 10 + _TEENS.index(m.group("teen").lower())
    else:
        ones = m.group("ones")
        year = (
            1900
            + 10 * _TENS_VALUE[m.group("tens").lower()]
            + (_ONES_VALUE[ones.lower()] if ones else 0)
        )
    if m.group("mon"):
        return Candidate(m.start(), m.end(), "DATE", f"{year}-{month_number(m.group('mon')):02d}")
    if m.group("season"):
        return Candidate(m.start(), m.end(), "DATE", f"{year}-{SEASONS[m.group('season').lower()]}")
    return Candidate(m.start(), m.end(), "DATE", str(year))


# "the 1988 quarter", "the 1989 period", "the 1988 third quarter", "this year's third quarter",
# "last year's quarter": a quarter of a named year; without its ordinal, the quarter the story
# reports (the last one closed).
YEAR_QUARTER = re.compile(
    p.START + r"(?:the\s+)?(?:(?P<year>" + p.YEAR + r")|(?P<rel>this|last|next)\s+year['’]s)"
    r"\s+(?:(?P<ord>first|second|third|fourth)[-\s]+)?(?:fiscal\s+)?(?P<noun>quarter|period)"
    + p.END,
    re.I,
)


@RULES.add(YEAR_QUARTER)
def quarter_of_year(m: re.Match[str], ctx: Context) -> Candidate | None:
    if m.group("year"):
        year = int(m.group("year"))
    elif ctx.published is not None:
        year = ctx.published.year + {"last": -1, "next": 1}.get(m.group("rel").lower(), 0)
    else:
        return Candidate(m.start(), m.end(), "DATE", None)
    if m.group("ord"):
        number = ORDINALS[m.group("ord").lower()]
    elif ctx.published is not None:
        number = (quarter_of(ctx.published.month) - 2) % 4 + 1
    else:
        return Candidate(m.start(), m.end(), "DATE", str(year))
    kind = "quarter" if m.group("ord") else "quarter-of-year"
    return Candidate(m.start(), m.end(), "DATE", f"{year}-Q{number}", kind=kind)


# "the latest period", "the latest fiscal year", "the full year": the period being reported.
LATEST_PERIOD = re.compile(
    p.START + r"the\s+(?:(?P<latest>latest|most\s+recent)\s+(?:fiscal\s+)?(?P<unit>period|year)"
    r"|full\s+(?:fiscal\s+)?year)" + p.END,
    re.I,
)
# "by year-end", "since year end", "by year's end".
YEAR_END = re.compile(p.START + r"year(?:-end|\s+end|['’]s\s+end)" + p.END, re.I)
# "in the near future", "the short term": an unspecified time ahead (TimeML FUTURE_REF).
NEAR_FUTURE = re.compile(
    p.START + r"the\s+near\s+future|the\s+(?:near|short)\s+term"
    r"|the\s+(?:weeks|months|days|years)\s+ahead" + p.END,
    re.I,
)
THESE_DAYS = re.compile(p.START + r"these\s+days" + p.END, re.I)
_DECADES = {w.removesuffix("y") + "ies": n for w, n in _TENS_VALUE.items() if w != "twenty"}
SPOKEN_DECADE = re.compile(p.START + r"the\s+(?P<tens>" + "|".join(_DECADES) + r")" + p.END, re.I)
_AHEAD_UNITS = {"weeks": "W", "months": "M", "days": "D", "years": "Y"}


@RULES.add(LATEST_PERIOD)
def latest_period(m: re.Match[str], ctx: Context) -> Candidate:
    """The last closed quarter ("the latest period"), or the year being reported."""
    if ctx.published is None:
        return Candidate(m.start(), m.end(), "DATE", None)
    if m.group("latest") and m.group("unit").lower() == "period":
        index = ctx.published.year * 4 + quarter_of(ctx.published.month) - 2
        value = f"{index // 4}-Q{index % 4 + 1}"
        return Candidate(m.start(), m.end(), "DATE", value, kind="quarter-told")
    year = ctx.published.year - (1 if m.group("latest") else 0)
    return Candidate(m.start(), m.end(), "DATE", str(year))


@RULES.add(YEAR_END)
def year_end(m: re.Match[str], ctx: Context) -> Candidate:
    """The end of this year, or of last year for "since year-end"."""
    if ctx.published is None:
        return Candidate(m.start(), m.end(), "DATE", None, "END")
    year = ctx.published.year - (ctx.previous_word(m.start()) == "since")
    # The compound "year-end" names the closing day itself (a deadline, a balance sheet date).
    value = f"{year}-12-31" if "-" in m.group(0) else str(year)
    return Candidate(m.start(), m.end(), "DATE", value, "END")


@RULES.add(NEAR_FUTURE)
def near_future(m: re.Match[str], ctx: Context) -> Candidate:
    words = m.group(0).lower().split()
    if words[-1] == "ahead":
        return Candidate(m.start(), m.end(), "DURATION", f"PX{_AHEAD_UNITS[words[1]]}")
    return Candidate(m.start(), m.end(), "DATE", "FUTURE_REF")


@RULES.add(THESE_DAYS)
def these_days(m: re.Match[str], ctx: Context) -> Candidate:
    return Candidate(m.start(), m.end(), "DATE", "PRESENT_REF")


@RULES.add(SPOKEN_DECADE)
def spoken_decade(m: re.Match[str], ctx: Context) -> Candidate:
    """ "the nineties" -> "199" (TimeML writes a decade by its first three digits)."""
    return Candidate(m.start(), m.end(), "DATE", f"19{_DECADES[m.group('tens').lower()]}")
