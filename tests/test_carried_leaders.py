"""A country carried from the sentence before does not place what a nation's leadership says
or decides, unless that sentence named the country as an actor (events.carried_leaders).

Short texts written for these tests. Places arrive resolved (with coordinates), as
analyse_text hands them to event extraction.
"""

import pytest

from stories.extraction.mentions import EventCandidate
from stories.extraction.nlp import get_nlp
from tests.test_event_placing import event_with, where
from tests.test_event_placing import placed_events as placing_events

# name: kind, specificity, country, latitude, longitude
PLACES = {
    "Norland": ("country", 1, "NO", 61.0, 9.0),
    "LYON": ("city", 3, "FR", 45.75, 4.85),
    "Lyon": ("city", 3, "FR", 45.75, 4.85),
    "Geneva": ("city", 3, "CH", 46.2, 6.15),
    "New York": ("city", 3, "US", 40.71, -74.0),
    "Sudland": ("country", 1, "SE", 62.0, 15.0),
}


@pytest.fixture(scope="module")
def nlp():
    return get_nlp()


def placed_events(nlp, text: str) -> list[EventCandidate]:
    return placing_events(nlp, text, catalogue=PLACES, people={})


def test_a_country_named_where_bases_are_leaves_the_president_s_decision_to_the_dateline(nlp):
    text = (
        "LYON — Reports of fighting near the foreign bases in Norland reached the capital on "
        "Monday. The president decided on Tuesday that more troops were needed."
    )

    decided = event_with(placed_events(nlp, text), "decide")

    assert where(decided) == ("Lyon", "dateline")


def test_a_pronoun_subject_stands_for_the_administration_that_said_it(nlp):
    text = (
        "LYON — The plan called for replacing foreign soldiers in Norland with local forces. "
        "The administration said on Monday that it rejects the plan."
    )

    rejects = event_with(placed_events(nlp, text), "reject")

    assert where(rejects) == ("Lyon", "dateline")


def test_a_country_named_as_the_actor_still_carries_to_its_minister(nlp):
    text = (
        "LYON — Norland called for an emergency meeting of oil producers on Monday. "
        "The minister denied on Tuesday that the kingdom had cut supplies."
    )

    denied = event_with(placed_events(nlp, text), "deny")

    assert where(denied) == ("Norland", "previous sentence")


def test_a_country_still_carries_to_an_actor_who_is_no_leadership(nlp):
    text = (
        "LYON — Reports of fighting near the foreign bases in Norland reached the capital on "
        "Monday. The soldiers decided on Tuesday to leave the bases."
    )

    decided = event_with(placed_events(nlp, text), "decide")

    assert where(decided) == ("Norland", "previous sentence")


def test_with_no_other_country_acting_the_struck_country_keeps_its_government(nlp):
    text = (
        "Relief agencies in Geneva asked for donations on Monday. Storms killed 40 people in "
        "Norland on Sunday. The government declared a state of emergency."
    )

    declared = event_with(placed_events(nlp, text), "declare")

    assert where(declared) == ("Norland", "previous sentence")


def test_a_body_that_is_no_country_does_not_take_the_president_from_the_carried_country(nlp):
    text = (
        "The council met in New York on Monday. Fighting raged in Sudland on Tuesday. "
        "The army chief said the president would visit the front."
    )

    visit = event_with(placed_events(nlp, text), "visit")

    assert where(visit) == ("Sudland", "previous sentence")


def test_a_refused_carry_is_not_filled_by_the_lead_s_place_in_another_country(nlp):
    text = (
        "Relief agencies in Geneva asked for donations on Monday. Sudland sent doctors after "
        "storms killed 40 people in Norland on Sunday. The president declared a state of "
        "emergency."
    )

    declared = event_with(placed_events(nlp, text), "declare")

    assert where(declared) == (None, None)
