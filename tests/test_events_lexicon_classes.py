"""Event words news uses that the lexicon lists (events.lexicon): deverbal nouns of checks
and harms, and phrasal verbs whose particle makes them a contest.

The sentences are written for these tests; mentions come from tests/test_events.py's helpers.
"""

from tests.extracting import triggers
from tests.test_events import events_of, nlp  # noqa: F401 (nlp is a fixture)


def test_a_named_teardown_is_an_event(nlp):  # noqa: F811
    events = events_of(nlp, "The big iFixit teardown is done, and the results are in.")
    assert "teardown" in triggers(events)


def test_an_injury_owned_by_a_named_person_is_an_event(nlp):  # noqa: F811
    events = events_of(nlp, "Tom Lee filled in after Ravi Marsh's injury on Sunday.")
    assert "injury" in triggers(events)


def test_a_dated_exam_is_an_event(nlp):  # noqa: F811
    events = events_of(nlp, "The doctor said Tom Lee passed his physical exam on Monday.")
    assert "exam" in triggers(events)


def test_facing_off_is_a_contest(nlp):  # noqa: F811
    events = events_of(nlp, "Tom Lee and Jane Doe faced off in Atlanta on Wednesday night.")
    assert [e.extra["class"] for e in events if e.trigger == "face off"] == ["fight"]


def test_a_video_game_is_no_event(nlp):  # noqa: F811
    assert events_of(nlp, "Rockstar's Western video game is not entirely smooth.") == []


def test_an_approval_is_a_signing(nlp):  # noqa: F811
    events = events_of(nlp, "On Nov. 14 the deal was approved by shareholders of both companies.")
    assert [e.extra["class"] for e in events if e.trigger == "approve"] == ["sign"]


def test_hiring_someone_is_an_appointment(nlp):  # noqa: F811
    events = events_of(nlp, "The company hired Ivan Braiker as its strategy chief on Monday.")
    assert [e.extra["class"] for e in events if e.trigger == "hire"] == ["appoint"]


def test_sacking_someone_ends_a_post(nlp):  # noqa: F811
    events = events_of(nlp, "Tottenham sacked Mauricio Pochettino on Tuesday night.")
    assert [e.extra["class"] for e in events if e.trigger == "sack"] == ["resign"]


def test_laying_siege_is_the_siege(nlp):  # noqa: F811
    events = events_of(nlp, "Soldiers laid siege to the old fortress in Geneva on Monday.")
    assert triggers(events) == ["siege"]


def test_showing_up_somewhere_is_an_arrival(nlp):  # noqa: F811
    events = events_of(nlp, "The new phone is expected to show up in stores in Velm in early 2025.")
    assert [(e.extra["class"], e.certainty) for e in events if e.trigger == "show up"] == [
        ("arrive", "expected")
    ]


def test_coming_back_read_with_an_adverb_is_a_return(nlp):  # noqa: F811
    events = events_of(nlp, "Mira Holt hopes the striker will come back to the squad next week.")
    assert [e.extra["class"] for e in events if e.trigger == "come back"] == ["return"]


def test_rolling_out_a_product_is_a_launch(nlp):  # noqa: F811
    events = events_of(nlp, "Halvor Bank will roll out the new app in Norland next month.")
    assert [e.extra["class"] for e in events if e.trigger == "roll out"] == ["launch"]


def test_succumbing_to_injuries_is_a_death(nlp):  # noqa: F811
    events = events_of(nlp, "Ana Ruiz, 71, succumbed on Thursday to burns from a kitchen fire.")
    assert [e.extra["class"] for e in events if e.trigger == "succumb"] == ["die"]


def test_surrendering_to_police_is_an_arrest(nlp):  # noqa: F811
    events = events_of(nlp, "Tom Lee surrendered to police in Port Lanier on Friday.")
    assert [e.extra["class"] for e in events if e.trigger == "surrender"] == ["arrest"]


def test_an_airlift_to_hospital_is_a_deployment(nlp):  # noqa: F811
    events = events_of(nlp, "Jane Doe was airlifted to a hospital in Galveston on Tuesday.")
    assert [e.extra["class"] for e in events if e.trigger == "airlift"] == ["deploy"]
