"""Where bodies act and what nouns point back at: "the country" is the last country named, and
a national body named by its chamber acts at its seat.

Short texts written for these tests; places arrive resolved, as analyse_text hands them over.
"""

import pytest

from stories.extraction.events import homes, pointing_back
from stories.extraction.mentions import PlaceMention
from stories.extraction.nlp import get_nlp
from tests.test_event_placing import event_with, place, placed_events, source_of


@pytest.fixture(scope="module")
def nlp():
    return get_nlp()


@pytest.fixture(autouse=True)
def _gazetteer_words(monkeypatch):
    """The gazetteer's demonyms and country names, without loading the gazetteer."""
    demonyms = {"French": "FR"}
    monkeypatch.setattr(homes, "nationality", lambda word: demonyms.get(word))
    monkeypatch.setattr(pointing_back, "nationality", lambda word: demonyms.get(word))


def washington(start: int) -> PlaceMention:
    return PlaceMention(
        "Washington", start, start + 10, "Washington", "city", 3, "US", 38.9, -77.0, 4140963
    )


def mentions(text: str, *names: str) -> list[PlaceMention]:
    """The first mention of each name in `text`, resolved (Washington as the US capital)."""
    found = [
        washington(text.index(name)) if name == "Washington" else place(name, text.index(name))
        for name in names
    ]
    return sorted(found, key=lambda p: p.start)


# --- nouns pointing back -------------------------------------------------------------------------


def test_the_city_is_the_last_city_named_before_it(nlp):
    text = (
        "Ana Ruiz arrived in Lyon on Monday and flew to Bergen in May.\n\n"
        "She met the mayor in the city on Tuesday."
    )

    meeting = event_with(placed_events(nlp, text), "meet")

    assert (meeting.place.name, source_of(meeting)) == ("Bergen", "clause")


def test_the_country_after_a_people_named_is_their_country(nlp):
    text = (
        "France sent envoys to Norland on Monday.\n\n"
        "French farmers protested in the country on Tuesday."
    )

    protest = event_with(placed_events(nlp, text), "protest")

    assert protest.place.name == "France"


REGIONS = {
    "Velmoria": ("admin1", 2, "NO", 61.5, 8.0),
    "Bergen": ("city", 3, "NO", 60.39, 5.32),
    "Kestrel County": ("admin2", 2, "US", 40.1, -83.0),
    "Dunmore": ("city", 3, "US", 40.5, -83.5),
    "Norland": ("country", 1, "NO", 61.0, 9.0),
}


def test_the_region_is_the_last_province_named_before_it(nlp):
    text = (
        "Ana Ruiz flew from Bergen to Velmoria on Monday.\n\n"
        "Rebels attacked a police post in the troubled region on Tuesday."
    )

    attack = event_with(placed_events(nlp, text, catalogue=REGIONS), "attack")

    assert (attack.place.name, source_of(attack)) == ("Velmoria", "clause")


def test_the_region_after_a_people_named_is_no_country_of_theirs(nlp):
    text = (
        "Ana Ruiz flew from Bergen to Velmoria on Monday.\n\n"
        "Police fought French rebels in the region on Tuesday."
    )

    fight = event_with(placed_events(nlp, text, catalogue=REGIONS), "fight")

    assert (fight.place.name, source_of(fight)) == ("Velmoria", "clause")


def test_the_area_is_the_last_town_named_before_it(nlp):
    text = (
        "Volunteers filled sandbags in Dunmore on Monday.\n\n"
        "Crews closed two roads in the area on Tuesday."
    )

    closing = event_with(placed_events(nlp, text, catalogue=REGIONS), "close")

    assert (closing.place.name, source_of(closing)) == ("Dunmore", "clause")


def test_the_district_is_the_last_county_named_before_it(nlp):
    text = (
        "Ana Ruiz moved to Kestrel County in May.\n\n"
        "Voters in the district approved a school levy on Tuesday."
    )

    vote = event_with(placed_events(nlp, text, catalogue=REGIONS), "approve")

    assert (vote.place.name, source_of(vote)) == ("Kestrel County", "clause")


def test_a_noun_with_words_of_its_own_points_nowhere(nlp):
    text = (
        "Ana Ruiz arrived in Lyon on Monday and flew to Bergen in May.\n\n"
        "She met the mayor in a city of ten million on Tuesday."
    )

    meeting = event_with(placed_events(nlp, text), "meet")

    assert meeting.place is None or source_of(meeting) != "clause"


def test_the_city_with_an_adjective_that_only_describes_it_is_the_last_city_named(nlp):
    text = (
        "Ana Ruiz arrived in Lyon on Monday and flew to Bergen in May.\n\n"
        "She met the mayor in the coastal city on Tuesday."
    )

    meeting = event_with(placed_events(nlp, text), "meet")

    assert (meeting.place.name, source_of(meeting)) == ("Bergen", "clause")


def test_the_neighbouring_city_is_not_the_last_city_named(nlp):
    text = (
        "Ana Ruiz arrived in Lyon on Monday and flew to Bergen in May.\n\n"
        "She met the mayor in the neighbouring city on Tuesday."
    )

    meeting = event_with(placed_events(nlp, text), "meet")

    assert meeting.place is None or source_of(meeting) != "clause"


# --- seats ---------------------------------------------------------------------------------------


def test_a_committee_of_the_house_holds_its_hearing_in_washington(nlp):
    text = (
        "Ana Ruiz flew from Lyon to Washington on Monday.\n\n"
        "The House Intelligence Committee questioned her on Tuesday."
    )

    hearing = placed_events(nlp, text, places=mentions(text, "Lyon", "Washington"))[-1]

    assert (hearing.place.name, source_of(hearing)) == ("Washington", "seat")


def test_a_seat_needs_the_story_to_name_its_country(nlp):
    text = (
        "Ana Ruiz arrived in Lyon on Monday.\n\n"
        "The House Intelligence Committee questioned her on Tuesday."
    )

    hearing = placed_events(nlp, text, places=mentions(text, "Lyon"))[-1]

    assert hearing.place is None or source_of(hearing) != "seat"


def test_a_body_only_talked_about_gives_no_seat(nlp):
    text = (
        "Ana Ruiz flew from Lyon to Washington on Monday.\n\n"
        "She criticised the House Intelligence Committee on Tuesday."
    )

    criticism = placed_events(nlp, text, places=mentions(text, "Lyon", "Washington"))[-1]

    assert criticism.place is None or source_of(criticism) != "seat"


def test_a_state_s_chamber_gives_no_national_seat(nlp):
    text = (
        "Ana Ruiz flew from Lyon to Washington on Monday.\n\n"
        "The state Senate Finance Committee questioned her on Tuesday."
    )

    hearing = placed_events(nlp, text, places=mentions(text, "Lyon", "Washington"))[-1]

    assert hearing.place is None or source_of(hearing) != "seat"
