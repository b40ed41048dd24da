"""Clauses told by a figure of speech of course, degree or performance are not happenings
(events.figures).

Short sentences written for these tests, each after a lead that reports a happening.
"""

from tests.test_events import event_triggers, nlp  # noqa: F401 (nlp is a fixture)

LEAD = "Acme Corp. opened a plant in Lyon on Monday. "


def test_a_dispute_taking_a_bitter_turn_is_not_an_event(nlp):  # noqa: F811
    text = LEAD + "The quarrel over the harbour took a bitter turn on Tuesday."

    assert "take" not in event_triggers(nlp, text)


def test_a_career_taking_an_odd_detour_is_not_an_event(nlp):  # noqa: F811
    text = LEAD + "The singer's career took an odd detour in 2015."

    assert "take" not in event_triggers(nlp, text)


def test_going_up_a_notch_is_not_an_event(nlp):  # noqa: F811
    text = LEAD + "On Tuesday the pressure on the mayor went up another notch."

    assert "go" not in event_triggers(nlp, text)


def test_stepping_up_to_the_plate_is_not_an_event(nlp):  # noqa: F811
    text = LEAD + "The two rookies stepped up to the plate on Sunday."

    assert "step" not in event_triggers(nlp, text)


def test_bringing_the_house_down_is_not_an_event(nlp):  # noqa: F811
    text = LEAD + "The choir brought the house down in Lyon on Tuesday."

    assert "bring" not in event_triggers(nlp, text)


def test_a_vehicle_taking_a_turn_toward_a_place_is_still_an_event(nlp):  # noqa: F811
    text = LEAD + "The lorry took a sharp turn toward Grenoble on Tuesday."

    assert "take" in event_triggers(nlp, text)


def test_bringing_a_house_down_with_explosives_is_still_an_event(nlp):  # noqa: F811
    text = LEAD + "Demolition crews brought an old house down in Lyon on Tuesday."

    assert "bring" in event_triggers(nlp, text)


def test_a_wrong_turn_is_a_route_taken_not_a_figure(nlp):  # noqa: F811
    text = LEAD + "The hikers took a wrong turn near Lyon on Tuesday."

    assert "take" in event_triggers(nlp, text)


def test_bringing_down_a_house_the_story_named_is_a_demolition(nlp):  # noqa: F811
    text = LEAD + "A fire gutted a house on Monday. Crews brought the house down on Tuesday."

    assert "bring" in event_triggers(nlp, text)


def test_moving_a_rate_up_a_notch_is_a_change_of_that_rate(nlp):  # noqa: F811
    text = LEAD + "The central bank raised its key rate a notch in Lyon on Thursday."

    assert "raise" in event_triggers(nlp, text)


def test_a_turn_for_the_worse_is_a_change_of_condition(nlp):  # noqa: F811
    text = LEAD + "The injured climber took a turn for the worse in Lyon on Tuesday."

    assert "take" in event_triggers(nlp, text)


def test_a_plan_falling_flat_is_not_an_event(nlp):  # noqa: F811
    text = LEAD + "The mayor's plan to rename the harbour fell flat with voters on Tuesday."

    assert "fall" not in event_triggers(nlp, text)


def test_a_runner_falling_flat_on_the_track_is_still_an_event(nlp):  # noqa: F811
    text = LEAD + "A runner fell flat on the track in Lyon on Tuesday."

    assert "fall" in event_triggers(nlp, text)


def test_a_product_falling_flat_on_its_face_is_not_an_event(nlp):  # noqa: F811
    text = LEAD + "The new games console fell flat on its face with buyers in Lyon."

    assert "fall" not in event_triggers(nlp, text)


def test_a_thing_falling_flat_onto_something_is_still_an_event(nlp):  # noqa: F811
    # A thing that landed on something fell; only "on its face" is the figure's.
    text = LEAD + "A tree fell flat onto a parked car in Lyon on Tuesday."

    assert "fall" in event_triggers(nlp, text)


def test_a_thing_falling_flat_across_a_road_is_still_an_event(nlp):  # noqa: F811
    text = LEAD + "A crane fell flat across the road in Lyon on Tuesday."

    assert "fall" in event_triggers(nlp, text)


def test_a_person_falling_flat_anywhere_is_still_an_event(nlp):  # noqa: F811
    text = LEAD + "A cyclist fell flat in Lyon on Tuesday and broke his wrist."

    assert "fall" in event_triggers(nlp, text)
