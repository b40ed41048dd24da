"""Stretches of a life told in the plain past (events.profiles): a childhood, a schooling, a
job or a membership is a profile of a person, not a happening a timeline places; working at a
place told by what happened to it is a deed done at a scene, not a job held.

Short sentences written for these tests, most after a lead that reports a happening.
"""

import pytest
import spacy

from stories.extraction.events.profiles import stretch_of_a_life
from stories.extraction.nlp import MODEL_NAME
from tests.extracting import triggers_after_lead as triggers


@pytest.fixture(scope="module")
def nlp():
    return spacy.load(MODEL_NAME)


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


def worked(nlp, text: str) -> bool:
    return next(stretch_of_a_life(t) for t in nlp(text) if t.lemma_ == "work")


def test_working_at_a_burning_building_is_no_job(nlp):
    assert not worked(nlp, "Firefighters worked at the burning warehouse.")


def test_working_at_a_collapsed_mine_is_no_job(nlp):
    assert not worked(nlp, "Rescuers worked at the collapsed mine in Norfield.")


def test_working_at_a_plain_workplace_is_still_a_job(nlp):
    assert worked(nlp, "Ana Ruiz worked at a bank in Brenton.")
