""" "This time last year", "the same time a year ago": the publication's month, a year back.

News compares now with a year before by the time of year ("calls this time last year were for
tornado help", "sales were weaker at the same time a year ago"): the phrase points at the
weeks around the same date a year earlier, not at the whole of last year, so its value is the
month of publication in the year before (month precision, as a month named with its year).
"A year earlier" or "before" counts from a time the story told, not from publication, and is
left to the anchored rules.
"""

import re

from stories.extraction.times import patterns as p
from stories.extraction.times.candidates import Candidate, Context, Rules

RULES = Rules()

SAME_TIME_LAST_YEAR = re.compile(
    p.START + r"(?:this|the\s+same)\s+time\s+(?:last\s+year|a\s+year\s+ago)" + p.END, re.I
)


@RULES.add(SAME_TIME_LAST_YEAR)
def same_time_last_year(m: re.Match[str], ctx: Context) -> Candidate:
    published = ctx.published
    value = f"{published.year - 1:04d}-{published.month:02d}" if published else None
    return Candidate(m.start(), m.end(), "DATE", value)
