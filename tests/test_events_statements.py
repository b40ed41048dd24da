"""Clauses that state, sum up or speculate rather than report a happening (real-news precision).

Short sentences written for these tests; mentions come as the recognizers deliver them (see
tests/test_events.py).
"""

import datetime as dt

import pytest
import spacy

from stories.extraction.events.mainline import mark_background
from stories.extraction.events.statements import quoted
from stories.extraction.mentions import EventCandidate
from stories.extraction.nlp import MODEL_NAME
from tests.test_events import event_triggers, events_of, only_event


@pytest.fixture(scope="module")
def nlp():
    return spacy.load(MODEL_NAME)


# --- activities going on and summaries -----------------------------------------------------


def test_an_activity_going_on_without_a_date_is_not_an_event(nlp):
    text = "Acme Corp. opened a plant in Lyon on Monday. Farmers are praising the plant."

    assert "praise" not in event_triggers(nlp, text)


def test_a_perfect_progressive_without_a_date_is_not_an_event(nlp):
    text = "Acme Corp. opened a plant in Lyon on Monday. The agency has been holding people."

    assert "hold" not in event_triggers(nlp, text)


def test_a_present_perfect_summing_up_after_the_lead_is_not_an_event(nlp):
    text = (
        "Acme Corp. opened a plant in Lyon on Monday. Workers cheered on Monday. "
        "The long dispute has prolonged the pain of farmers."
    )

    assert "prolong" not in event_triggers(nlp, text)


def test_a_present_perfect_in_the_lead_is_the_news(nlp):
    text = "Prosecutors have abandoned the case against Tom Lee. Workers cheered on Monday."

    assert "abandon" in event_triggers(nlp, text)


def test_an_undated_present_of_an_event_verb_describes(nlp):
    text = "Acme Corp. opened a plant in Lyon on Monday. Norland hosts many factories."

    assert "host" not in event_triggers(nlp, text)


def test_a_trend_going_on_is_not_an_event(nlp):
    text = "Acme Corp. opened a plant in Lyon on Monday. Revenues continue to shrink."

    assert "shrink" not in event_triggers(nlp, text)


def test_talks_that_continue_are_ongoing(nlp):
    text = "Acme Corp. opened a plant in Lyon on Monday. The two sides continue to negotiate."

    talks = next(e for e in events_of(nlp, text) if e.trigger == "negotiate")

    assert talks.certainty == "ongoing"


# --- questions, conditions and the governor's own doubt -------------------------------------


def test_an_embedded_question_is_not_an_event(nlp):
    text = "Analysts wonder how many viewers will sign up for the service."

    assert event_triggers(nlp, text) == []


def test_a_plan_inside_a_condition_is_not_an_event(nlp):
    text = "A deal could come in May if the two sides agree to settle."

    assert "compromise" not in event_triggers(nlp, text)


def test_a_decision_that_might_come_is_no_plan(nlp):
    text = "Acme might change course and decide to close the plant in Lyon on Monday."

    closing = [e.certainty for e in events_of(nlp, text) if e.trigger == "close"]

    assert "planned" not in closing


# --- background -----------------------------------------------------------------------------


def test_what_is_going_on_now_is_never_background(nlp):
    old = EventCandidate("Talks go on", "", "", 0, 1, "negotiate", "ongoing", dt.date(2020, 1, 1))

    assert not mark_background([old], dt.date(2024, 3, 1))[0].background


# --- headings, tallies, asides and retellings ----------------------------------------------


def test_a_subhead_inside_the_body_is_not_an_event(nlp):
    text = (
        "Acme Corp. opened a plant in Lyon on Monday.\n\n"
        "Police arrested Tom Lee in Paris\n\n"
        "Workers cheered on Monday."
    )

    assert "arrest" not in event_triggers(nlp, text)


def test_a_line_of_statistics_is_not_an_event(nlp):
    text = "Norland beat Sudland on Tuesday. Tom Lee rushed for 101 yards on 14 carries."

    assert "rush" not in event_triggers(nlp, text)


def test_a_passive_participle_without_tense_is_not_an_event(nlp):
    text = "Scientists detected vapour being released from the moon on Monday."

    assert "release" not in event_triggers(nlp, text)


def test_a_present_passive_describes(nlp):
    text = "The show is sponsored by Acme Corp. on Monday."

    assert event_triggers(nlp, text) == []


def test_a_verb_coordinated_in_a_relative_clause_needs_its_own_date(nlp):
    text = "A farmer who shot and skinned a hare in Lyon has fallen ill."

    assert "skin" not in event_triggers(nlp, text)


def test_the_happening_retold_by_occurred_is_not_a_second_event(nlp):
    text = "A doctor was stabbed in Lyon on Tuesday. The stabbing occurred during a talk."

    assert event_triggers(nlp, text) == ["stab"]


# --- certainty that says there is no happening ------------------------------------------------


def test_an_ability_denied_in_general_is_not_a_denied_event(nlp):
    text = "Acme Corp. opened a plant in Lyon on Monday. Small firms can't escape the crisis."

    assert "escape" not in event_triggers(nlp, text)


