"""A dateline that follows a byline and its date inside an unbroken text.

Newspaper archives often run a story's top lines together: "Storm hits coast. By Jane Roe
Staff Writer May 3, 2009 NORFIELD -- The storm …". The headline, the byline and the day of
print stand before the dateline, so the dateline does not open the body. A byline ("By "
and a name) that ends, within a line's length, on a full date (month, day and year) marks where
the dateline would stand; what follows is read as any dateline is (stories.datelines), so a
capitalised city and a dash are still needed, and an ordinary sentence after a date is not one.
"""

from __future__ import annotations

import re

_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
# "By Jane Roe Staff Writer May 3, 2009 ": a byline of at most a line, closed by a full date.
_BYLINE_DATE = re.compile(
    rf"\s*By\s+[A-Z][^\n]{{0,140}}?\b{_MONTH}\s+\d{{1,2}},?\s+\d{{4}}\s+", re.IGNORECASE
)


def after_byline(text: str, start: int) -> int | None:
    """Where a dateline would begin when the text at `start` is a byline closed by a full
    date, or None."""
    match = _BYLINE_DATE.match(text, start)
    if match is None or not text[start:].lstrip().startswith(("By ", "BY ")):
        return None
    return match.end()
