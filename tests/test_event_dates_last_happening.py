"""A past deed no narrative time places takes the date of the happening told before it in its
paragraph (events.last_happening).

The events here are made up for the tests.
"""

import datetime

from stories.extraction.events.last_happening import last_happening
from stories.extraction.mentions import EventCandidate

PUBLISHED = datetime.date(1989, 11, 2)


def _event(start: int, certainty: str = "occurred", day: datetime.date | None = None):
    return EventCandidate(
        title="",
        summary="",
        quote="",
        start=start,
        end=start + 20,
        trigger="close",
        certainty=certainty,
        date_start=day,
        date_precision="day" if day else "unknown",
    )


def test_a_deed_takes_the_day_of_the_happening_told_before_it():
    before = _event(10, day=datetime.date(1989, 11, 1))

    found = last_happening(_event(60), [before], [0], PUBLISHED)

    assert found is not None and found.start == datetime.date(1989, 11, 1)


def test_a_happening_of_another_paragraph_lends_no_day():
    before = _event(10, day=datetime.date(1989, 11, 1))

    assert last_happening(_event(60), [before], [0, 40], PUBLISHED) is None


def test_a_plan_lends_no_day():
    before = _event(10, certainty="planned", day=datetime.date(1989, 11, 9))

    assert last_happening(_event(60), [before], [0], PUBLISHED) is None
