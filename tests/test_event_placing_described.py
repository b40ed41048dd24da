"""A sentence whose only place sits in a relative clause on one of its nouns ("a chase that
began in X") bars the story's lead from it; with no other clue, the event takes that place
(events.placing, sentence_places.described_per_sentence).

Short texts written for these tests; places arrive resolved, as in test_event_placing.
"""

from stories.extraction.events import place_rules
from tests.test_event_placing import event_with, nlp, placed_events, where  # noqa: F401

_LEAD = "Firefighters rescued a dog in Lyon on Monday.\n\n"


def test_an_arrest_after_a_chase_that_began_in_a_town_is_placed_there(nlp):  # noqa: F811
    text = _LEAD + "Police arrested three men on Tuesday after a chase that began in Bergen."

    arrest = event_with(placed_events(nlp, text), "arrest")

    assert where(arrest) == ("Bergen", "described")


def test_without_the_rule_the_barred_sentence_keeps_no_place(nlp, monkeypatch):  # noqa: F811
    monkeypatch.setattr(place_rules, "ENABLED", place_rules.ENABLED - {"described"})
    text = _LEAD + "Police arrested three men on Tuesday after a chase that began in Bergen."

    arrest = event_with(placed_events(nlp, text), "arrest")

    assert arrest.place is None


def test_a_clause_with_no_relative_word_is_no_description(nlp):  # noqa: F811
    # The parser hangs "the following year she was appointed ..." on the time noun as a
    # relative clause; without "that", "which" or "who" it is not one, and places nothing.
    text = (
        _LEAD + "On May 2, Ana Ruiz was made a colonel, and the following year she was "
        "appointed attache at the embassy in Bergen."
    )

    made = event_with(placed_events(nlp, text), "make")

    assert where(made)[1] != "described"


def test_a_cited_source_described_at_a_town_places_nothing(nlp):  # noqa: F811
    text = (
        _LEAD + "The pilot rested on Tuesday in short naps, according to the crew, "
        "which watched the flight from its base in Bergen."
    )

    rest = event_with(placed_events(nlp, text), "rest")

    assert rest.place is None


def test_where_a_person_in_the_sentence_studies_places_nothing(nlp):  # noqa: F811
    text = _LEAD + "Police arrested three men on Tuesday, one a student who studies in Bergen."

    arrest = event_with(placed_events(nlp, text), "arrest")

    assert where(arrest) != ("Bergen", "described")


def test_where_a_person_in_the_sentence_lives_places_nothing(nlp):  # noqa: F811
    text = _LEAD + "Police arrested a driver on Tuesday after a crash, a man who lives in Bergen."

    arrest = event_with(placed_events(nlp, text), "arrest")

    assert where(arrest) != ("Bergen", "described")


def test_a_driver_caught_in_the_area_of_a_town_places_the_shooting_there(nlp):  # noqa: F811
    # "in the area of X" is a locative phrase on X (events.narration.AREA_NOUNS).
    text = _LEAD + "An officer shot the driver, who was caught in the area of Bergen."

    shot = event_with(placed_events(nlp, text), "shoot")

    assert where(shot) == ("Bergen", "described")
