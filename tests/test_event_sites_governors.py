"""A verb that would hand its certainty to a complement reports a deed of its own when it has
no verb to govern (events.sites._governor_as_deed).

Short sentences written for these tests.
"""

from tests.extracting import site_triggers
from tests.test_events import events_of, nlp  # noqa: F401 (nlp is a fixture)


def test_a_refusal_with_an_object_is_a_deed(nlp):  # noqa: F811
    doc = nlp("The appeals court rejected the mayor's request on Monday.")

    assert "reject" in site_triggers(doc)


def test_a_denial_of_an_accusation_is_reported(nlp):  # noqa: F811
    text = "Acme Corp. flatly denied the accusations in a statement on Tuesday."

    assert "deny" in [e.trigger for e in events_of(nlp, text)]


def test_a_governor_with_a_verb_to_govern_stays_a_cue(nlp):  # noqa: F811
    doc = nlp("The union planned to pay the fine on Monday.")

    assert "plan" not in site_triggers(doc)


def test_a_governor_through_a_preposition_stays_a_cue(nlp):  # noqa: F811
    doc = nlp("The ministers decided on raising the tax in March.")

    assert "decide" not in site_triggers(doc)


def test_a_governor_of_timing_is_no_deed(nlp):  # noqa: F811
    doc = nlp("The vote was scheduled for Friday.")

    assert "schedule" not in site_triggers(doc)


def test_a_governor_with_a_particle_is_another_verb(nlp):  # noqa: F811
    doc = nlp("Two engineers set up a company in Lyon in 2018.")

    assert "set" in site_triggers(doc)


def test_a_denial_of_a_state_is_a_deed(nlp):  # noqa: F811
    # "having an affair" reports nothing of its own: the denial is the news.
    text = "The senator angrily denied having an affair with his aide on Sunday."

    assert "deny" in [e.trigger for e in events_of(nlp, text)]


def test_a_denial_of_a_deed_stays_a_cue(nlp):  # noqa: F811
    doc = nlp("The minister denied that he had stolen the funds from the charity.")

    assert "deny" not in site_triggers(doc)


def test_an_ordered_happening_is_not_planned_by_the_order(nlp):  # noqa: F811
    # The ordering is told as done; the order word says nothing of what it named.
    text = "Rangers ordered the evacuation of the lakeside cabins on Saturday."

    events = [e for e in events_of(nlp, text) if e.trigger == "evacuation"]
    assert events and events[0].certainty != "planned"


def test_a_happening_told_as_ordered_for_later_stays_planned(nlp):  # noqa: F811
    text = "Rangers will order the evacuation of the lakeside cabins on Saturday."

    events = [e for e in events_of(nlp, text) if e.trigger == "evacuation"]
    assert events and all(e.certainty == "planned" for e in events)


def test_a_happening_ordered_within_a_term_stays_planned(nlp):  # noqa: F811
    text = "The tribunal ordered a fresh election in the province within 30 days."

    events = [e for e in events_of(nlp, text) if e.trigger == "election"]
    assert events and all(e.certainty == "planned" for e in events)
