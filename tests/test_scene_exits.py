"""Going away from a scene, told with no time of its own ("the men left the home"), is no event.

Short sentences written for these tests, each after a lead that reports a happening.
"""

import pytest
import spacy

from stories.extraction.nlp import MODEL_NAME
from tests.test_events import event_triggers

BREAK_IN = (
    "Two armed men broke into a home on Elm Street in Dayton on Friday night, police said. "
    "They tied up the owner and took cash. "
)
VISIT = "Officer Tom Reed spoke with the tenant in Dayton on Sunday. "


@pytest.fixture(scope="module")
def nlp():
    return spacy.load(MODEL_NAME)


def test_leaving_the_scene_of_a_told_happening_undated_is_not_an_event(nlp):
    text = BREAK_IN + "The men left the home before officers arrived."

    assert "leave" not in event_triggers(nlp, text)


def test_leaving_a_room_without_a_time_is_not_an_event(nlp):
    text = (
        "A jury convicted John Smith of murder in Dayton on Monday. "
        "Smith's family left the courtroom without talking to reporters."
    )

    assert "leave" not in event_triggers(nlp, text)


def test_an_undated_departure_with_no_object_is_not_an_event(nlp):
    text = VISIT + "With that, the officer left."

    assert "leave" not in event_triggers(nlp, text)


def test_a_departure_with_its_own_day_is_an_event(nlp):
    text = VISIT + "The officer left on Monday."

    assert "leave" in event_triggers(nlp, text)


def test_a_departure_with_its_own_hour_is_an_event(nlp):
    text = BREAK_IN + "The men left the home Friday at 11 p.m."

    assert "leave" in event_triggers(nlp, text)


def test_a_departure_for_somewhere_is_an_event(nlp):
    text = BREAK_IN.split(" They")[0] + " The men left the home for a waiting car."

    assert "leave" in event_triggers(nlp, text)


def test_leaving_someone_behind_is_an_event(nlp):
    text = (
        "Police in Dayton arrested Jane Doe on Sunday. "
        "Doe left her baby inside a car at a store on Main Street."
    )

    assert "leave" in event_triggers(nlp, text)


def test_leaving_the_scene_of_a_crash_is_an_event(nlp):
    text = (
        "A crash on Route 9 in Dayton killed a man on Sunday. "
        "The driver of the truck left the scene."
    )

    assert "leave" in event_triggers(nlp, text)


def test_quitting_a_party_is_an_event(nlp):
    text = "Senator John Smith of Ohio spoke in Dayton on Monday. Smith left the Republican Party."

    assert "leave" in event_triggers(nlp, text)


def test_quitting_a_company_is_an_event(nlp):
    text = (
        "Acme Corp. opened a plant in Lyon on Monday. "
        "Its chief executive, John Smith, left the company."
    )

    assert "leave" in event_triggers(nlp, text)


def test_a_departure_a_source_reports_is_an_event(nlp):
    text = BREAK_IN + "A neighbour said the men had left the home."

    assert "leave" in event_triggers(nlp, text)


def test_a_departure_with_its_source_named_after_it_is_not_an_event(nlp):
    text = VISIT + "With that, the officer left, the captain said."

    assert "leave" not in event_triggers(nlp, text)


def test_a_thing_that_left_people_in_a_state_is_an_event(nlp):
    text = "A storm swept through Dayton on Friday. The storm left 300,000 customers without power."

    assert "leave" in event_triggers(nlp, text)


def test_a_thing_that_left_something_behind_is_an_event(nlp):
    text = "A gas main blew up in Dayton on Friday. The explosion left a crater in the street."

    assert "leave" in event_triggers(nlp, text)


def test_leaving_a_country_is_an_event(nlp):
    text = "Police named John Smith as a suspect in Dayton on Friday. Smith left the country."

    assert "leave" in event_triggers(nlp, text)
