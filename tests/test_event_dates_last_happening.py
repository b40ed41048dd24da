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


_CLOSES = (
    "Acme Corp. agreed to buy Norfield Mills for $2 billion.\n\n"
    "The deal ends a long contest for the mill, which employs 400 people.\n\n"
    "The board of Norfield Mills backed the offer.\n\n"
    "Norfield shares, which were to be delisted after the close of trading yesterday, "
    "closed at $23.25. Acme closed at $28.25."
)


def test_a_close_told_in_step_with_a_dated_close_takes_its_day_in_a_whole_story():
    """End to end: the second close has no time of its own and the one time before it is in a
    relative aside, so no narrative rule dates it; only the close told before it does."""
    from stories.extraction.analysis import analyse_text

    events = analyse_text(_CLOSES, published=datetime.date(2024, 5, 3)).events

    (close,) = [e for e in events if e.title == "Acme closes"]
    assert close.date_start == datetime.date(2024, 5, 2)
    assert close.extra.get("date_from") == "last_happening"
