"""Tolls and tallies told with no time of their own (events.tolls): harm borne and a player's
stat line measure a happening told elsewhere, they are not one.

Short sentences written for these tests, each after a lead that reports a happening.
"""

import pytest
import spacy

from stories.extraction.nlp import MODEL_NAME
from tests.extracting import triggers, triggers_after_lead
from tests.test_events import events_of

#: A lead of two sentences: a toll told after it restates what the fire did.
FIRE = (
    "A fire gutted a barn near Varnholm on Monday. "
    "Crews from three towns fought the blaze for five hours. "
)


@pytest.fixture(scope="module")
def nlp():
    return spacy.load(MODEL_NAME)


def test_damage_a_building_sustained_after_the_lead_is_a_toll(nlp):
    text = FIRE + "The farmhouse sustained heavy smoke damage."
    assert "sustain" not in triggers(events_of(nlp, text))


def test_bruises_suffered_after_the_lead_are_a_toll(nlp):
    text = FIRE + "Two firefighters suffered cuts and bruises."
    assert "suffer" not in triggers(events_of(nlp, text))


def test_a_happening_suffered_stays(nlp):
    text = FIRE + "The farmer suffered a stroke on Tuesday."
    assert "suffer" in triggers(events_of(nlp, text))


def test_snaps_played_are_a_stat_line(nlp):
    assert triggers_after_lead(nlp, "Tomas Ekdal played 40 snaps on defense.") == ["vote"]


def test_passes_caught_are_a_stat_line(nlp):
    assert triggers_after_lead(nlp, "Tomas Ekdal caught three passes.") == ["vote"]


def test_points_scored_are_not_a_stat_line(nlp):
    assert "score" in triggers_after_lead(nlp, "Tomas Ekdal scored 26 points.")


def test_a_toll_told_in_the_lead_stays(nlp):
    text = "Two hikers sustained serious injuries near Varnholm."
    assert triggers(events_of(nlp, text)) == ["sustain"]


def test_harm_inside_a_clause_on_the_happening_suffered_stays(nlp):
    text = FIRE + "The farmer suffered a stroke that caused brain damage."
    assert "suffer" in triggers(events_of(nlp, text))
