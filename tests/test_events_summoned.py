"""Responders called to a scene (real-news recall: events.summoned).

"Call" is no event alone ("called him a liar", "called for talks", "the plan calls for"), but
local news tells the first step of a police or fire story with its passive and a destination:
"officers were called to the bar at 1:30 a.m." is a dispatch, as "were dispatched to" is.
Short sentences written for these tests, with invented names and places.
"""

from tests.test_events import event_triggers, nlp  # noqa: F401 (nlp is a fixture)


def test_officers_called_to_a_place_is_a_happening(nlp):  # noqa: F811
    text = "Police in Dunmore said officers were called to the Red Fox Bar at 1:30 a.m. Saturday."

    assert "call" in event_triggers(nlp, text)


def test_a_passive_call_naming_someone_is_no_happening(nlp):  # noqa: F811
    text = "Ann Kolb was called a hero by the mayor of Dunmore on Saturday."

    assert "call" not in event_triggers(nlp, text)


def test_a_call_for_something_is_no_happening(nlp):  # noqa: F811
    text = "Mayor Ann Kolb called for calm in Dunmore on Saturday."

    assert "call" not in event_triggers(nlp, text)


def test_officers_called_to_a_place_for_a_purpose_is_the_dispatch(nlp):  # noqa: F811
    text = (
        "Police in Dunmore said officers were called to the Red Fox Bar on Saturday "
        "to break up a fight."
    )

    assert "call" in event_triggers(nlp, text)
