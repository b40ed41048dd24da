"""Clauses that tell what was wished or would have been, not what happened (events.unrealised).

Short sentences written for these tests, each after a lead that reports a happening.
"""

from stories.extraction.events.unrealised import unrealised
from tests.test_events import event_triggers, nlp  # noqa: F401 (nlp is a fixture)

LEAD = "Acme Corp. opened a plant in Lyon on Monday. "


def _unrealised(nlp, text: str, word: str) -> bool:  # noqa: F811
    return unrealised(next(t for t in nlp(text) if t.text == word))


def test_what_a_measure_would_have_done_is_not_an_event(nlp):  # noqa: F811
    text = LEAD + "Acme said the deal would have reduced Lyon's reliance on coal."

    assert "reduce" not in event_triggers(nlp, text)


def test_what_was_to_have_been_built_is_not_an_event(nlp):  # noqa: F811
    text = LEAD + "Acme's depot in Paris, which was to have been built in phases, was shelved."

    assert "build" not in event_triggers(nlp, text)


def test_what_a_firm_intended_to_do_is_not_an_event(nlp):  # noqa: F811
    text = LEAD + "Last spring the bakery intended to double its sales in Lyon."

    assert "double" not in event_triggers(nlp, text)


def test_a_dream_to_do_something_is_not_an_event(nlp):  # noqa: F811
    text = LEAD + "Mia Holt's one dream is to play the cello at the Vienna opera house."

    assert "play" not in event_triggers(nlp, text)


def test_a_plan_to_do_something_is_still_an_event(nlp):  # noqa: F811
    text = LEAD + "The firm plans to build a second plant in Lyon in May."

    assert "build" in event_triggers(nlp, text)


def test_a_reported_future_perfect_with_a_deadline_is_no_counterfactual(nlp):  # noqa: F811
    text = "Officials said the bridge would have been repaired by June."

    assert not _unrealised(nlp, text, "repaired")


def test_the_hope_being_to_do_something_is_no_wish(nlp):  # noqa: F811
    text = "The hope is to reopen the school on Monday."

    assert not _unrealised(nlp, text, "reopen")


def test_what_a_firm_meant_to_do_is_no_wish(nlp):  # noqa: F811
    text = "The firm meant to close the plant, and did so."

    assert not _unrealised(nlp, text, "close")


def test_a_course_that_would_be_taken_is_not_an_event(nlp):  # noqa: F811
    text = LEAD + "The second option would be to close the plant in Lyon."

    assert "close" not in event_triggers(nlp, text)


def test_a_priority_that_could_be_to_act_is_not_an_event(nlp):  # noqa: F811
    text = LEAD + "A priority for Mia Holt could be to examine the water plant in Lyon."

    assert _unrealised(nlp, text, "examine")


def test_what_someone_is_to_do_is_still_a_plan(nlp):  # noqa: F811
    text = "The minister is to visit the plant in Lyon on Friday."

    assert not _unrealised(nlp, text, "visit")


def test_a_hope_that_someone_else_will_act_is_not_an_event(nlp):  # noqa: F811
    text = LEAD + "The union's hope is that Acme will reopen the plant in Paris."

    assert "reopen" not in event_triggers(nlp, text)


def test_a_deed_joined_to_a_wished_one_is_wished_too(nlp):  # noqa: F811
    text = "Last spring the bakery intended to double its sales and open a shop in Paris."

    assert _unrealised(nlp, text, "open")


def test_a_deed_joined_to_a_counterfactual_one_is_counterfactual_too(nlp):  # noqa: F811
    text = "Acme said the deal would have cut costs and closed the mine in Lyon."

    assert _unrealised(nlp, text, "closed")


def test_a_past_deed_joined_to_a_wished_infinitive_still_happened(nlp):  # noqa: F811
    text = "The bakery intended to double its sales but closed its shop in Paris."

    assert not _unrealised(nlp, text, "closed")


def test_what_a_counterfactual_claim_would_have_told_is_not_an_event(nlp):  # noqa: F811
    text = "The aide would then have claimed that the mayor had closed the mine in Lyon."

    assert _unrealised(nlp, text, "closed")


def test_what_a_saying_tells_is_no_counterfactual(nlp):  # noqa: F811
    text = "The aide claimed that the mayor had closed the mine in Lyon."

    assert not _unrealised(nlp, text, "closed")


def test_a_verb_run_on_from_a_lost_full_stop_is_no_coordinate(nlp):  # noqa: F811
    text = (
        "Opponents said it would have hiked electrical rates significantly and locked out trade"
        " workers In the closely divided race to replace board member Ann Kerr, City"
        " Councilwoman Nury Diaz defeated educator Louis Pike, a two-time candidate."
    )

    assert not _unrealised(nlp, text, "defeated")


def test_what_police_should_have_known_still_happened(nlp):  # noqa: F811
    text = LEAD + (
        "Critics said police should have known that the gunman had bought a rifle in Lyon on "
        "Monday."
    )

    assert "buy" in event_triggers(nlp, text)


def test_a_reported_dated_next_step_is_a_plan(nlp):  # noqa: F811
    text = LEAD + "Officials said the next step would be to hold talks in Geneva on Friday."

    assert "talk" in event_triggers(nlp, text)
