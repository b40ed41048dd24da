"""A player's stat line told with no time of its own (events.states) measures a game told
elsewhere, it is not a happening.

Short sentences written for these tests, each after a lead that reports a happening.
"""

import pytest
import spacy

from stories.extraction.nlp import MODEL_NAME
from tests.extracting import triggers_after_lead


@pytest.fixture(scope="module")
def nlp():
    return spacy.load(MODEL_NAME)


def test_snaps_played_are_a_stat_line(nlp):
    assert triggers_after_lead(nlp, "Tomas Ekdal played 40 snaps on defense.") == ["vote"]


def test_passes_caught_are_a_stat_line(nlp):
    assert triggers_after_lead(nlp, "Tomas Ekdal caught three passes.") == ["vote"]


def test_points_scored_are_not_a_stat_line(nlp):
    assert "score" in triggers_after_lead(nlp, "Tomas Ekdal scored 26 points.")
