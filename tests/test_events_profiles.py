"""Stretches of a life told in the plain past (events.profiles): a childhood, a schooling, a
job or a membership is a profile of a person, not a happening a timeline places.

Short sentences written for these tests, each after a lead that reports a happening.
"""

import pytest
import spacy

from stories.extraction.nlp import MODEL_NAME
from tests.test_events import events_of

LEAD = "Councillors in Lyon voted on Monday to close the old library. "


@pytest.fixture(scope="module")
def nlp():
    return spacy.load(MODEL_NAME)


def triggers(nlp, text: str) -> list[str]:
    return [e.trigger for e in events_of(nlp, LEAD + text)]


def test_growing_up_somewhere_is_a_profile(nlp):
    assert triggers(nlp, "The librarian, Marta Vidal, grew up in Grenoble.") == ["vote"]


def test_a_person_raised_somewhere_is_a_profile(nlp):
    assert triggers(nlp, "Marta Vidal was raised in a small port town.") == ["vote"]


def test_funds_raised_somewhere_stay(nlp):
    assert triggers(nlp, "Funds were raised in the town.") == ["vote", "raise"]


def test_attending_a_school_is_a_profile(nlp):
    assert triggers(nlp, "Her brother attended Riverside High School.") == ["vote"]


def test_attending_a_funeral_stays(nlp):
    assert triggers(nlp, "Her brother attended the funeral.") == ["vote", "attend"]


def test_working_at_a_place_is_a_job_held(nlp):
    assert triggers(nlp, "The caretaker worked at the old library.") == ["vote"]


def test_working_as_a_trade_is_a_job_held(nlp):
    assert triggers(nlp, "The nurse worked as a midwife.") == ["vote"]


def test_work_with_a_time_of_its_own_stays(nlp):
    assert triggers(nlp, "Volunteers worked at the site overnight.") == ["vote", "work"]


def test_playing_for_a_club_is_a_membership(nlp):
    assert triggers(nlp, "The brothers played for a local club.") == ["vote"]


def test_playing_on_a_day_stays(nlp):
    assert triggers(nlp, "The brothers played on Saturday.") == ["vote", "play"]


def test_working_at_the_scene_stays(nlp):
    assert triggers(nlp, "Firefighters worked at the scene.") == ["vote", "work"]


def test_studying_at_a_college_is_a_profile(nlp):
    assert triggers(nlp, "The suspect studied at a local college.") == ["vote"]


def test_teaching_at_a_school_on_a_day_stays(nlp):
    assert triggers(nlp, "Her mother taught at the school on Friday.") == ["vote", "teach"]
