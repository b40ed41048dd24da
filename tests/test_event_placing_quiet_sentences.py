"""Narration carries its place across a sentence of the same paragraph that tells no happening
and names no place ("The warehouse held grain."): such a description does not move the scene
(events.placing, events.quiet_sentences).

Short texts written for these tests; places arrive resolved, as in test_event_placing.
"""

from stories.extraction.events import place_rules
from tests.test_event_placing import event_with, nlp, placed_events, where  # noqa: F401

# A lead naming no place sets no scene, and no place holds all of the story's places.
_LEAD = "Storms hit three cities on Monday.\n\n"
_LATER = "\n\nIn Bergen, floods closed roads. In Lyon, trains stopped."
_FIRE = "A fire broke out at a warehouse in Paris on Tuesday. "


def test_narration_carries_across_a_description_naming_no_place(nlp):  # noqa: F811
    text = (
        _LEAD
        + _FIRE
        + "The warehouse is four storeys tall. Firefighters fought the blaze."
        + _LATER
    )

    fight = event_with(placed_events(nlp, text), "fight")

    assert where(fight) == ("Paris", "previous sentence")


def test_without_the_rule_the_sentence_after_the_description_keeps_no_place(
    nlp,  # noqa: F811
    monkeypatch,
):
    monkeypatch.setattr(place_rules, "ENABLED", place_rules.ENABLED - {"quiet sentences"})
    text = (
        _LEAD
        + _FIRE
        + "The warehouse is four storeys tall. Firefighters fought the blaze."
        + _LATER
    )

    fight = event_with(placed_events(nlp, text), "fight")

    assert fight.place is None


def test_a_sentence_between_naming_another_place_stops_the_carry(nlp):  # noqa: F811
    text = (
        _LEAD + _FIRE + "The owner is a firm from Bergen. Firefighters fought the blaze." + _LATER
    )

    fight = event_with(placed_events(nlp, text), "fight")

    assert where(fight) != ("Paris", "previous sentence")


def test_a_verbless_line_between_stops_the_carry(nlp):  # noqa: F811
    # A credit line breaks the text as a paragraph does; it is no pause in the narration.
    text = _LEAD + _FIRE + "Photo: The Daily Courier. Firefighters fought the blaze." + _LATER

    fight = event_with(placed_events(nlp, text), "fight")

    assert where(fight) != ("Paris", "previous sentence")


def test_a_sentence_between_pointing_elsewhere_by_direction_stops_the_carry(nlp):  # noqa: F811
    # "The capital lies far to the north" names no place, but it turns the reader to another:
    # a direction or a distance to somewhere is no quiet description of the scene.
    text = (
        _LEAD
        + _FIRE
        + "The capital lies 300 kilometres to the north. The minister called a meeting."
        + _LATER
    )

    call = event_with(placed_events(nlp, text), "call")

    assert where(call) != ("Paris", "previous sentence")
