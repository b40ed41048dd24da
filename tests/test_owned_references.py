"""An event noun named only by its owner ("his appointment") points back to a known happening.

Short sentences written for these tests; the owned noun's own particulars (a party, a day, a
death) keep it an event (events.owned_references).
"""

import pytest
import spacy

from stories.extraction.nlp import MODEL_NAME
from tests.test_events import event_triggers


@pytest.fixture(scope="module")
def nlp():
    return spacy.load(MODEL_NAME)


def test_a_departure_named_by_its_owner_after_the_resignation_is_no_second_event(nlp):
    text = (
        "Provigo chairman Pierre Lortie resigned in Montreal on Thursday. "
        "Mr. Lortie's departure, while sudden, was seen as inevitable."
    )

    assert "departure" not in event_triggers(nlp, text)


def test_an_acquisition_the_story_weighs_by_its_owner_is_not_an_event(nlp):
    text = (
        "Polly Peck bought Sansui in Tokyo on Friday. "
        "Whether Polly Peck's acquisition makes sense remains to be seen."
    )

    assert "acquisition" not in event_triggers(nlp, text)


def test_a_speech_named_by_its_owner_as_a_setting_is_not_an_event(nlp):
    text = (
        "Voters in Dayton cheered on Monday. Paula Starr was visibly moved during Obama's speech."
    )

    assert "speech" not in event_triggers(nlp, text)


def test_an_owned_appointment_someone_comments_on_is_not_an_event(nlp):
    text = (
        "The mayor named Roy Jones police chief in Mansfield on Tuesday. "
        "McCoy said of Jones' appointment that it was a good step."
    )

    assert "appointment" not in event_triggers(nlp, text)


def test_an_owned_noun_with_its_target_is_an_event(nlp):
    text = "Iran condemned Iraq's invasion of Kuwait on Aug. 2."

    assert "invasion" in event_triggers(nlp, text)


def test_an_owned_death_is_an_event(nlp):
    text = (
        "Police found the girl in Lancaster on Tuesday. "
        "Her mother insisted that Emma's death was an accident."
    )

    assert "death" in event_triggers(nlp, text)


def test_a_noun_owned_by_a_day_is_an_event(nlp):
    text = "Richardson weighed in on Thursday's fight on Monday."

    assert "fight" in event_triggers(nlp, text)


def test_an_owned_noun_said_to_have_happened_is_an_event(nlp):
    text = (
        "The palace issued a statement in London on Sunday. "
        "Andrew's interview only appears to have happened thanks to his publicist."
    )

    assert "interview" in event_triggers(nlp, text)


def test_an_owned_noun_with_a_noun_naming_it_is_an_event(nlp):
    text = (
        "Alibaba listed its shares in Hong Kong on Tuesday. "
        "Alibaba's listing ceremony was held at the exchange."
    )

    assert "ceremony" in event_triggers(nlp, text)


def test_an_owned_noun_given_as_a_cause_is_an_event(nlp):
    text = "Voters in Dayton cheered on Monday. Sales fell thanks to Obama's speech."

    assert "speech" in event_triggers(nlp, text)


def test_an_age_in_the_subject_does_not_date_the_owned_noun(nlp):
    text = "Voters in Dayton cheered on Monday. Paula Starr, 54, was moved during Obama's speech."

    assert "speech" not in event_triggers(nlp, text)
