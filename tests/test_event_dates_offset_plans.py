"""A clause set "N days after" a plan's day counts from the day the plan's infinitive names.

The sentences are written for the tests; the story was published on 18 March 2009.
"""

import datetime


def test_a_counted_after_clause_counts_from_the_day_of_the_planned_act(events_of):
    text = (
        "The group met in Atlanta on Tuesday. Perry was set to die Feb. 26, one day after "
        "Lee and three others were charged with fraud in Atlanta."
    )

    event = events_of(text, published=datetime.date(2009, 3, 18))["charge"]

    assert event.date_start == datetime.date(2009, 2, 25)
