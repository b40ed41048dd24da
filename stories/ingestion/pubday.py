"""The day a page was published on, as the page itself counts days.

A story's relative dates ("today", "on Tuesday", "last night") count from the writer's day,
not from Greenwich's: a Los Angeles story stamped 2019-11-20T01:50Z was published on the 19th,
and its "Tuesday" is the 19th. Pages that state their stamp in their own offset say so
directly; many state it in UTC only, and then the page's other signs of its own day are used:
the same moment stated elsewhere on the page in the site's offset, or the day in the page's
own URL (``/2019/11/19/``), which publishers write on their own clock. Either is taken only
when it could be the local day of that moment somewhere on Earth (offsets run from -12 to +14
hours), so a stale date in a URL never moves a publication by more than the time zones can.

A story that opens with a dateline counts its days on the dateline city's clock instead (see
stories/filing_zone.py, shared beside datelines.py because it reads the gazetteer): the
reporter's "Tuesday" in Hong Kong is Tuesday there, whatever day it still is at the outlet.
Only a stamp that states a moment is moved; a bare date written as midnight
("2019-11-19T00:00:00Z") says the day and nothing about the hour.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date, datetime, time, timedelta

#: Two stamps this close are one moment written twice (seconds are often dropped).
_SAME_MOMENT = timedelta(minutes=2)
_WEST_MOST = timedelta(hours=-12)
#: The furthest a real time zone lies east of UTC (Kiribati, +14:00).
EAST_MOST = timedelta(hours=14)
_URL_DAY_RE = re.compile(r"/((?:19|20)\d\d)([/-])(\d\d)\2(\d\d)(?:/|$|[-_.])")


def local_day(
    published: datetime | None,
    stamps: Iterable[datetime] = (),
    url: str | None = None,
    text: str | None = None,
) -> date | None:
    """The page's own publication day for the moment ``published``.

    ``stamps`` are the other publication stamps the page carries (any offsets), ``url`` its
    address, ``text`` its article text (for a dateline). A stamp in a non-zero offset is
    already the site's own clock.
    """
    if published is None:
        return None
    filed = filed_day(published, text)
    if filed is not None:
        return filed
    if published.utcoffset():
        return published.date()
    for stamp in stamps:
        if stamp.utcoffset() and abs(stamp - published) <= _SAME_MOMENT:
            return stamp.date()
    day = url_day(url)
    if day is not None and could_be_local_day(day, published):
        return day
    return published.date()


def filed_day(published: datetime, text: str | None) -> date | None:
    """The day of ``published`` on the clock of the city in ``text``'s dateline, if the stamp
    states a moment (an aware time other than midnight) and the dateline's zone is known."""
    if not text or published.tzinfo is None or published.timetz().replace(tzinfo=None) == time():
        return None
    from stories.filing_zone import dateline_zone

    zone = dateline_zone(text)
    if zone is None:
        return None
    try:
        return published.astimezone(zone).date()
    except (OverflowError, ValueError):
        return None


def url_day(url: str | None) -> date | None:
    """The day written in a URL's path (``/2019/11/19/`` or ``/2019-11-19/``), if any."""
    if not url:
        return None
    match = _URL_DAY_RE.search(url)
    if match is None:
        return None
    try:
        return date(int(match.group(1)), int(match.group(3)), int(match.group(4)))
    except ValueError:
        return None


def could_be_local_day(day: date, moment: datetime) -> bool:
    """Whether ``day`` is the local date of ``moment`` in some time zone on Earth."""
    try:
        return (moment + _WEST_MOST).date() <= day <= (moment + EAST_MOST).date()
    except OverflowError:
        return False
