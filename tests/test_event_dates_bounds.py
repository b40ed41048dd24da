"""A time that bounds something ("since 1993") is no narrative time for the clauses after it."""

import datetime
import re

from stories.extraction.events.dates import date_from_narrative
from stories.extraction.mentions import EventCandidate
from stories.extraction.times import find_times

WEDNESDAY = datetime.date(2023, 9, 13)


def test_a_bound_is_no_narrative_time_of_its_paragraph():
    text = (
        "Rain fell.\n\nWind blew.\n\nThe party won for the first time since 1993. Voters cheered."
    )
    start = text.index("Voters cheered")
    event = EventCandidate(
        title="t",
        summary="",
        quote="Voters cheered",
        start=start,
        end=start + len("Voters cheered"),
        trigger="cheer",
        certainty="occurred",
    )
    [dated] = date_from_narrative(
        [event],
        text=text,
        times=find_times(text, published=WEDNESDAY),
        sentences=[(m.start(), m.end()) for m in re.finditer(r"[^.\n]+\.?", text)],
        published=WEDNESDAY,
        tense_of=lambda _: "past",
    )

    assert dated.date_start is None
