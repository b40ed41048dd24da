"""The date an event is given: a start, perhaps an end, how precise it is and its words.

Its own module so that the narrative rules (following, narrative_points) and the dating
stage (dates, which imports them) can all name it without importing one another.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

# How precise a date is: a day beats a week beats a month beats a year.
PRECISION_RANK = {"day": 4, "week": 3, "month": 2, "year": 1}
# The precisions coarser than a day and a week that a time's date can have: `dates.event_date`
# keeps only those of PRECISION_RANK (a season, a quarter or a decade is "unknown").
COARSE_PRECISIONS = frozenset({"month", "year"})


@dataclass(frozen=True)
class EventDate:
    start: dt.date
    end: dt.date | None
    precision: str
    text: str

    @property
    def rank(self) -> int:
        """How precise: a day beats a week beats a month beats a year."""
        return PRECISION_RANK.get(self.precision, 0)
