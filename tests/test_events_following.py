"""Following someone somewhere is a movement, counted like any verb of going only with a
place or destination attached (lexicon.MOTION_VERBS). Sentences written for these tests.
"""

from tests.test_events import event_triggers, nlp  # noqa: F401 (nlp is a fixture)


def test_following_someone_into_a_place_is_a_movement(nlp):  # noqa: F811
    text = "Tom Vale followed the clerk into a Tarvo bakery on Friday."

    assert "follow" in event_triggers(nlp, text)


def test_one_happening_following_another_is_no_movement(nlp):  # noqa: F811
    text = "The vote followed months of talks in Tarvo."

    assert "follow" not in event_triggers(nlp, text)
