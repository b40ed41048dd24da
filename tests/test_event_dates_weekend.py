"""A weekend dates an event to its two days, Saturday and Sunday."""

import datetime

from stories.extraction.events.dates import EventDate, event_date
from stories.extraction.events.narrative_points import is_weekend
from stories.extraction.times import find_times
from stories.extraction.times.calendar import period_start

TUESDAY = datetime.date(2023, 9, 12)


def test_a_weekend_value_starts_on_its_saturday():
    assert period_start("2023-W36-WE") == datetime.date(2023, 9, 9)


def test_an_event_at_the_weekend_spans_saturday_and_sunday():
    [mention] = find_times("The interview aired at the weekend.", published=TUESDAY)

    date = event_date(mention)

    assert (date.start, date.end, date.precision) == (
        datetime.date(2023, 9, 9),
        datetime.date(2023, 9, 10),
        "day",
    )


def test_a_weekend_is_no_day_for_the_storys_narrative_to_stand_on():
    saturday = datetime.date(2023, 9, 9)

    assert is_weekend(EventDate(saturday, saturday + datetime.timedelta(days=1), "day", ""))
    assert not is_weekend(EventDate(saturday, None, "day", ""))
