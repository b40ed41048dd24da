"""A place hyphened to a participle that says whose a thing is ("a Bergen-based insurer",
"Norland-backed rebels") names who the noun is, not where the story happens: it neither moves
a sentence off the dateline nor counts against the story's setting.

Short texts written for these tests; places arrive resolved, as in test_event_placing.
"""

import pytest

from stories.extraction.events import place_rules
from stories.extraction.events.based import names_a_base
from stories.extraction.mentions import PlaceMention
from stories.extraction.nlp import get_nlp
from tests.test_event_placing import event_with, placed_events


@pytest.fixture(scope="module")
def nlp():
    return get_nlp()


def test_a_base_named_by_a_hyphened_participle_is_the_noun_s_base():
    text = "A Bergen-based insurer and Norland–backed rebels met Bergen-area officials."

    def mention(name: str, start: int) -> PlaceMention:
        return PlaceMention(text=name, start=start, end=start + len(name), kind="city")

    assert names_a_base(mention("Bergen", text.index("Bergen")), text)
    assert names_a_base(mention("Norland", text.index("Norland")), text)
    assert not names_a_base(mention("Bergen", text.rindex("Bergen")), text)


def test_a_firm_s_base_does_not_move_a_sentence_off_the_dateline(nlp):
    text = (
        "LYON, France — Police arrested a man in Lyon on Monday.\n\n"
        "A Bergen-based insurer opened an office on Tuesday."
    )

    opened = event_with(placed_events(nlp, text), "open")

    assert (opened.place.text, opened.provenance["place"]["source"]) == ("LYON", "dateline")


def test_a_firm_s_base_does_not_count_against_the_story_s_setting(nlp):
    text = (
        "Crews fought a fire at a warehouse in Lyon.\n\n"
        "The fire was put out by evening in Lyon.\n\n"
        "A Bergen-based insurer paid the owners."
    )

    paid = event_with(placed_events(nlp, text), "pay")

    assert (paid.place.name, paid.provenance["place"]["source"]) == ("Lyon", "setting")


def test_without_the_rule_a_firm_s_base_is_a_scene(nlp, monkeypatch):
    monkeypatch.setattr(place_rules, "ENABLED", place_rules.ENABLED - {"bases"})
    text = (
        "LYON, France — Police arrested a man in Lyon on Monday.\n\n"
        "A Bergen-based insurer opened an office on Tuesday."
    )

    opened = event_with(placed_events(nlp, text), "open")

    assert opened.place is None or opened.provenance["place"]["source"] != "dateline"
