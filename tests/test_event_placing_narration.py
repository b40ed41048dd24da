"""Where narration stands when an event's clause names no place (events.narration): a locative
phrase about a part of a place, a place word that is only part of a person's name, the home of
who acted carried to the next sentence, and a paragraph between two mentions of one place.

Short texts written for these tests. Places arrive resolved (with coordinates), as
analyse_text hands them to event extraction.
"""

import pytest

from stories.extraction.mentions import EventCandidate
from stories.extraction.nlp import get_nlp
from tests.test_event_placing import event_with, where
from tests.test_event_placing import placed_events as placing_events

# name: kind, specificity, country, latitude, longitude
PLACES = {
    "LYON": ("city", 3, "FR", 45.75, 4.85),
    "Lyon": ("city", 3, "FR", 45.75, 4.85),
    "Bergen": ("city", 3, "NO", 60.39, 5.32),
    "Paris": ("city", 3, "FR", 48.85, 2.35),
    "Norland": ("country", 1, "NO", 61.0, 9.0),
    "Sudland": ("country", 1, "SE", 62.0, 15.0),
    "Ms.": ("admin1", 2, "US", 32.6, -89.7),  # what NER makes of a courtesy title
    "Toledo": ("city", 3, "US", 41.66, -83.56),  # a namesake town of a person's surname
}


@pytest.fixture(scope="module")
def nlp():
    return get_nlp()


def placed_events(nlp, text: str, people: tuple[str, ...] = ()) -> list[EventCandidate]:
    """The events of `text`, every name of PLACES in it a resolved place and every form in
    `people` a person."""
    return placing_events(nlp, text, catalogue=PLACES, people={form: form for form in people})


def test_a_sentence_set_in_the_wilderness_of_a_country_is_set_in_that_country(nlp):
    text = (
        "A storm hit Bergen and Paris on Sunday.\n\n"
        "Rescuers found a tent on Monday as the search went on in the wilderness of northern "
        "Norland."
    )

    find = event_with(placed_events(nlp, text), "find")

    assert where(find) == ("Norland", "sentence")


def test_a_sentence_set_in_the_area_of_a_town_is_set_in_that_town(nlp):
    # "in the area of X", "in the vicinity of X": a locative phrase on X, as "in X" is.
    text = (
        "A storm hit Bergen on Sunday.\n\n"
        "The search went on in the area of Paris, and rescuers found a tent on Monday."
    )

    find = event_with(placed_events(nlp, text), "find")

    assert where(find) == ("Paris", "sentence")


def test_mapping_the_area_of_a_town_sets_no_scene(nlp):
    # Look-alike: "the area of X" as what a verb acts on, with no locative preposition.
    text = (
        "A storm hit Bergen on Sunday.\n\n"
        "Surveyors mapped the area of Paris, and rescuers found a tent on Monday."
    )

    find = event_with(placed_events(nlp, text), "find")

    assert where(find)[1] != "sentence"


def test_a_courtesy_title_before_a_person_is_no_place_elsewhere(nlp):
    text = "LYON (AP) — Police arrested two men on Tuesday, Ms. Ruiz said."

    arrest = event_with(placed_events(nlp, text, people=("Ruiz",)), "arrest")

    assert where(arrest) == ("Lyon", "dateline")


def test_a_place_word_ending_a_person_s_cut_short_name_is_no_place_elsewhere(nlp):
    text = "LYON (AP) — Police chief Ana Toledo urged residents on Tuesday to stay at home."

    urge = event_with(placed_events(nlp, text, people=("Police chief Ana",)), "urge")

    assert where(urge) == ("Lyon", "dateline")


def test_the_home_of_who_acted_carries_to_the_next_sentence(nlp):
    text = (
        "A storm hit Bergen and Paris on Sunday.\n\n"
        "The Sudland government extended the licence on Monday. "
        "The licence will expire in July."
    )

    expire = event_with(placed_events(nlp, text), "expire")

    assert where(expire) == ("Sudland", "previous sentence")


def test_the_home_of_who_acted_does_not_carry_to_a_sentence_naming_another_country(nlp):
    text = (
        "A storm hit Bergen and Paris on Sunday.\n\n"
        "The Sudland government extended the licence on Monday. "
        "Norland and Paris officials rejected the licence on Tuesday."
    )

    reject = event_with(placed_events(nlp, text), "reject")

    assert where(reject)[0] != "Sudland"


def test_a_paragraph_between_two_mentions_of_one_city_stays_in_it(nlp):
    text = (
        "A man wanted in Bergen, Paris and Norland was arrested in Lyon on Monday.\n\n"
        "He was charged on Tuesday.\n\n"
        "He is held in a jail in Lyon."
    )

    charge = event_with(placed_events(nlp, text), "charge")

    assert where(charge) == ("Lyon", "between")


def test_a_paragraph_between_two_mentions_of_one_country_stays_unplaced(nlp):
    text = (
        "A man wanted in Bergen, Paris and Lyon was arrested in Sudland on Monday.\n\n"
        "He was charged on Tuesday.\n\n"
        "He is held in a jail in Sudland."
    )

    charge = event_with(placed_events(nlp, text), "charge")

    assert where(charge)[1] != "between"
