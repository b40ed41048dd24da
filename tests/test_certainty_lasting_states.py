"""A past passive of confinement names a plight still going on (events.lasting_states, read by
events.certainty). The sentences are written for these tests."""

import datetime as dt

from tests.test_events import PUBLISHED, certainty_of_verb, nlp  # noqa: F401 (nlp is a fixture)

MONDAY = dt.date(2024, 3, 4)
LAST_MONTH = dt.date(2024, 2, 5)


def test_people_trapped_by_fighting_are_still_in_a_plight(nlp):  # noqa: F811
    text = "Aid groups said 3,000 villagers were trapped in the valley north of Varn."
    assert certainty_of_verb(nlp, text, "trapped", MONDAY) == "ongoing"


def test_a_reduced_passive_of_confinement_names_a_plight_going_on(nlp):  # noqa: F811
    text = "Officials worried about the safety of travellers stranded in Norland."
    assert certainty_of_verb(nlp, text, "stranded", PUBLISHED) == "ongoing"


def test_plans_hampered_by_the_weather_are_still_held_back(nlp):  # noqa: F811
    text = "Relief plans were hampered by heavy rain and a lack of trucks."
    assert certainty_of_verb(nlp, text, "hampered", PUBLISHED) == "ongoing"


def test_an_active_trapping_is_a_deed_done(nlp):  # noqa: F811
    text = "Police trapped the suspect in a stairwell in Varn."
    assert certainty_of_verb(nlp, text, "trapped", MONDAY) == "occurred"


def test_a_confinement_that_may_come_is_no_plight_going_on(nlp):  # noqa: F811
    text = "Residents could be trapped by the rising river in Varn."
    assert certainty_of_verb(nlp, text, "trapped", PUBLISHED) != "ongoing"


def test_a_plight_dated_months_before_the_story_is_backstory(nlp):  # noqa: F811
    text = "In October, tourists were marooned in Varn by the floods."
    assert certainty_of_verb(nlp, text, "marooned", dt.date(2023, 10, 2)) == "occurred"


def test_a_plight_told_with_its_length_in_the_past_is_over(nlp):  # noqa: F811
    text = "The climbers were trapped on the ledge for three days."
    assert certainty_of_verb(nlp, text, "trapped", PUBLISHED) == "occurred"


def test_a_plight_told_until_a_time_is_over(nlp):  # noqa: F811
    text = "The hikers were stranded on the mountain until Sunday, when a helicopter reached them."
    assert certainty_of_verb(nlp, text, "stranded", MONDAY) != "ongoing"


def test_a_plight_that_has_lasted_a_length_still_goes_on(nlp):  # noqa: F811
    text = "The miners have been trapped in the shaft for three days."
    assert certainty_of_verb(nlp, text, "trapped", PUBLISHED) == "ongoing"
