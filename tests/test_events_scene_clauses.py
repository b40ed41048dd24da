"""A happening told in an adverbial clause with a subject of its own (events.scene_clauses).

The sentences are written for these tests; mentions come from tests/test_events.py's helpers.
"""

from tests.test_events import event_titles, event_triggers, nlp  # noqa: F401 (nlp is a fixture)


def test_definite_happening_that_did_something_while_another_deed_was_done_took_place(nlp):  # noqa: F811
    text = "As the blazing fire swept the warehouse, a night guard carried two coworkers out."
    assert "fire" in event_triggers(nlp, text)


def test_definite_happening_acting_in_a_main_clause_is_not_told_by_this_rule(nlp):  # noqa: F811
    assert "defeat" not in event_triggers(nlp, "The defeat dealt a blow to the mayor's plans.")


def test_dated_clause_of_its_own_in_an_imperative_sentence_is_reported(nlp):  # noqa: F811
    text = "Expect to see heavy traffic as the farmers' union holds a rally on Thursday in Lyon."
    assert any("rally" in title.lower() for title in event_titles(nlp, text))


def test_undated_clause_in_an_imperative_sentence_still_addresses_the_reader(nlp):  # noqa: F811
    text = "Expect to see heavy traffic as the farmers' union holds a rally in Lyon."
    assert event_titles(nlp, text) == []
