"""A verb told as done that governs an infinitive reports its own deed, titled with what it
governs (events.governing.governs_as_deed, read by events.sites).

Short sentences written for these tests.
"""

from tests.extracting import site_triggers
from tests.test_events import events_of, nlp  # noqa: F401 (nlp is a fixture)


def test_an_agreement_to_act_is_the_event(nlp):  # noqa: F811
    text = "Acme Corp. agreed on Monday to repay the loan it received from the city."

    events = events_of(nlp, text)

    assert [e.trigger for e in events if "repay" in e.title] == ["agree"]


def test_the_complement_of_a_decision_is_no_site_of_its_own(nlp):  # noqa: F811
    doc = nlp("The village council decided to delay the vote.")

    assert "decide" in site_triggers(doc)
    assert "delay" not in site_triggers(doc)


def test_a_refusal_to_act_is_a_deed(nlp):  # noqa: F811
    doc = nlp("The minister declined to sign the treaty in Oslo on Friday.")

    assert "decline" in site_triggers(doc)


def test_a_passive_of_making_someone_act_is_a_deed(nlp):  # noqa: F811
    doc = nlp("The chairman was forced to resign on Friday.")

    assert "force" in site_triggers(doc)


def test_a_wish_or_a_future_decision_is_no_deed(nlp):  # noqa: F811
    assert "want" not in site_triggers(nlp("The mayor wants to build a bridge next year."))
    assert "decide" not in site_triggers(nlp("The board will decide to sell the plant."))


def test_a_pledge_is_an_intention(nlp):  # noqa: F811
    doc = nlp("The two leaders pledged to meet again in the spring.")

    assert "pledge" not in site_triggers(doc)


def test_declining_to_comment_is_no_deed(nlp):  # noqa: F811
    doc = nlp("The spokesman declined to comment on the talks.")

    assert "decline" not in site_triggers(doc)


def test_an_object_before_the_infinitive_reads_another_way(nlp):  # noqa: F811
    doc = nlp("The senators trusted the court to decide the case.")

    assert "trust" not in site_triggers(doc)