def test_is_to_after_a_word_for_an_aim_is_no_plan(nlp):
    text = "The goal is to reach every village in Norland."

    assert event_triggers(nlp, text) == []


def test_is_to_after_a_person_is_a_plan(nlp):
    event = only_event(nlp, "Tom Lee is to visit Warsaw on Thursday.")

    assert event.certainty == "planned"


def test_an_undated_present_passive_of_an_event_verb_describes(nlp):
    text = "Acme Corp. opened a plant in Lyon on Monday. Negotiators are left with a task."

    assert "leave" not in event_triggers(nlp, text)


def test_a_perfect_participle_without_tense_is_not_an_event(nlp):
    text = "Tom Lee, having won ten titles in Lyon, joined Acme Corp. on Monday."

    assert "win" not in event_triggers(nlp, text)


def test_a_score_at_halftime_is_a_tally(nlp):
    text = "Norland beat Sudland on Tuesday. The Eagles led 14-7 at halftime."

    assert "lead" not in event_triggers(nlp, text)


def test_a_record_in_brackets_is_no_score(nlp):
    text = "The Gophers (9-1) play in Lyon on Friday."

    assert event_triggers(nlp, text) == ["play"]


def test_a_verb_whose_content_is_a_clause_is_not_the_event(nlp):
    text = "Tom Lee said the board had concluded the plan was legal."

    assert "conclude" not in event_triggers(nlp, text)


# --- titles ---------------------------------------------------------------------------------


def test_a_participle_on_a_noun_is_titled_as_a_passive(nlp):
    text = "The tariff imposed on Friday hurt farmers in Lyon on Monday."

    titles = [e.title for e in events_of(nlp, text) if e.trigger == "impose"]

    assert titles == ["Tariff imposed"]


def test_a_verb_sharing_a_passive_auxiliary_is_titled_as_a_passive(nlp):
    text = "Tom Lee was arrested in Lyon on Monday and sentenced on Friday."

    titles = [e.title for e in events_of(nlp, text) if e.trigger == "sentence"]

    assert titles == ["Tom Lee sentenced"]


def test_a_linking_verb_keeps_what_its_subject_became(nlp):
    event = only_event(nlp, "Acme Corp. became insolvent on Monday.")

    assert event.title == "Acme Corp. becomes insolvent"


def test_a_byline_the_parser_joined_to_the_subject_stays_out_of_the_title(nlp):
    text = "Staff Reports\n\nPolice arrested six people in Lyon on Monday."

    assert [e.title for e in events_of(nlp, text)] == ["Police arrest six people in Lyon"]


def test_an_aim_is_no_plan(nlp):
    text = "The programme aims to reduce the price of power in Lyon in May."

    assert "reduce" not in event_triggers(nlp, text)


def test_someone_s_words_with_a_verb_outside_the_lexicon_are_no_event(nlp):
    text = '"The claim was debunked on Monday," Tom Lee said.'

    assert event_triggers(nlp, text) == []


# --- one happening, one event ---------------------------------------------------------------


def test_the_lead_and_its_elaboration_with_another_subject_are_one_event(nlp):
    text = (
        "A Lyon man pleaded guilty on Monday, officials said.\n\n"
        "Tom Lee, 55, pleaded guilty to fraud, prosecutors said."
    )

    assert [e.trigger for e in events_of(nlp, text)] == ["plead"]


def test_the_same_verb_with_other_objects_is_two_events(nlp):
    text = "Police arrested six people on Monday. Officers arrested Tom Lee on Monday."

    assert [e.trigger for e in events_of(nlp, text)] == ["arrest", "arrest"]


def test_a_hyphenated_modifier_keeps_its_hyphen_in_the_title(nlp):
    event = only_event(nlp, "Tom Lee received a one-game suspension on Monday.")

    assert event.title == "Tom Lee receives one-game suspension"


def test_a_present_perfect_that_counts_what_it_did_is_an_event_after_the_lead(nlp):
    text = (
        "Acme Corp. opened a plant in Lyon on Monday. Workers cheered on Monday. "
        "Families have pledged millions to the fund."
    )

    assert "pledge" in event_triggers(nlp, text)


# --- quotation marks of wire copy ----------------------------------------------------------


def _token(doc, word: str):
    return next(t for t in doc if t.lower_ == word)


def test_narration_after_a_wire_style_quotation_is_not_quoted(nlp):
    """Wire copy quotes with doubled backquotes and apostrophes (``so''): the closing pair
    ends the quotation, and what the writer tells after it is narration, not someone's words."""
    doc = nlp(
        "``We will not give up the harbour,'' the mayor told reporters. "
        "Later the council approved the harbour plan in a close vote in Brest."
    )

    assert not quoted(_token(doc, "approved"))


def test_words_inside_a_wire_style_quotation_stay_quoted(nlp):
    doc = nlp(
        "The mayor spoke at the harbour on Monday. "
        "``The council approved the harbour plan in a close vote in Brest,'' she said."
    )

    assert quoted(_token(doc, "approved"))
