"""Event nouns brought in as the actor of their clause (events.acting).

The sentences are written for these tests; mentions come from tests/test_events.py's helpers.
"""

from tests.test_events import event_titles, event_triggers, nlp  # noqa: F401 (nlp is a fixture)


def test_new_happening_that_did_something_is_told_by_its_deed(nlp):  # noqa: F811
    # one happening, one event (events.second_views): the outbreak's deed, titled with it
    text = "A cholera outbreak at the river camp sickened dozens of families."
    assert event_titles(nlp, text) == ["Cholera outbreak sickens families"]


def test_new_happening_that_goes_on_is_an_event(nlp):  # noqa: F811
    assert "storm" in event_triggers(nlp, "A fierce dust storm continues to batter the valley.")


def test_happening_what_such_things_do_is_not_an_event(nlp):  # noqa: F811
    assert "war" not in event_triggers(nlp, "A long tariff war hurts farmers more than anyone.")


def test_happening_that_might_act_is_not_told_by_this_rule(nlp):  # noqa: F811
    text = "A cholera outbreak would have sickened dozens of families."
    assert "outbreak" not in event_triggers(nlp, text)
