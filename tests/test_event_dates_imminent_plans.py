"""A plan whose own words say it is about to happen falls in the month of publication."""

import datetime

from stories.extraction.analysis import analyse_text
from stories.extraction.mentions import EventCandidate
from tests.extracting import narrative_date

WEDNESDAY = datetime.date(2023, 9, 13)


def _planned(text: str, clause: str, trigger: str) -> EventCandidate:
    return narrative_date(
        text, clause, published=WEDNESDAY, tense="future", trigger=trigger, certainty="planned"
    )


def test_a_plan_a_company_is_set_to_carry_out_falls_in_the_month_of_publication():
    text = "The bakery chain is set to open forty new shops."

    event = _planned(text, "set to open forty new shops", "open")

    assert (event.date_start, event.date_precision) == (datetime.date(2023, 9, 1), "month")
    assert event.extra["date_from"] == "imminent"


def test_a_plan_for_the_next_few_days_falls_in_the_month_of_publication():
    text = "Officials expect the river will crest over the next few days."

    event = _planned(text, "the river will crest over the next few days", "crest")

    assert (event.date_start, event.date_precision) == (datetime.date(2023, 9, 1), "month")


def test_a_plan_that_was_set_to_happen_is_not_dated_by_publication():
    text = "The bakery chain was set to open forty shops before the pandemic."

    event = _planned(text, "set to open forty shops before the pandemic", "open")

    assert event.date_start is None


def test_a_prospect_dated_only_by_a_word_of_imminence_is_still_idle():
    text = "Traders said the gains will be limited shortly for the fund."

    events = analyse_text(text, published=WEDNESDAY).events

    assert not [e for e in events if "limit" in e.trigger]


def test_a_plant_a_firm_is_closing_falls_in_the_month_of_publication():
    text = "The Acme chain is closing its oldest plant in Springfield, the firm said Tuesday."

    [event] = [e for e in analyse_text(text, published=WEDNESDAY).events if e.trigger == "close"]

    assert event.certainty == "planned"
    assert (event.date_start, event.date_precision) == (datetime.date(2023, 9, 1), "month")


def test_a_plant_a_firm_is_building_is_under_way_not_planned():
    text = "The Acme chain is building a new plant in Springfield, the firm said Tuesday."

    [event] = [e for e in analyse_text(text, published=WEDNESDAY).events if e.trigger == "build"]

    assert event.certainty == "ongoing"
    assert event.extra.get("date_from") != "imminent"


def test_a_closing_told_with_an_adverb_between_is_dated_by_its_is_and_verb():
    text = "The Acme chain is quietly closing its oldest plant in Springfield, the firm said."

    [event] = [e for e in analyse_text(text, published=WEDNESDAY).events if e.trigger == "close"]

    assert event.date_text == "is closing"
