"""A judge blames or praises another country from home: the country judged is not a side met.

Short texts written for these tests; places arrive resolved, as analyse_text hands them over.
"""

import pytest

from stories.extraction.events import homes, placing, pointing_back
from stories.extraction.nlp import get_nlp
from tests.test_event_placing import event_with, placed_events, where


@pytest.fixture(scope="module")
def nlp():
    return get_nlp()


@pytest.fixture(autouse=True)
def _nationalities(monkeypatch):
    """The gazetteer's demonyms, without loading the gazetteer."""
    table = {"Norwegian": "NO", "French": "FR"}
    monkeypatch.setattr(homes, "nationality", lambda word: table.get(word))
    monkeypatch.setattr(pointing_back, "nationality", lambda word: table.get(word))

    def capitals(p):
        return p.kind == "country"

    monkeypatch.setattr(homes, "governs", capitals)
    monkeypatch.setattr(placing, "governs", capitals)


def test_officials_who_denounce_another_country_act_at_home(nlp):
    text = (
        "Ana Ruiz arrived in Bergen on Monday.\n\n"
        "French officials denounced Norland on Tuesday for holding drills. France had asked "
        "for talks in 2019."
    )

    denouncing = event_with(placed_events(nlp, text), "denounce")

    assert where(denouncing) == ("France", "home")


def test_officials_who_meet_another_country_have_no_home(nlp):
    text = (
        "Ana Ruiz arrived in Bergen on Monday.\n\n"
        "French officials met Norland on Tuesday to discuss fishing. France had asked "
        "for talks in 2019."
    )

    meeting = event_with(placed_events(nlp, text), "meet")

    assert where(meeting)[1] != "home"
