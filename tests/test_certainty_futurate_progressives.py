"""A present progressive of closing or leaving announces a step to come
(events.futurate_progressives, events.certainty).

The sentences are written for these tests.
"""

from tests.test_events import PUBLISHED, certainty_of_verb, nlp  # noqa: F401 (nlp is a fixture)


def test_a_firm_that_is_closing_a_plant_plans_the_closure(nlp):  # noqa: F811
    text = "The bakery chain is closing its largest plant because demand has fallen."
    assert certainty_of_verb(nlp, text, "closing", PUBLISHED) == "planned"


def test_a_person_who_is_leaving_for_abroad_plans_the_departure(nlp):  # noqa: F811
    text = "The veteran pilot is leaving for Canada to begin a second career, she said."
    assert certainty_of_verb(nlp, text, "leaving", PUBLISHED) == "planned"


def test_an_official_who_is_resigning_plans_the_resignation(nlp):  # noqa: F811
    text = "The county treasurer is resigning after eleven years in office."
    assert certainty_of_verb(nlp, text, "resigning", PUBLISHED) == "planned"


def test_a_firm_that_is_shutting_down_a_line_plans_it(nlp):  # noqa: F811
    text = "The carmaker is shutting down its oldest assembly line."
    assert certainty_of_verb(nlp, text, "shutting", PUBLISHED) == "planned"


def test_a_gap_that_is_closing_is_still_under_way(nlp):  # noqa: F811
    text = "The gap between the two parties is closing in the polls."
    assert certainty_of_verb(nlp, text, "closing", PUBLISHED) == "ongoing"


def test_a_storm_that_is_leaving_homes_without_power_is_under_way(nlp):  # noqa: F811
    text = "The storm is leaving thousands of homes without power."
    assert certainty_of_verb(nlp, text, "leaving", PUBLISHED) == "ongoing"


def test_police_closing_in_on_a_suspect_is_under_way(nlp):  # noqa: F811
    text = "Detectives are closing in on the suspect."
    assert certainty_of_verb(nlp, text, "closing", PUBLISHED) == "ongoing"


def test_a_past_progressive_of_closing_is_not_taken(nlp):  # noqa: F811
    text = "The shop was closing its doors when the thieves arrived."
    assert certainty_of_verb(nlp, text, "closing", PUBLISHED) != "planned"


def test_a_progressive_of_another_act_stays_under_way(nlp):  # noqa: F811
    text = "The county is drafting new rules for short-term rentals."
    assert certainty_of_verb(nlp, text, "drafting", PUBLISHED) == "ongoing"


def test_a_flood_that_is_leaving_people_stranded_is_under_way(nlp):  # noqa: F811
    text = "The flood is leaving hundreds of families stranded."
    assert certainty_of_verb(nlp, text, "leaving", PUBLISHED) == "ongoing"


def test_an_opening_reason_does_not_stop_a_departure_being_planned(nlp):  # noqa: F811
    text = "Weary of the long winters, the coach is leaving for Spain, his agent said."
    assert certainty_of_verb(nlp, text, "leaving", PUBLISHED) == "planned"
