"""An infinitive held off its verb by a time or a count is still its complement
(events.timed_infinitives). Sentences written for these tests."""

import pytest
import spacy

import tests.test_events as events
from stories.extraction.events.timed_infinitives import timed_infinitive
from stories.extraction.nlp import MODEL_NAME


@pytest.fixture(scope="module")
def nlp():
    return spacy.load(MODEL_NAME)


def timed(nlp, text: str, word: str) -> bool:
    return next(timed_infinitive(t) for t in nlp(text) if t.text == word)


def test_an_infinitive_after_a_tally_and_a_day_is_the_votes_complement(nlp):
    assert timed(nlp, "The board voted 5-2 on Monday to fire the coach.", "fire")


def test_an_infinitive_after_a_month_is_the_verbs_complement(nlp):
    assert timed(nlp, "The company sought in May to block the sale.", "block")


def test_an_infinitive_after_a_place_is_not_taken_for_a_complement(nlp):
    assert not timed(nlp, "The crew drove to the depot to collect the trucks.", "collect")


def test_a_vote_split_off_its_infinitive_by_a_tally_and_a_day_keeps_it_in_the_title(nlp):
    titles = events.event_titles(nlp, "The board voted 5-2 on Monday to fire the coach.", "vote")
    assert titles == ["Board votes to fire coach"]


def test_a_vote_split_off_its_infinitive_by_a_month_keeps_it_in_the_title(nlp):
    titles = events.event_titles(nlp, "The council voted in March to raise fees.", "vote")
    assert titles == ["Council votes to raise fees"]


def test_a_seeking_split_off_its_infinitive_by_a_month_keeps_it_in_the_title(nlp):
    titles = events.event_titles(nlp, "The company sought in May to block the sale.", "seek")
    assert titles == ["Company seeks to block sale"]


def test_a_purpose_after_a_day_stays_out_of_a_gathering(nlp):
    assert not timed(nlp, "Residents gathered on Saturday to protest the plan.", "protest")
