"""An unnamed crowd of ordinary people doing an everyday thing (events.crowds): colour, no event.

Short texts written for these tests.
"""

from tests.test_events import event_triggers, nlp  # noqa: F401 (nlp is a fixture)

LEAD = "A fire destroyed a grain mill in Tarrow on Monday. "


def test_an_unnamed_crowd_doing_an_everyday_thing_is_colour(nlp):  # noqa: F811
    text = LEAD + "Residents strolled over from the square to watch the firefighters."

    assert "stroll" not in event_triggers(nlp, text)


def test_a_crowd_with_a_time_of_its_own_is_kept(nlp):  # noqa: F811
    text = LEAD + "Residents strolled over from the square on Tuesday to watch the firefighters."

    assert "stroll" in event_triggers(nlp, text)


def test_a_counted_crowd_is_kept(nlp):  # noqa: F811
    text = LEAD + "About 40 residents strolled over from the square to watch the firefighters."

    assert "stroll" in event_triggers(nlp, text)
