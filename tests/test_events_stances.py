"""Clauses that act on a state of mind or a view are stances, not happenings (events.stances).

Short sentences written for these tests, each after a lead that reports a happening.
"""

from tests.test_events import event_triggers, nlp  # noqa: F401 (nlp is a fixture)

LEAD = "Acme Corp. opened a plant in Lyon on Monday. "


def test_seeing_little_reason_for_optimism_is_not_an_event(nlp):  # noqa: F811
    text = LEAD + "Foreign Minister Ana Silva saw little reason for optimism on Tuesday."

    assert "see" not in event_triggers(nlp, text)


def test_echoing_a_sentiment_is_not_an_event(nlp):  # noqa: F811
    text = LEAD + "Councillor Jane Rowe echoed that sentiment on Tuesday."

    assert "echo" not in event_triggers(nlp, text)


def test_questioning_the_wisdom_of_a_plan_is_not_an_event(nlp):  # noqa: F811
    text = LEAD + "Analysts questioned the wisdom of the expansion on Tuesday."

    assert "question" not in event_triggers(nlp, text)


def test_easing_worries_is_not_an_event(nlp):  # noqa: F811
    text = LEAD + "The new wording eased their worries."

    assert "ease" not in event_triggers(nlp, text)


def test_a_blow_to_hopes_is_not_an_event(nlp):  # noqa: F811
    text = LEAD + "The injury delivered a blow to the hopes of the coach."

    assert "deliver" not in event_triggers(nlp, text)


def test_questioning_a_person_is_still_an_event(nlp):  # noqa: F811
    text = LEAD + "Police questioned the driver on Tuesday."

    assert "question" in event_triggers(nlp, text)


def test_raising_concerns_in_public_is_left_to_the_sayings(nlp):  # noqa: F811
    text = LEAD + "The union raised concerns about safety on Tuesday."

    assert "raise" in event_triggers(nlp, text)


def test_offering_hope_is_left_to_the_offers(nlp):  # noqa: F811
    text = LEAD + "The mayor offered hope to the families on Tuesday."

    assert "offer" in event_triggers(nlp, text)


def test_buying_a_concern_is_still_an_event(nlp):  # noqa: F811
    text = LEAD + "Acme bought a Dutch engineering concern on Tuesday."

    assert "buy" in event_triggers(nlp, text)


def test_echoing_an_official_view_is_not_an_event(nlp):  # noqa: F811
    text = LEAD + "The mayor echoed the official view of the merger on Tuesday."

    assert "echo" not in event_triggers(nlp, text)


def test_backing_up_an_assessment_is_not_an_event(nlp):  # noqa: F811
    text = LEAD + "Two engineers backed up that assessment on Tuesday."

    assert "back" not in event_triggers(nlp, text)


def test_downplaying_the_likelihood_of_a_bid_is_not_an_event(nlp):  # noqa: F811
    text = LEAD + "The chairman downplayed the likelihood of a bid of his own on Tuesday."

    assert "downplay" not in event_triggers(nlp, text)


def test_expectations_being_dashed_is_not_an_event(nlp):  # noqa: F811
    text = LEAD + "The traders' expectations were dashed on Tuesday."

    assert "dash" not in event_triggers(nlp, text)


def test_a_view_presenting_itself_is_not_an_event(nlp):  # noqa: F811
    text = LEAD + "A contrary view of the issue presented itself to the mayor."

    assert "present" not in event_triggers(nlp, text)


def test_worries_growing_is_still_an_event(nlp):  # noqa: F811
    text = LEAD + "Worries grew in Kuwait on Tuesday."

    assert "grow" in event_triggers(nlp, text)


def test_releasing_an_assessment_is_still_an_event(nlp):  # noqa: F811
    text = LEAD + "The agency released its assessment on Tuesday."

    assert "release" in event_triggers(nlp, text)


def test_a_possibility_being_discussed_is_still_an_event(nlp):  # noqa: F811
    text = LEAD + "The possibility of a strike was discussed on Monday."

    assert "discuss" in event_triggers(nlp, text)


def test_an_assessment_finding_something_is_still_an_event(nlp):  # noqa: F811
    text = LEAD + "The assessment found on Tuesday that the dam was unsafe."

    assert "find" in event_triggers(nlp, text)


def test_viewing_a_decision_as_a_good_move_is_not_an_event(nlp):  # noqa: F811
    text = LEAD + "The rival firm viewed the board's choice as a sensible move on Tuesday."

    assert "view" not in event_triggers(nlp, text)


def test_sizing_up_a_leader_as_a_gambler_is_not_an_event(nlp):  # noqa: F811
    text = LEAD + "Western diplomats have sized up the general as a gambler."

    assert "size" not in event_triggers(nlp, text)


def test_viewing_a_body_is_still_an_event(nlp):  # noqa: F811
    text = LEAD + "Mourners viewed the coffin in Lyon on Tuesday."

    assert "view" in event_triggers(nlp, text)


def test_viewing_a_choice_to_act_as_a_good_move_is_not_an_event(nlp):  # noqa: F811
    text = LEAD + "The rival firm viewed the board's decision to seek control as a wise move."

    assert "view" not in event_triggers(nlp, text)


def test_viewing_the_coffin_of_a_man_known_as_a_hero_is_still_an_event(nlp):  # noqa: F811
    text = LEAD + "Mourners viewed the coffin of a miner known as a hero in Lyon on Tuesday."

    assert "view" in event_triggers(nlp, text)


def test_viewing_a_thing_as_part_of_a_happening_is_still_an_event(nlp):  # noqa: F811
    text = LEAD + "The jurors viewed the footage as part of the trial in Lyon on Tuesday."

    assert "view" in event_triggers(nlp, text)


def test_viewing_things_such_as_an_example_is_still_an_event(nlp):  # noqa: F811
    text = LEAD + "Crowds viewed relics such as the old crown in Lyon on Tuesday."

    assert "view" in event_triggers(nlp, text)
