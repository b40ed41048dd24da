"""A vehicle that went off the road (real-news recall: events.road_exits).

A verb of motion counts only with a place it goes to or a thing it moves (events.motion), but
"his motorcycle went off the road" names no destination and is still the crash a local story
is about. Short sentences written for these tests, with invented names and places.
"""

from tests.test_events import event_titles, event_triggers, nlp  # noqa: F401 (nlp is a fixture)

_LEAD = "Tom Lee was taken to a hospital in Lyon on Monday. "


def test_a_car_that_went_off_the_road_is_a_happening(nlp):  # noqa: F811
    text = _LEAD + "His car went off the road near the dam on Monday."

    assert "go" in event_triggers(nlp, text)


def test_going_off_script_is_no_happening(nlp):  # noqa: F811
    text = _LEAD + "The mayor went off script at the meeting on Monday."

    assert "go" not in event_triggers(nlp, text)


def test_the_title_says_the_road_was_left(nlp):  # noqa: F811
    text = _LEAD + "His car went off the road near the dam on Monday."

    assert event_titles(nlp, text, "go")[0].endswith("car goes off road")


def test_talks_going_off_track_is_no_happening(nlp):  # noqa: F811
    text = _LEAD + "The talks went off track at the meeting on Monday."

    assert "go" not in event_triggers(nlp, text)
