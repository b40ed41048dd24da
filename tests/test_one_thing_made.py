"""A present perfect in which an actor made or took on one new thing is a deed
(events.one_thing_made); a summing up with no actor or a known thing stays dropped.

Short sentences written for these tests; a story's first two sentences are its lead, where a
perfect is the news anyway, so each sentence comes third.
"""

import pytest
import spacy

from stories.extraction.events.one_thing_made import made_one_thing
from stories.extraction.nlp import MODEL_NAME
from tests.extracting import triggers_after_lead as triggers


@pytest.fixture(scope="module")
def nlp():
    return spacy.load(MODEL_NAME)


#: Two sentences of lead, so the sentence under test is read as the body of a story.
SECOND = "The library held its last reading on Sunday. "


def _verb(nlp, text: str, word: str):
    return next(t for t in nlp(text) if t.text == word)


def test_a_named_body_that_has_passed_a_resolution_did_a_deed(nlp):
    text = SECOND + "The Harbour Board has passed a resolution on the quay."
    assert triggers(nlp, text) == ["vote", "hold", "pass"]


def test_people_who_have_set_up_a_panel_did_a_deed(nlp):
    assert made_one_thing(_verb(nlp, "Officials have set up a panel to watch the works.", "set"))


def test_a_personal_pronoun_counts_as_an_actor(nlp):
    assert made_one_thing(_verb(nlp, "She has lodged an appeal with the tribunal.", "lodged"))


def test_a_thing_as_subject_sums_up_rather_than_acts(nlp):
    assert not made_one_thing(_verb(nlp, "The drought has created a shortage of feed.", "created"))


def test_a_known_thing_as_object_is_no_new_thing(nlp):
    text = "The Harbour Board has passed the resolution on the quay."
    assert not made_one_thing(_verb(nlp, text, "passed"))


def test_a_negated_perfect_made_nothing(nlp):
    assert not made_one_thing(_verb(nlp, "They have not lodged an appeal.", "lodged"))


def test_a_naming_with_two_objects_is_no_making(nlp):
    text = "The fire, which investigators have labeled an arson, gutted the block."
    assert not made_one_thing(_verb(nlp, text, "labeled"))


def test_a_perfect_on_a_known_thing_is_still_dropped(nlp):
    text = SECOND + "The Harbour Board has passed the resolution on the quay."
    assert triggers(nlp, text) == ["vote", "hold"]


def test_a_perfect_with_a_thing_as_subject_is_still_dropped(nlp):
    text = SECOND + "The dry spell has brought a shortage of feed."
    assert triggers(nlp, text) == ["vote", "hold"]


def test_an_amount_or_side_of_something_is_no_new_thing(nlp):
    text = "The two sides have lost a source of pressure on the talks."
    assert not made_one_thing(_verb(nlp, text, "lost"))


def test_a_thing_recast_into_another_is_no_making(nlp):
    text = "The striker has turned a slow start into a winning run."
    assert not made_one_thing(_verb(nlp, text, "turned"))
