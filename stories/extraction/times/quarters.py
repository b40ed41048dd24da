"""Which quarter "the quarter" means: the one the story names.

Business news names the quarter it reports once ("the fiscal first quarter", "fourth-quarter
earnings") and then refers back to it: "in the quarter", "the latest period", "the year-ago
quarter", "the 1988 period". Those resolve to the last calendar quarter closed by publication
(``rules_dates.reported_quarter``), which is the reported one for a company whose fiscal year is
the calendar's, and wrong for one whose is not. So a quarter the story names as fiscal ("the
fiscal first quarter") is the one referred back to, once it has closed by publication: one
still to come is an outlook, not the one reported. A calendar quarter named in passing ("after
a flat second quarter") changes nothing.
"""

import datetime
import re

from stories.extraction.times.calendar import quarter_of
from stories.extraction.times.candidates import Candidate

_FISCAL = re.compile(r"\bfiscal\b", re.I)
_QUARTER = re.compile(r"^(\d{4})-Q([1-4])$")
# Candidate kinds set by the rules: a quarter named by its ordinal, and the references back.
NAMED = "quarter"
TOLD = "quarter-told"  # "the quarter", "the latest period": the story's quarter
YEAR_BACK = "quarter-back"  # "the year-ago quarter": the story's quarter a year before
OF_YEAR = "quarter-of-year"  # "the 1988 period": the story's quarter in that year


def follow_story_quarter(
    candidates: list[Candidate], text: str, published: datetime.date | None
) -> None:
    """Give each reference back to a quarter the number of the last closed fiscal quarter
    named before it."""
    named: tuple[int, int] | None = None
    for candidate in candidates:
        match = _QUARTER.match(candidate.value or "")
        if match is None:
            continue
        year, number = int(match[1]), int(match[2])
        if candidate.kind == NAMED:
            fiscal = _FISCAL.search(text, max(0, candidate.start - 12), candidate.end)
            if fiscal and _closed(year, number, published):
                named = (year, number)
        elif named is not None and candidate.kind == TOLD:
            candidate.value = f"{named[0]}-Q{named[1]}"
        elif named is not None and candidate.kind == YEAR_BACK:
            candidate.value = f"{named[0] - 1}-Q{named[1]}"
        elif named is not None and candidate.kind == OF_YEAR:
            candidate.value = f"{year}-Q{named[1]}"


def _closed(year: int, number: int, published: datetime.date | None) -> bool:
    """Whether the quarter had ended by publication (with no date, taken as told)."""
    if published is None:
        return True
    return year * 4 + number < published.year * 4 + quarter_of(published.month)
