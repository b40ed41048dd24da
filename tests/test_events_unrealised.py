"""Clauses that tell what was wished or would have been, not what happened (events.unrealised).

Short sentences written for these tests, each after a lead that reports a happening.
"""

from stories.extraction.events.unrealised import unrealised
from tests.test_events import event_triggers, nlp  # noqa: F401 (nlp is a fixture)

LEAD = "Acme Corp. opened a plant in Lyon on Monday. "


def _unrealised(nlp, text: str, word: str) -> bool:  # noqa: F811
    return unrealised(next(t for t in nlp(text) if t.text == word))


def test_what_a_measure_would_have_done_is_not_an_event(nlp):  # noqa: F811
    text = LEAD + "Acme said the deal would have reduced Lyon's reliance on coal."

    assert "reduce" not in event_triggers(nlp, text)


def test_what_was_to_have_been_built_is_not_an_event(nlp):  # noqa: F811
    text = LEAD + "Acme's depot in Paris, which was to have been built in phases, was shelved."

    assert "build" not in event_triggers(nlp, text)


def test_what_a_firm_intended_to_do_is_not_an_event(nlp):  # noqa: F811
    text = LEAD + "Last spring the bakery intended to double its sales in Lyon."

    assert "double" not in event_triggers(nlp, text)


def test_a_dream_to_do_something_is_not_an_event(nlp):  # noqa: F811
    text = LEAD + "Mia Holt's one dream is to play the cello at the Vienna opera house."

    assert "play" not in event_triggers(nlp, text)


def test_a_plan_to_do_something_is_still_an_event(nlp):  # noqa: F811
    text = LEAD + "The firm plans to build a second plant in Lyon in May."

    assert "build" in event_triggers(nlp, text)


def test_a_reported_future_perfect_with_a_deadline_is_no_counterfactual(nlp):  # noqa: F811
    text = "Officials said the bridge would have been repaired by June."

    assert not _unrealised(nlp, text, "repaired")


def test_the_hope_being_to_do_something_is_no_wish(nlp):  # noqa: F811
    text = "The hope is to reopen the school on Monday."

    assert not _unrealised(nlp, text, "reopen")


def test_what_a_firm_meant_to_do_is_no_wish(nlp):  # noqa: F811
    text = "The firm meant to close the plant, and did so."

    assert not _unrealised(nlp, text, "close")
