"""A relative clause set off by dashes describes the noun before it (events.dashed_relatives).

"Andy Beshear — whose father, as governor, implemented the act — promised …": the clause
between the dashes says who is meant, an aside like a remark in brackets; with a time of its
own it reports its act. Short sentences written for these tests, after a lead.
"""

import pytest
import spacy

from stories.extraction.events.dashed_relatives import in_dashed_relative
from stories.extraction.nlp import MODEL_NAME
from tests.test_events import event_triggers

LEAD = "Councillors in Lyon voted on Monday to close the old library. "


@pytest.fixture(scope="module")
def nlp():
    return spacy.load(MODEL_NAME)


def test_an_undated_relative_clause_between_dashes_describes_its_noun(nlp):
    text = (
        LEAD + "The candidate, Ann Ruiz — whose father, also as mayor, expanded the library in "
        "the city — promised to protect it."
    )

    assert "expand" not in event_triggers(nlp, text)


def test_an_undated_which_clause_between_spaced_hyphens_describes_its_noun(nlp):
    text = (
        LEAD + "The tenants' union - which considers the council biased and has rejected the "
        "mayor as a mediator - called for an emergency meeting."
    )

    assert "reject" not in event_triggers(nlp, text)


def test_a_relative_clause_between_dashes_with_a_date_of_its_own_reports_its_act(nlp):
    text = (
        LEAD + "The mayor, Ann Ruiz — whose plan was rejected by voters in May 2018 — resigned "
        "on Tuesday."
    )

    assert "reject" in event_triggers(nlp, text)


def test_only_a_clause_opened_by_a_relative_word_after_the_dash_is_a_description():
    text = "Police said — and the mayor confirmed it — that the man fled."

    assert not in_dashed_relative(text.index("confirmed"), text)


def test_a_relative_clause_needs_its_closing_dash_in_the_same_paragraph():
    text = "The mayor met Ann Ruiz — who won the race.\nShe resigned — later."

    assert not in_dashed_relative(text.index("won"), text)


def test_the_word_after_the_closing_dash_is_outside_the_clause():
    text = "Ann Ruiz — who leads the union — resigned."

    assert in_dashed_relative(text.index("leads"), text)
    assert not in_dashed_relative(text.index("resigned"), text)


def test_a_relative_after_a_dash_ends_with_its_sentence():
    text = (
        "The mayor resigned on Monday — which surprised no one. Her deputy then called an "
        "emergency meeting — the first since 2019."
    )

    assert not in_dashed_relative(text.index("called"), text)
