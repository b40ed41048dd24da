"""A place that bounds a ranking ("the first state in X to", "the largest bank in X") is no
scene: it neither places its sentence's events nor carries to the next sentence.

Short texts written for these tests; places arrive resolved, as analyse_text hands them over.
"""

import pytest

from stories.extraction.events import place_rules
from stories.extraction.nlp import get_nlp
from tests.test_event_placing import event_with, placed_events, source_of


@pytest.fixture(scope="module")
def nlp():
    return get_nlp()


_RANKED = (
    "LYON, France (AP) — Town councils are weighing making theirs the first in Norland to ban "
    "cars. A committee heard testimony Monday on the plan."
)


def test_a_place_among_which_something_ranks_first_does_not_carry_to_the_next_sentence(nlp):
    hearing = event_with(placed_events(nlp, _RANKED), "hear")

    assert (hearing.place.text, source_of(hearing)) == ("LYON", "dateline")


def test_without_the_rule_the_ranking_s_place_carries(nlp, monkeypatch):
    monkeypatch.setattr(place_rules, "ENABLED", place_rules.ENABLED - {"ranked domains"})

    hearing = event_with(placed_events(nlp, _RANKED), "hear")

    assert hearing.place.name == "Norland"


def test_a_noun_a_superlative_describes_ranks_within_its_place(nlp):
    from stories.extraction.events.ranked_domains import ranks_within

    doc = nlp("Norbank became the largest bank in Norland on Monday.")

    assert ranks_within(next(t for t in doc if t.lower_ == "in"))


def test_an_ordinal_on_a_noun_still_says_where(nlp):
    from stories.extraction.events.ranked_domains import ranks_within

    doc = nlp("She spent her first night in Lyon at a hostel.")

    assert not ranks_within(next(t for t in doc if t.lower_ == "in"))
