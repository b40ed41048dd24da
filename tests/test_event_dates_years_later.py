"""A sentence opening on "A decade later," or "N years later," counts years on from the time
the sentence before named.

The sentences here are written for the tests.
"""

import datetime


def test_a_decade_later_counts_on_from_the_year_told_before(events_of):
    text = (
        "The mayor died on Sunday, his family said. The club first won the cup in 1981. "
        "A decade later, the mayor sold the club to a bank."
    )

    event = events_of(text, published=datetime.date(2009, 3, 31))["sell"]

    assert (event.date_start, event.date_precision) == (datetime.date(1991, 1, 1), "year")


def test_years_later_count_on_from_the_month_told_before(events_of):
    text = (
        "The mayor died on Sunday, his family said. The plant opened in May 1990. "
        "Two decades later, the owners sold the plant to a bank."
    )

    event = events_of(text, published=datetime.date(2012, 3, 31))["sell"]

    assert (event.date_start, event.date_precision) == (datetime.date(2010, 1, 1), "year")


def test_years_counted_past_publication_give_no_year(events_of):
    text = (
        "The mayor died on Sunday, his family said. The plant opened in 2005. "
        "Two decades later, the owners sold the plant to a bank."
    )

    event = events_of(text, published=datetime.date(2009, 3, 31))["sell"]

    assert event.date_start is None or event.date_start.year != 2025
