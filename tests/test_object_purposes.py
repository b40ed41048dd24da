"""A simple past deed done to a thing, with an infinitive after the thing telling what it was
for, is a deed of its own (events.object_purposes); getting someone else to act stays a frame.

Sentences written for these tests.
"""

import pytest
import spacy

from stories.extraction.events.object_purposes import deed_for_a_purpose
from stories.extraction.events.sites import find_sites
from stories.extraction.nlp import MODEL_NAME


@pytest.fixture(scope="module")
def nlp():
    return spacy.load(MODEL_NAME)


def _verb(nlp, text: str, word: str):
    return next(t for t in nlp(text) if t.text == word)


def test_staff_taken_on_for_a_purpose_is_a_deed(nlp):
    text = "The airline hired extra staff to handle the rush."
    assert deed_for_a_purpose(_verb(nlp, text, "hired"))


def test_binding_a_party_to_an_act_is_a_deed(nlp):
    text = "The two ministers committed their governments to negotiate a border deal."
    assert deed_for_a_purpose(_verb(nlp, text, "committed"))


def test_getting_someone_else_to_act_is_no_deed_of_its_own(nlp):
    text = "The inspector advised the owner to close the shop."
    assert not deed_for_a_purpose(_verb(nlp, text, "advised"))


def test_an_infinitive_without_an_object_stays_a_frame(nlp):
    assert not deed_for_a_purpose(_verb(nlp, "The council tried to close the road.", "tried"))


def test_a_perfect_is_not_a_plain_past(nlp):
    text = "The airline has hired extra staff to handle the rush."
    assert not deed_for_a_purpose(_verb(nlp, text, "hired"))


def test_the_deed_is_a_site_of_its_own(nlp):
    doc = nlp("The two ministers committed their governments to negotiate a border deal.")
    assert "commit" in [site.trigger for site in find_sites(doc)]


def test_advising_someone_to_act_is_no_site(nlp):
    doc = nlp("The inspector advised the owner to close the shop.")
    assert "advise" not in [site.trigger for site in find_sites(doc)]


def test_an_infinitive_of_degree_is_no_purpose(nlp):
    text = "The vets caught the illness early enough to save the herd."
    assert not deed_for_a_purpose(_verb(nlp, text, "caught"))


@pytest.mark.parametrize(
    "text",
    [
        "The president promised voters to cut taxes.",
        "The minister dared opponents to call an election.",
        "The candidate reminded voters to register by Friday.",
        "Activists begged the governor to halt the execution.",
        "The president challenged Congress to pass the bill.",
    ],
)
def test_asking_urging_or_promising_another_to_act_stays_a_frame(nlp, text):
    verb = next(t for t in nlp(text) if t.dep_ == "ROOT")
    assert not deed_for_a_purpose(verb)
