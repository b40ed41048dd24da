"""Information a source kept back (events.withheld_information): no event on a timeline.

Short texts written for these tests.
"""

from tests.test_events import event_triggers, nlp  # noqa: F401 (nlp is a fixture)


def test_a_name_not_yet_released_is_no_event(nlp):  # noqa: F811
    text = (
        "A car left the road and struck a tree near Brenmoor on Monday. "
        "Deputies have not released the name of the driver."
    )

    triggers = event_triggers(nlp, text)
    assert "strike" in triggers
    assert "release" not in triggers


def test_a_price_not_disclosed_is_no_event(nlp):  # noqa: F811
    text = (
        "Talbeck Foods bought the Orrin bakery chain in Brenmoor on Tuesday. "
        "The company did not disclose the price."
    )

    triggers = event_triggers(nlp, text)
    assert "buy" in triggers
    assert "disclose" not in triggers


def test_a_refusal_to_identify_is_no_event(nlp):  # noqa: F811
    text = (
        "Talbeck Foods received three offers for its Brenmoor plant on Tuesday. "
        "A spokeswoman declined to identify the other bidders."
    )

    assert "decline" not in event_triggers(nlp, text)


def test_a_question_left_open_by_a_refusal_to_say_is_no_event(nlp):  # noqa: F811
    text = (
        "A gunman killed two guards at a Brenmoor warehouse on Sunday. "
        "The sheriff declined to say whether deputies had moved the workers to a shelter."
    )

    triggers = event_triggers(nlp, text)
    assert "kill" in triggers
    assert "move" not in triggers


def test_a_name_released_is_still_news(nlp):  # noqa: F811
    text = "Deputies in Brenmoor released the name of the driver on Tuesday."

    assert "release" in event_triggers(nlp, text)


def test_prisoners_not_released_are_still_news(nlp):  # noqa: F811
    text = "The rebels in Brenmoor did not release the prisoners on Tuesday, as they had promised."

    assert "release" in event_triggers(nlp, text)


def test_a_deed_of_the_source_who_kept_a_name_back_is_still_news(nlp):  # noqa: F811
    text = "Deputies, who arrested a Brenmoor man on Monday, have not released his name."

    assert "arrest" in event_triggers(nlp, text)


def test_a_happening_asked_about_with_when_or_where_still_happened(nlp):  # noqa: F811
    # "would not say when X was arrested" keeps back the time, not the arrest: a question of
    # when, where, how or why takes its happening as told; only "whether"/"if" leaves it open.
    text = (
        "Floods closed two roads near Brenmoor on Monday. "
        "Police would not say when the suspect was arrested."
    )

    assert "arrest" in event_triggers(nlp, text)


def test_a_happening_whose_cause_is_withheld_still_happened(nlp):  # noqa: F811
    # "the cause of Sunday's fire" is the piece of information kept back; the fire it is about
    # is a happening the reporter tells.
    text = (
        "Floods closed two roads near Brenmoor on Monday. "
        "Fire officials have not released the cause of Sunday's fire at the depot."
    )

    triggers = event_triggers(nlp, text)
    assert "fire" in triggers
    assert "release" not in triggers


def test_a_proposed_happening_a_withheld_fact_is_about_is_no_event(nlp):  # noqa: F811
    # "the proposed purchase" is not told as done: inside a withheld breakdown it tells nothing.
    text = (
        "Floods closed two roads near Brenmoor on Monday. "
        "The firm declined to give a breakdown between the bank loan and the proposed Harlow Mill "
        "purchase."
    )

    assert "purchase" not in event_triggers(nlp, text)


def test_a_reported_happening_asked_about_with_when_is_no_event(nlp):  # noqa: F811
    # "when the reported attempt occurred": the attempt itself is only reported.
    text = (
        "Floods closed two roads near Brenmoor on Monday. "
        "The minister would not say when the reported attempt occurred."
    )

    assert "occur" not in event_triggers(nlp, text)
