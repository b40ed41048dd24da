"""A request in the subjunctive or to another tells the request, not what it asks
(events.mandates).

Short sentences written for these tests, each after a lead that reports a happening.
"""

from stories.extraction.events.mandates import mandated, requests_by_mandate
from tests.test_events import event_triggers, events_of, nlp  # noqa: F401 (nlp is a fixture)

LEAD = "Acme Corp. opened a plant in Lyon on Monday. "


def _word(nlp, text: str, word: str):  # noqa: F811
    return next(t for t in nlp(text) if t.text == word)


def test_a_passive_subjunctive_after_asked_is_mandated(nlp):  # noqa: F811
    text = "Mark Dole asked that the case be dismissed."

    assert mandated(_word(nlp, text, "dismissed"))


def test_a_told_past_after_said_is_not_mandated(nlp):  # noqa: F811
    text = "Mark Dole said that the case was dismissed."

    assert not mandated(_word(nlp, text, "dismissed"))


def test_a_modal_after_asked_is_not_a_subjunctive(nlp):  # noqa: F811
    text = "Mark Dole asked whether the case would be dismissed."

    assert not mandated(_word(nlp, text, "dismissed"))


def test_a_verb_that_asks_in_the_subjunctive_requests_by_mandate(nlp):  # noqa: F811
    text = "The developer has asked that its land in Lyon be designated a town center."

    assert requests_by_mandate(_word(nlp, text, "asked"))


def test_an_asking_with_an_infinitive_does_not_request_by_mandate(nlp):  # noqa: F811
    text = "The developer has asked the city to designate its land in Lyon a town center."

    assert not requests_by_mandate(_word(nlp, text, "asked"))


def test_what_a_request_asks_in_the_subjunctive_is_not_an_event(nlp):  # noqa: F811
    text = LEAD + "Acme's lawyer demanded on Tuesday that the Lyon case be dismissed."

    assert "dismiss" not in event_triggers(nlp, text)


def test_a_request_in_the_subjunctive_is_an_event(nlp):  # noqa: F811
    text = LEAD + "The developer has asked that its land in Lyon be designated a town center."

    assert "ask" in event_triggers(nlp, text)


def test_a_present_after_a_past_request_is_a_subjunctive(nlp):  # noqa: F811
    text = LEAD + "The mayor of Lyon asked on Tuesday that residents stay home."

    assert "ask" in event_triggers(nlp, text)


def test_an_insistence_that_something_is_so_is_no_request(nlp):  # noqa: F811
    text = "The workers insisted that they are innocent."

    assert not mandated(_word(nlp, text, "are"))


def test_a_request_under_a_modal_is_no_request_made(nlp):  # noqa: F811
    text = "Dole said he would recommend that the village seek federal funding."

    assert not requests_by_mandate(_word(nlp, text, "recommend"))


def test_a_request_in_the_subjunctive_is_titled_with_what_was_asked(nlp):  # noqa: F811
    text = LEAD + "The developer has asked that its land in Lyon be designated a town center."

    titles = [e.title for e in events_of(nlp, text) if e.trigger == "ask"]

    assert titles and "that land be designated" in titles[0]


def test_a_request_of_two_subjunctive_clauses_is_titled_with_the_first(nlp):  # noqa: F811
    text = LEAD + "His lawyers asked that the charges be dropped and that he be released."

    titles = [e.title for e in events_of(nlp, text) if e.trigger == "ask"]

    assert titles and "that charges be dropped" in titles[0]
