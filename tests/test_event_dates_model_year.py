"""A year between "a" and a make's name ("a 2006 Dodge truck") is a model year: it dates the
thing, not the paragraph's narrative.

The sentences here are written for the tests.
"""

import datetime


def test_a_model_year_moves_no_paragraph_narrative(events_of):
    text = (
        "A fire destroyed a barn in Dover on Monday.\n\n"
        "A 2004 Ford pickup parked in the barn burned. No one was injured."
    )

    event = events_of(text, published=datetime.date(2009, 3, 24))["injure"]

    assert event.date_start == datetime.date(2009, 3, 23)
