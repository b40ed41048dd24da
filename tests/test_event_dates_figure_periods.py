"""A period that only measures a reported figure does not date the verb that reports it.

Business news names the span a result covers ("a second-quarter loss", "reserves for the
second quarter") and the period a change is compared with ("from $3 million a year earlier");
the reporting and the change are news of the story's own days. Sentences are written for the
tests; the story was published on Tuesday, 12 September 2023.
"""

import datetime

PUBLISHED = datetime.date(2023, 9, 12)


def test_a_hyphened_quarter_before_the_figure_does_not_date_the_report(events_of):
    text = "Separately, the toolmaker reported a second-quarter loss of about $4 million."

    event = events_of(text)["report"]

    assert event.date_start == PUBLISHED


def test_a_quarter_after_for_is_the_span_a_figure_covers(events_of):
    text = "The lender is raising its bad-debt reserves for the second quarter by $3 million."

    event = events_of(text)["raise"]

    assert event.date_start == PUBLISHED


def test_a_time_after_from_and_a_figure_dates_the_base_not_the_change(events_of):
    text = "Sales at the brewer rose 4% to $12 million from $11.5 million a year earlier."

    event = events_of(text)["rise"]

    assert event.date_start == PUBLISHED
