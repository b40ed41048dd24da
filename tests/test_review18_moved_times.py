"""A verb of moving with nothing moved keeps the time of its own clause (events.owned_dates):
"the strike extended through Friday" tells when the strike ran to, the extending's own time.

The sentences here are written for the tests (published Tuesday 12 September 2023).
"""

import datetime


def test_an_intransitive_extension_is_dated_by_its_own_time_phrase(events_of):
    text = "The strike in Norfield extended through Friday."

    event = events_of(text)["extend"]

    assert event.date_start == datetime.date(2023, 9, 15)


def test_a_moved_hearing_still_takes_the_new_time(events_of):
    text = "The Brenton council on Monday delayed the hearing until October, officials said."

    events = events_of(text)

    assert events["delay"].date_start == datetime.date(2023, 9, 11)
    assert events["hearing"].date_start == datetime.date(2023, 10, 1)
