"""Clauses that predicate no complete, specific happening (real-news precision on new outlets).

Short sentences written for these tests, each after a lead that reports a happening.
"""

import pytest
import spacy

from stories.extraction.nlp import MODEL_NAME
from tests.test_events import event_triggers

LEAD = "Acme Corp. opened a plant in Lyon on Monday. "


@pytest.fixture(scope="module")
def nlp():
    return spacy.load(MODEL_NAME)


# --- the meaning lies in a complement the title cannot carry -------------------------------


def test_a_prepositional_verb_without_an_object_is_not_an_event(nlp):
    text = LEAD + "The chairman then referred to the earlier testimony."

    assert "refer" not in event_triggers(nlp, text)


def test_waiting_for_something_is_not_an_event(nlp):
    text = LEAD + "The Jets waited for the verdict on Tuesday."

    assert "wait" not in event_triggers(nlp, text)


def test_a_phrasal_verb_with_a_preposition_is_an_event(nlp):
    text = "The lander touched down on the Moon on Wednesday."

    assert "touch down" in event_triggers(nlp, text)


def test_a_prepositional_verb_with_a_direct_object_is_an_event(nlp):
    text = "The clinic referred the patient to a specialist in Lyon on Monday."

    assert "refer" in event_triggers(nlp, text)


def test_leaving_someone_in_a_state_is_not_an_event(nlp):
    text = LEAD + "The delays have left investors uncertain."

    assert "leave" not in event_triggers(nlp, text)


def test_proving_to_be_something_is_not_an_event(nlp):
    text = LEAD + "One detail proved to be important."

    assert "prove" not in event_triggers(nlp, text)


def test_leaving_a_figure_higher_than_before_is_not_an_event(nlp):
    text = LEAD + "The gain left wages 3.8 percent higher than a year earlier."

    assert "leave" not in event_triggers(nlp, text)


def test_leaving_a_place_later_is_still_an_event(nlp):
    text = "The mayor left the town hall later on Monday."

    assert "leave" in event_triggers(nlp, text)


def test_leaving_a_firm_more_than_a_year_ago_is_still_an_event(nlp):
    text = "The chairman left the firm more than a year ago."

    assert "leave" in event_triggers(nlp, text)


def test_proving_a_link_between_two_things_is_still_an_event(nlp):
    text = "Researchers proved a link between smoking and cancer on Monday."

    assert "prove" in event_triggers(nlp, text)


def test_proving_a_burden_is_not_an_event(nlp):
    text = LEAD + "Fears over the pound proved a hefty load to bear."

    assert "prove" not in event_triggers(nlp, text)


# --- a thing bearing on a condition ------------------------------------------------------------


def test_a_thing_pushing_a_condition_without_a_date_is_not_an_event(nlp):
    text = LEAD + "New safety technology has pushed prices up."

    assert "push" not in event_triggers(nlp, text)


def test_a_named_actor_boosting_something_is_an_event(nlp):
    text = LEAD + "Acme Corp. has boosted its output."

    assert "boost" in event_triggers(nlp, text)


def test_a_finding_deepening_a_puzzle_is_not_an_event(nlp):
    text = LEAD + "The second finding only deepened the puzzle."

    assert "deepen" not in event_triggers(nlp, text)


def test_a_named_actor_deepening_ties_on_a_day_is_an_event(nlp):
    text = LEAD + "Norland deepened its ties with Ostland on Tuesday."

    assert "deepen" in event_triggers(nlp, text)


# --- how things stand to each other --------------------------------------------------------------


def test_attributing_a_change_to_a_cause_is_not_an_event(nlp):
    text = LEAD + "One analyst attributed the rise in shares to the new tariff."

    assert "attribute" not in event_triggers(nlp, text)


def test_contrasting_two_accounts_is_not_an_event(nlp):
    text = LEAD + "Her early statements were contrasted with her later testimony."

    assert "contrast" not in event_triggers(nlp, text)


def test_a_gene_encoding_a_protein_is_not_an_event(nlp):
    text = LEAD + "In the 1998 study, the altered gene encoded a rare protein."

    assert "encode" not in event_triggers(nlp, text)


def test_alternating_two_moods_is_not_an_event(nlp):
    text = LEAD + "The mayor has alternated threats and promises toward the union."

    assert "alternate" not in event_triggers(nlp, text)


# --- a change of degree ----------------------------------------------------------------------


def test_becoming_more_open_is_not_an_event(nlp):
    text = LEAD + "The ministers became more open about the talks over the weekend."

    assert "become" not in event_triggers(nlp, text)


def test_becoming_a_rarer_occurrence_is_not_an_event(nlp):
    text = LEAD + "Joint committees became a far rarer occurrence in the past decade."

    assert "become" not in event_triggers(nlp, text)


def test_becoming_eligible_is_still_an_event(nlp):
    text = LEAD + "The college team became bowl-eligible on Saturday."

    assert "become" in event_triggers(nlp, text)


def test_becoming_larger_than_another_firm_is_still_an_event(nlp):
    text = LEAD + "Norland Motors became larger than Ostland Cars on Tuesday."

    assert "become" in event_triggers(nlp, text)


def test_waiting_for_days_is_still_an_event(nlp):
    text = LEAD + "Migrants waited for days at the border."

    assert "wait" in event_triggers(nlp, text)


def test_a_record_tarnishing_a_reputation_is_not_an_event(nlp):
    text = LEAD + "The profit record over the past two years tarnished the chairman's reputation."

    assert "tarnish" not in event_triggers(nlp, text)


def test_support_firming_a_currency_is_not_an_event(nlp):
    text = LEAD + "In London, central bank support firmed sterling."

    assert "firm" not in event_triggers(nlp, text)
