"""Tolls and tallies told with no time of their own (events.tolls): harm borne and a player's
stat line measure a happening told elsewhere, they are not one.

Short sentences written for these tests, each after a lead that reports a happening.
"""

import pytest
import spacy

from stories.extraction.nlp import MODEL_NAME
from tests.extracting import triggers_after_lead as triggers


@pytest.fixture(scope="module")
def nlp():
    return spacy.load(MODEL_NAME)


def test_damage_a_building_sustained_is_a_toll(nlp):
    assert triggers(nlp, "The barn sustained heavy smoke damage.") == ["vote"]


def test_bruises_suffered_are_a_toll(nlp):
    assert triggers(nlp, "Two deckhands suffered cuts and bruises.") == ["vote"]


def test_a_happening_suffered_stays(nlp):
    assert "suffer" in triggers(nlp, "The mayor of Varnholm suffered a stroke.")


def test_snaps_played_are_a_stat_line(nlp):
    assert triggers(nlp, "Tomas Ekdal played 40 snaps on defense.") == ["vote"]


def test_passes_caught_are_a_stat_line(nlp):
    assert triggers(nlp, "Tomas Ekdal caught three passes.") == ["vote"]


def test_points_scored_are_not_a_stat_line(nlp):
    assert "score" in triggers(nlp, "Tomas Ekdal scored 26 points.")
