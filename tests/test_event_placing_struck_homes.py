"""A foreign actor's deed done to the dateline country's own things ("Sudland shelled French
villages", told from Lyon) happened where the dateline stands: the actor's name does not bar
the dateline there, while its deeds on anything else, or long ago, keep no dateline place.

Short texts written for these tests. Places arrive resolved, as in test_event_placing.
"""

import pytest

from stories.extraction.events import place_rules, struck_homes
from stories.extraction.nlp import get_nlp
from tests.test_event_placing import placed_events, source_of, where


@pytest.fixture(scope="module")
def nlp():
    return get_nlp()


@pytest.fixture(autouse=True)
def _nationalities(monkeypatch):
    """The gazetteer's demonyms, without loading the gazetteer."""
    table = {"French": "FR", "Swedish": "SE"}
    monkeypatch.setattr(struck_homes, "nationality", lambda word: table.get(word))


def test_a_foreign_deed_on_the_dateline_country_s_things_takes_the_dateline(nlp):
    text = "LYON, France (AP) — Sudland flooded French farms on Tuesday."

    event = placed_events(nlp, text)[0]

    assert (event.place.text, source_of(event)) == ("LYON", "dateline")


def test_a_foreign_deed_on_its_own_country_s_things_takes_no_dateline(nlp):
    text = "LYON, France (AP) — Sudland flooded Swedish farms on Tuesday."

    event = placed_events(nlp, text)[0]

    assert event.place is None


def test_a_foreign_deed_on_the_dateline_country_s_things_years_ago_takes_no_dateline(nlp):
    text = "LYON, France (AP) — Sudland flooded French farms in 2018."

    event = placed_events(nlp, text)[0]

    assert event.place is None


def test_a_foreign_word_on_the_dateline_country_s_things_takes_no_dateline(nlp):
    text = "LYON, France (AP) — Sudland rejected French demands on Tuesday."

    event = placed_events(nlp, text)[0]

    assert where(event) == ("Sudland", "home")


def test_without_the_rule_the_foreign_actor_bars_the_dateline(nlp, monkeypatch):
    monkeypatch.setattr(place_rules, "ENABLED", place_rules.ENABLED - {"struck homes"})
    text = "LYON, France (AP) — Sudland flooded French farms on Tuesday."

    event = placed_events(nlp, text)[0]

    assert event.place is None
