"""Which places set the scene of a sentence's narration, and which only say where something
else is: a locative inside a clause that describes a noun belongs to that noun.

Short texts written for these tests; places arrive resolved, as in test_event_placing.
"""

import pytest

from stories.extraction.nlp import get_nlp
from tests.test_event_placing import event_with, placed_events


@pytest.fixture(scope="module")
def nlp():
    return get_nlp()


def test_a_locative_in_a_clause_describing_a_noun_does_not_place_the_sentence(nlp):
    text = (
        "Ana Ruiz is expected to seek loans in exchange for grain to be sold in Sudland."
        "\n\nShe studied in Bergen."
    )

    seek = event_with(placed_events(nlp, text), "seek")

    assert seek.place is None


def test_a_local_story_s_dateline_places_what_is_planned(nlp):
    text = (
        "LYON, France — Police arrested a man in Lyon.\n\nThe band will play a concert on Friday."
        "\n\nIts singer was born in Bergen, Norland."
    )

    concert = event_with(placed_events(nlp, text), "play")

    assert (concert.place.text, concert.provenance["place"]["source"]) == ("LYON", "dateline")


def test_a_local_story_s_dateline_places_its_background(nlp):
    text = (
        "LYON, France — Police arrested a man in Lyon.\n\nThe band played a concert in 2018."
        "\n\nIts singer was born in Bergen, Norland."
    )

    concert = event_with(placed_events(nlp, text), "play")

    assert concert.background
    assert (concert.place.text, concert.provenance["place"]["source"]) == ("LYON", "dateline")


def test_a_dateline_abroad_does_not_place_what_is_planned(nlp):
    text = (
        "LYON, France — The minister arrived in Bergen, Norland, on Monday.\n\n"
        "She toured Norland on Tuesday. The leaders will meet on Friday."
    )

    meeting = event_with(placed_events(nlp, text), "meet")

    assert meeting.place is None or meeting.place.text != "LYON"


def test_without_a_dateline_the_place_the_lead_states_places_the_story_s_events(nlp):
    text = (
        "The festival opened in Lyon on Monday.\n\nIts singer was born in Bergen.\n\n"
        "The band played a concert on Tuesday."
    )

    concert = event_with(placed_events(nlp, text), "play")

    assert (concert.place.name, concert.provenance["place"]["source"]) == ("Lyon", "lead")


def test_the_lead_s_place_does_not_place_what_happened_long_before_the_story(nlp):
    text = (
        "The festival opened in Lyon on Monday.\n\nIts singer was born in Bergen.\n\n"
        "The band played its first concert in 2018."
    )

    concert = event_with(placed_events(nlp, text), "play")

    assert concert.background and concert.place is None


def test_a_person_s_home_town_is_not_where_the_event_happened(nlp):
    text = (
        "The festival opened in Lyon on Saturday. Ana Ruiz, 32, of Bergen, won the first prize"
        " on Sunday."
    )

    prize = event_with(placed_events(nlp, text), "win")

    assert prize.place.text == "Lyon"


def test_a_happening_named_long_before_takes_no_place_from_the_sentence_around_it(nlp):
    text = (
        "The minister apologised in Lyon on Monday for the raid in 2018.\n\n"
        "Its singer was born in Bergen."
    )

    raid = event_with(placed_events(nlp, text), "raid")

    assert raid.background and raid.place is None


def test_the_country_a_person_leads_does_not_keep_the_dateline_from_the_sentence(nlp):
    text = (
        "LYON, France — President Ana Ruiz of Sudland signed a treaty on Monday.\n\n"
        "Its singer was born in Bergen."
    )

    signing = event_with(placed_events(nlp, text), "sign")

    assert (signing.place.text, signing.provenance["place"]["source"]) == ("LYON", "dateline")


def test_context_clues_switched_off_place_nothing(nlp, monkeypatch):
    from stories.extraction.events import place_rules

    monkeypatch.setattr(
        place_rules, "ENABLED", place_rules.ALL - {"setting", "lead", "paragraph openings"}
    )
    text = "Police arrested a man in Lyon on Monday.\n\nThe man was released on Tuesday."

    release = event_with(placed_events(nlp, text), "release")

    assert release.place is None


_FROM_A_CAPITAL = (
    "LYON — Police in France arrested two protesters in Lyon on Monday.\n\n"
    "The president dismissed the chief judge in 2018.\n\n"
    "Crowds have marched in Paris and in Lyon since, and France has seen strikes in Paris."
)


def test_a_story_whose_places_are_mostly_its_country_and_other_cities_is_not_local(nlp):
    dismissed = event_with(placed_events(nlp, _FROM_A_CAPITAL), "dismiss")

    assert dismissed.background
    assert dismissed.provenance["place"]["source"] != "dateline"


def test_a_background_event_of_a_story_that_is_not_local_is_set_in_the_wider_setting(nlp):
    dismissed = event_with(placed_events(nlp, _FROM_A_CAPITAL), "dismiss")

    assert (dismissed.place.name, dismissed.provenance["place"]["source"]) == ("France", "setting")


def test_todays_news_of_a_story_that_is_not_local_stays_in_the_dateline_city(nlp):
    arrested = event_with(placed_events(nlp, _FROM_A_CAPITAL), "arrest")

    assert arrested.place.name == "Lyon"
