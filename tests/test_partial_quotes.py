"""A partial quotation: the writer names who acts and quotes only the rest of the clause.

"Acme said it "intends to seek control" of Beta": the quotation opens after the clause's
subject, so the quoted words finish the writer's own sentence and its verb is narration, not
undated talk. A full quotation ("We intend to seek control," Acme said) still stays talk.
Sentences written for these tests.
"""

import datetime as dt

import pytest
import spacy

from stories.extraction.analysis import analyse_text
from stories.extraction.events.partial_quotes import finishes_narration
from stories.extraction.events.quotations import quotation_spans
from stories.extraction.nlp import MODEL_NAME

_DAY = dt.date(2021, 3, 4)


@pytest.fixture(scope="module")
def nlp():
    return spacy.load(MODEL_NAME)


def _token(doc, word: str):
    return next(t for t in doc if t.lower_ == word)


def test_quotation_opened_after_the_subject_finishes_the_narration(nlp):
    text = 'Harbour Freight Ltd. said it "intends to acquire" the rival ferry line Bluewater Inc.'
    doc = nlp(text)
    assert finishes_narration(_token(doc, "acquire"), quotation_spans(text))


def test_quotation_holding_its_own_subject_is_talk(nlp):
    text = '"We intend to acquire the rival ferry line," Harbour Freight Ltd. said.'
    doc = nlp(text)
    assert not finishes_narration(_token(doc, "acquire"), quotation_spans(text))


def test_quotation_opened_before_the_subject_is_talk(nlp):
    text = 'The chairman said, "the company will acquire the rival ferry line."'
    doc = nlp(text)
    assert not finishes_narration(_token(doc, "acquire"), quotation_spans(text))


_LEAD = "OBAN (Reuters) - Harbour Freight Ltd. bought the Bluewater ferry line on Monday. "
_TAIL = " Its shares rose 3 percent on Tuesday."


def test_partly_quoted_deed_is_an_event():
    text = _LEAD + 'The group said its chief "personally negotiated" the purchase.' + _TAIL
    events = analyse_text(text, published=_DAY).events
    assert any(e.trigger.startswith("negotiat") for e in events)


def test_wholly_quoted_deed_stays_talk():
    text = _LEAD + '"Our chief personally negotiated the purchase," a spokesman said.' + _TAIL
    events = analyse_text(text, published=_DAY).events
    assert not any(e.trigger.startswith("negotiat") for e in events)


def test_quotation_resumed_after_a_quoted_subject_is_talk(nlp):
    text = '"We will," the chairman said, "acquire the rival ferry line."'
    doc = nlp(text)
    assert not finishes_narration(_token(doc, "acquire"), quotation_spans(text))


def test_quoted_words_a_subjects_unquoted_verb_says_are_talk(nlp):
    text = 'Marchers carried banners that said "Save the library" outside the hall.'
    doc = nlp(text)
    assert not finishes_narration(_token(doc, "save"), quotation_spans(text))


def test_quotation_finishing_a_clause_held_as_a_belief_is_talk(nlp):
    # "believed he was "being followed"": the quoted words finish someone's belief, not a
    # deed the writer tells.
    text = 'Neighbours believed the mayor was "being followed" by reporters.'
    doc = nlp(text)
    assert not finishes_narration(_token(doc, "followed"), quotation_spans(text))


def test_partly_quoted_plan_outside_the_lexicon_is_an_event():
    # "said it "intends to seek control"": the quoted words finish the writer's clause, so the
    # verb is not dropped later as someone's quoted words either (events.statements).
    text = _LEAD + 'Harbour Freight Ltd. said it "intends to seek control" of Bluewater Inc.'
    events = analyse_text(text + _TAIL, published=_DAY).events
    assert any(e.trigger == "seek" for e in events)


def test_wholly_quoted_plan_outside_the_lexicon_stays_talk():
    text = _LEAD + '"We intend to seek control of Bluewater," Harbour Freight Ltd. said.'
    events = analyse_text(text + _TAIL, published=_DAY).events
    assert not any(e.trigger == "seek" for e in events)


def test_partly_quoted_deed_outside_the_lexicon_stays_their_words():
    # "have "vilified" educators": a scare-quoted deed is someone's word for it, not narration
    text = _LEAD + 'The union said politicians have "vilified" teachers.'
    events = analyse_text(text + _TAIL, published=_DAY).events
    assert not any(e.trigger == "vilify" for e in events)
