"""An act a tensed verb of planning or proposing sets out with no time of its own ("proposed
to acquire the rest of its unit") is dated by the planning: the week or month its sentence
names before it, or, told in the lead, the month of publication. Told further down with no
time, or under a verb of wanting, or denied, it stays undated.

Sentences are written for the tests; the story was published on Tuesday, 12 September 2023.
"""

import datetime

SEPTEMBER = (datetime.date(2023, 9, 1), "month")


def test_a_proposed_act_in_the_lead_falls_in_the_month_of_publication(events_of):
    text = "Acme Corp., as expected, proposed to acquire the 22% it doesn't own of its U.S. unit."
    event = events_of(text)["acquire"]

    assert (event.date_start, event.date_precision) == SEPTEMBER
    assert event.extra["date_from"] == "told_plan"


def test_a_planned_act_takes_the_month_its_sentence_names_before_it(events_of):
    text = (
        "Shares of Acme rose on Monday.\n\n"
        "Analysts expect a bid soon.\n\n"
        "Last April, Mr. Jones and a group of backers planned to acquire 30% of Acme."
    )
    event = events_of(text)["acquire"]

    assert (event.date_start, event.date_precision) == (datetime.date(2023, 4, 1), "month")


def test_a_planned_act_told_below_the_lead_with_no_time_stays_undated(events_of):
    text = (
        "The president met the premier in Moscow on Friday.\n\n"
        "The two signed an economic program.\n\n"
        "The president also planned to visit the gas giant Gazprom."
    )

    assert events_of(text)["visit"].date_start is None


def test_an_act_a_company_expects_is_no_plan_told(events_of):
    text = "The state expects to receive $267 million."

    assert "receive" not in events_of(text) or events_of(text)["receive"].date_start is None


def test_a_denied_plan_is_not_dated_by_the_planning(events_of):
    text = "The company did not plan to sell the unit."

    assert "sell" not in events_of(text) or events_of(text)["sell"].date_start is None
