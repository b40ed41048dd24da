"""A thing's effect told as if it were a deed: "concerns prompted her to run", "a tip led
investigators to two suspects", "central bank support firmed sterling" (events.caused_relations).

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


def test_video_surveillance_leading_police_to_a_house_is_not_an_event(nlp):
    text = LEAD + "Video surveillance led police to a residence on that block."

    assert "lead" not in event_triggers(nlp, text)


def test_a_tip_leading_investigators_somewhere_is_not_an_event(nlp):
    text = LEAD + "A tip led investigators to two suspects."

    assert "lead" not in event_triggers(nlp, text)


def test_support_firming_a_currency_is_not_an_event(nlp):
    text = LEAD + "Central bank support firmed sterling."

    assert "firm" not in event_triggers(nlp, text)


def test_a_record_tarnishing_reputations_is_not_an_event(nlp):
    text = LEAD + "The company's profit record tarnished its reputation."

    assert "tarnish" not in event_triggers(nlp, text)


def test_a_company_pressured_by_recommendations_is_not_an_event(nlp):
    text = LEAD + "The oil company was pressured by brokerage recommendations."

    assert "pressure" not in event_triggers(nlp, text)


def test_a_happening_that_triggers_scenes_is_still_an_event(nlp):
    text = LEAD + "The speech triggered scenes of jubilation outside his home."

    assert "trigger" in event_triggers(nlp, text)


def test_a_named_actor_prompting_a_recount_is_still_an_event(nlp):
    text = LEAD + "Smith prompted a recount."

    assert "prompt" in event_triggers(nlp, text)


def test_a_cause_that_triggers_a_happening_is_still_an_event(nlp):
    text = LEAD + "Rising costs triggered a recount."

    assert "trigger" in event_triggers(nlp, text)


def test_police_leading_a_march_is_still_an_event(nlp):
    text = LEAD + "Police led the marchers to the square."

    assert "lead" in event_triggers(nlp, text)


def test_a_cause_on_a_day_of_its_own_is_still_an_event(nlp):
    text = LEAD + "A tip on Tuesday led investigators to two suspects."

    assert "lead" in event_triggers(nlp, text)


def test_a_count_leaving_a_measure_trailing_is_not_an_event(nlp):
    text = LEAD + "The final count left the measure trailing by 2,644 votes."

    assert "leave" not in event_triggers(nlp, text)


def test_an_owned_record_tarnishing_reputations_is_not_an_event(nlp):
    text = LEAD + "The grocer's profit record tarnished the company's reputation."

    assert "tarnish" not in event_triggers(nlp, text)


def test_a_crash_leaving_a_woman_in_critical_condition_is_still_an_event(nlp):
    text = LEAD + "A four-car crash left a woman in critical condition."

    assert "leave" in event_triggers(nlp, text)


def test_points_leading_a_team_to_a_win_are_still_an_event(nlp):
    text = LEAD + "His 30 points led the Lakers to a win over the Celtics."

    assert "lead" in event_triggers(nlp, text)


def test_a_man_pressured_by_debts_is_left_to_the_other_rules(nlp):
    from stories.extraction.events.caused_relations import states_a_cause
    from stories.extraction.events.verb_subjects import subject_of

    doc = nlp("The man was pressured by debts.")
    verb = doc[3]

    assert not states_a_cause(verb, subject_of(verb))


def test_a_dated_cause_sparking_something_is_still_an_event(nlp):
    text = LEAD + "Her 2010 appearance on the show sparked a wave of imitators."

    assert "spark" in event_triggers(nlp, text)
