"""A coarse story point holding a day the story already told stands on that day.

"Shares fell on Friday. … Traders were wary after the swings of last week. … Prices also
closed lower in Paris": the week the narrative last named holds the Friday it told first, so
the undated deed after it is best placed on that Friday, the finer point both times agree on,
rather than somewhere in the week.
"""

from __future__ import annotations

from collections.abc import Sequence

from stories.extraction.events.event_dates import EventDate

_COARSE = ("week", "month")


def day_within(point: EventDate, told: Sequence[EventDate]) -> EventDate:
    """The last single day among the story's points `told` (in order) that lies within the
    coarse `point` (a week or a month); `point` itself when it is a day or holds none."""
    if point.precision not in _COARSE:
        return point
    from stories.extraction.events.dates import period_end  # dates imports the narrative rules

    last = point.end or period_end(point.start, point.precision)
    days = [
        d for d in told if d.precision == "day" and d.end is None and point.start <= d.start <= last
    ]
    return days[-1] if days else point
