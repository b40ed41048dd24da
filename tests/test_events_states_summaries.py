"""States and summaries told in the past with no time of their own (events.states): spans of
ages, counted occasions, feelings.

Short sentences written for these tests, each after a lead that reports a happening.
"""

import pytest
import spacy

from stories.extraction.nlp import MODEL_NAME
from tests.extracting import triggers_after_lead as triggers


@pytest.fixture(scope="module")
def nlp():
    return spacy.load(MODEL_NAME)


def test_a_deed_spread_over_centuries_is_a_state(nlp):
    assert triggers(nlp, "The valley was ruled from the coast for centuries.") == ["vote"]


def test_a_deed_spread_over_a_vague_count_of_years_is_a_state(nlp):
    assert triggers(nlp, "The valley was ruled from the coast for hundreds of years.") == ["vote"]


def test_a_deed_over_a_measured_span_stays(nlp):
    assert triggers(nlp, "The valley was ruled from the coast for seven years.") == [
        "vote",
        "rule",
    ]


def test_a_deed_counted_over_cases_is_a_tally(nlp):
    assert triggers(nlp, "Police arrested suspects in only three of the cases.") == ["vote"]


def test_a_deed_counted_over_spells_is_a_tally(nlp):
    assert triggers(nlp, "The coach won four titles over two spells at the club.") == ["vote"]


def test_a_tally_with_a_day_of_its_own_stays(nlp):
    assert triggers(nlp, "Police arrested suspects on Friday in three cases.") == [
        "vote",
        "arrest",
    ]


def test_a_feeling_told_as_a_passive_is_a_state_of_mind(nlp):
    assert triggers(nlp, "The clerk was infatuated with a colleague.") == ["vote"]


def test_a_feeling_with_a_named_cause_stays(nlp):
    assert triggers(nlp, "The clerk was frightened by the blast.") == ["vote", "frighten"]


def test_an_interest_taken_up_is_a_state_of_mind(nlp):
    assert triggers(nlp, "The chemist became fascinated with desert fungi.") == ["vote"]


def test_falling_in_love_with_a_thing_is_a_state_of_mind(nlp):
    assert triggers(nlp, "The director had fallen in love with an old script.") == ["vote"]


def test_inspiration_found_in_a_work_is_a_state_of_mind(nlp):
    assert triggers(nlp, "The two painters found inspiration in a faded map of Varnholm.") == [
        "vote"
    ]


def test_finding_a_thing_is_still_a_deed(nlp):
    assert triggers(nlp, "The two painters found a faded map in Varnholm.") == ["vote", "find"]


def test_a_thing_fitted_with_something_is_a_state(nlp):
    assert triggers(nlp, "The old mill was equipped with sprinklers.") == ["vote"]


def test_a_participle_paired_with_an_adjective_is_a_state(nlp):
    assert triggers(nlp, "The van was dented but intact.") == ["vote"]


def test_staying_indoors_is_a_state_kept(nlp):
    assert triggers(nlp, "Most drivers stayed indoors for the most part.") == ["vote"]


def test_keeping_spirits_up_is_a_state_kept(nlp):
    assert triggers(nlp, "The volunteers kept spirits up despite the rain.") == ["vote"]


def test_staying_at_a_named_place_stays(nlp):
    assert "stay" in triggers(nlp, "The envoy stayed at the Grand Hotel in Varnholm.")


def test_a_passive_of_an_honour_given_stays(nlp):
    assert "decorate" in triggers(nlp, "The pilot was decorated with a medal for bravery.")
