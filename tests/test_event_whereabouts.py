"""Where the subject is now, said in a relative clause on it, places what it does
(whereabouts.py). Sentences written for these tests."""

from tests.test_event_placing import event_with, nlp, placed_events  # noqa: F401


def test_a_subject_who_is_in_a_place_acts_there(nlp):  # noqa: F811
    text = "Ms. Arden, who is in Lyon for talks, released a statement on Monday."

    release = event_with(placed_events(nlp, text), "release")

    assert (release.place.name, release.provenance["place"]["source"]) == ("Lyon", "clause")


def test_a_subject_who_lives_in_a_place_does_not_act_there_for_that(nlp):  # noqa: F811
    text = "Ms. Arden, who lives in Lyon, released a statement on Monday."

    release = event_with(placed_events(nlp, text), "release")

    assert release.place is None or release.provenance["place"]["source"] != "clause"
