"""A headline's dated plan the body never tells again stays an event (events.headline_happenings).

Short texts written for these tests.
"""

import datetime as dt

from tests.test_events import events_of, nlp  # noqa: F401 (nlp is a fixture)

# A body that tells what a new library would hold, never the vote on it.
LIBRARY_BODY = (
    "ORBEN — The new branch library would hold 40,000 books and a computer lab. "
    "Its reading room would face the river, and the children's wing would open onto a garden. "
    "Residents asked for the branch at three public meetings last year."
)


def _headline_events(nlp, text: str, headline: str):  # noqa: F811
    return [e for e in events_of(nlp, text) if e.start < len(headline)]


def test_a_headline_plan_the_body_never_tells_is_a_planned_event(nlp):  # noqa: F811
    headline = "Orben board to vote on Friday on library bond. "

    found = _headline_events(nlp, headline + LIBRARY_BODY, headline)

    assert [(e.trigger, e.certainty) for e in found] == [("vote", "planned")]


def test_a_headline_plan_is_dated_by_its_own_time_word(nlp):  # noqa: F811
    headline = "Orben board to vote on Friday on library bond. "

    found = _headline_events(nlp, headline + LIBRARY_BODY, headline)

    assert [e.date_start for e in found] == [dt.date(2024, 3, 8)]


def test_a_headline_plan_the_body_retells_gives_no_second_event(nlp):  # noqa: F811
    headline = "Orben board to vote on Friday on library bond. "
    body = (
        "ORBEN — The Orben school board will vote on Friday on a $4 million library bond. "
        "The new branch would hold 40,000 books."
    )

    found = _headline_events(nlp, headline + body, headline)

    assert found == []


def test_a_headline_past_happening_stays_out(nlp):  # noqa: F811
    headline = "Orben man charged in library fire. "
    body = (
        "Tomas Ferrel, 44, is being held in the county jail on a probation violation. "
        "Firefighters from two towns fought the blaze for six hours."
    )

    assert _headline_events(nlp, headline + body, headline) == []


def test_an_undated_headline_plan_stays_out(nlp):  # noqa: F811
    headline = "Orben board to vote on library bond. "

    assert _headline_events(nlp, headline + LIBRARY_BODY, headline) == []


def test_a_short_lead_told_in_the_past_is_no_headline(nlp):  # noqa: F811
    text = (
        "Orben firefighters saved a barn on Monday. "
        "Firefighters saved the barn after a three-hour fight, the chief said."
    )

    saves = [e for e in events_of(nlp, text) if e.trigger == "save"]

    assert any(e.start == 0 for e in saves)


def test_a_headline_plan_the_body_retells_in_other_words_on_its_date_gives_no_event(nlp):  # noqa: F811
    headline = "Storm to hit Orben coast on Friday. "
    body = (
        "ORBEN — The hurricane is expected to make landfall near the harbor on Friday. "
        "Shops along the beach were closed and sandbags were stacked."
    )

    assert _headline_events(nlp, headline + body, headline) == []


def _fair_headline_events(day: str):
    from stories.extraction.analysis import analyse_text

    headline = "Orben to host chess fair in May. "
    body = (
        f"ORBEN — The Orben Open chess tournament will open at the library on {day}. "
        "Entry costs $10 and lunch is served in the hall."
    )
    events = analyse_text(headline + body, published=dt.date(2024, 3, 4)).events
    return [e for e in events if e.start < len(headline)]


def test_a_headline_plan_in_a_month_the_body_dates_to_a_day_of_it_gives_no_event():
    assert _fair_headline_events("May 12") == []


def test_a_headline_plan_in_a_month_the_body_dates_elsewhere_stays():
    # The look-alike: the body's plan falls in another month, so it is not the headline's.
    assert [e.trigger for e in _fair_headline_events("June 12")] == ["host"]


def test_another_plan_in_the_headlines_month_does_not_retell_it():
    # The look-alike: a council vote on a day of May is not the chess fair the headline
    # puts in May.
    from stories.extraction.analysis import analyse_text

    headline = "Orben to host chess fair in May. "
    body = (
        "ORBEN — The town council will vote on the harbour budget on May 3, the mayor said. "
        "Entry to the fair costs $10."
    )
    events = analyse_text(headline + body, published=dt.date(2024, 3, 4)).events
    assert [e.trigger for e in events if e.start < len(headline)] == ["host"]


def test_a_headline_plan_retold_by_its_proper_name_on_a_day_of_its_month_gives_no_event():
    # The plan's own name ("Harvest Games") in both says it is the same plan.
    from stories.extraction.analysis import analyse_text

    headline = "Orben to host Harvest Games in May. "
    body = (
        "Farmers of all ages will compete at the Harvest Games, scheduled for May 20-22 at "
        "the fairground, organisers said. Entry costs $10."
    )
    events = analyse_text(headline + body, published=dt.date(2024, 3, 4)).events
    assert [e.trigger for e in events if e.start < len(headline)] == []
