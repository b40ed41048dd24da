"""A clause set "N days after" a plan's day counts from the day the plan's infinitive names.

The sentences are written for the tests; the story was published on 18 March 2009.
"""

import datetime


def test_a_counted_after_clause_counts_from_the_day_of_the_planned_act(events_of):
    text = (
        "The committee met in Harbor City on Tuesday. Ana Ruiz was set to testify March 10, "
        "one day after Tom Lee and two aides were arrested in Norfield."
    )

    event = events_of(text, published=datetime.date(2009, 3, 18))["arrest"]

    assert event.date_start == datetime.date(2009, 3, 9)
