"""A country's leader introduced as the country's ("Norland's X") in a story that also calls
someone "Norland's president" acts at home as a titled official does (events.offices); a
"President X" in a story of one country acts at the seat of government it writes ("the White
House said"); and an official is not taken abroad by someone else in the sentence who goes
there (events.homes).

Short texts written for these tests; places arrive resolved, as analyse_text hands them over.
"""

import pytest

from stories.extraction.events import homes, place_rules, placing
from stories.extraction.mentions import PlaceMention
from stories.extraction.nlp import get_nlp
from tests import test_event_placing
from tests.test_event_placing import event_with, placed_events, source_of
from tests.test_events import _spans


@pytest.fixture(scope="module")
def nlp():
    return get_nlp()


@pytest.fixture(autouse=True)
def _people(monkeypatch):
    monkeypatch.setitem(test_event_placing.PEOPLE, "Ole Brand", "Ole Brand")
    monkeypatch.setitem(test_event_placing.PEOPLE, "Brand", "Ole Brand")


LEADER_STORY = (
    "Norland's Ole Brand spoke on Monday. Norland's president had promised reforms.\n\n"
    "Ana Ruiz arrived in Lyon on Tuesday. Brand approved the budget on Wednesday."
)


def test_a_person_written_as_the_country_s_acts_at_home_when_the_story_speaks_of_its_leader(
    nlp,
):
    approval = event_with(placed_events(nlp, LEADER_STORY), "approve")

    assert (approval.place.name, source_of(approval)) == ("Norland", "home")


def test_without_the_rule_a_person_written_as_the_country_s_has_no_home(nlp, monkeypatch):
    monkeypatch.setattr(place_rules, "ENABLED", place_rules.ENABLED - {"leaders by their country"})

    approval = event_with(placed_events(nlp, LEADER_STORY), "approve")

    assert approval.place is None or source_of(approval) != "home"


def test_a_person_written_as_the_country_s_without_any_leader_of_it_has_no_home(nlp):
    text = (
        "Norland's Ole Brand spoke on Monday.\n\n"
        "Ana Ruiz arrived in Lyon on Tuesday. Brand approved the budget on Wednesday."
    )

    approval = event_with(placed_events(nlp, text), "approve")

    assert approval.place is None or source_of(approval) != "home"


OTHERS_TRIP = (
    "Norland's foreign minister Ole Brand spoke on Monday.\n\n"
    "Ana Ruiz arrived in Lyon on Tuesday. On Wednesday Brand criticised the leaders who "
    "invited soldiers into Sudland."
)


def test_an_official_stays_home_when_someone_else_in_the_sentence_goes_abroad(nlp):
    criticism = event_with(placed_events(nlp, OTHERS_TRIP), "criticise")

    assert (criticism.place.name, source_of(criticism)) == ("Norland", "home")


def test_without_the_rule_someone_else_s_trip_takes_the_official_away(nlp, monkeypatch):
    monkeypatch.setattr(place_rules, "ENABLED", place_rules.ENABLED - {"others' trips"})

    criticism = event_with(placed_events(nlp, OTHERS_TRIP), "criticise")

    assert criticism.place is None or source_of(criticism) != "home"


def _american_story(text: str) -> list[PlaceMention]:
    """Each mention of America, France and Washington (the US capital's GeoNames id) in
    `text`, resolved."""
    catalogue = {
        "America": ("country", 1, "US", 39.8, -98.5, None),
        "France": ("country", 1, "FR", 46.6, 2.2, None),
        "Washington": ("city", 3, "US", 38.9, -77.0, 4140963),
    }
    found = [
        PlaceMention(name, start, end, name, kind, spec, code, lat, lon, geonames_id)
        for name, (kind, spec, code, lat, lon, geonames_id) in catalogue.items()
        for start, end in _spans(text, name)
    ]
    return sorted(found, key=lambda p: p.start)


SEATED_STORY = (
    "Ana Ruiz, who was born in America, flew to Washington on Monday, the White House said.\n\n"
    "President Ole Brand approved the budget on Tuesday."
)


@pytest.fixture
def _no_capitals(monkeypatch):
    """Whether a city is a national capital, without loading the gazetteer."""
    monkeypatch.setattr(homes, "governs", lambda p: p.kind == "country")
    monkeypatch.setattr(placing, "governs", lambda p: p.kind == "country")


@pytest.mark.usefixtures("_no_capitals")
def test_a_president_of_a_story_of_one_country_acts_at_the_seat_it_writes(nlp):
    events = placed_events(nlp, SEATED_STORY, places=_american_story(SEATED_STORY))

    approval = event_with(events, "approve")

    assert (approval.place.name, source_of(approval)) == ("Washington", "home")


@pytest.mark.usefixtures("_no_capitals")
def test_without_the_rule_a_president_titled_without_a_country_has_no_home(nlp, monkeypatch):
    monkeypatch.setattr(place_rules, "ENABLED", place_rules.ENABLED - {"seated heads"})
    events = placed_events(nlp, SEATED_STORY, places=_american_story(SEATED_STORY))

    approval = event_with(events, "approve")

    assert approval.place is None or source_of(approval) != "home"


@pytest.mark.usefixtures("_no_capitals")
def test_a_president_titled_without_a_country_in_a_story_of_two_countries_has_no_home(nlp):
    text = SEATED_STORY.replace("born in America", "born in America and raised in France")
    events = placed_events(nlp, text, places=_american_story(text))

    approval = event_with(events, "approve")

    assert approval.place is None or source_of(approval) != "home"


def test_an_official_who_himself_went_abroad_in_the_sentence_has_no_home(nlp):
    text = (
        "Norland's foreign minister Ole Brand spoke on Monday.\n\n"
        "Ana Ruiz arrived in Lyon on Tuesday. Brand, who flew into Sudland on Wednesday, "
        "criticised the plan."
    )

    criticism = event_with(placed_events(nlp, text), "criticise")

    assert criticism.place is None or source_of(criticism) != "home"


@pytest.mark.usefixtures("_no_capitals")
def test_a_president_of_an_organisation_named_after_the_name_is_no_head_of_the_country(nlp):
    text = SEATED_STORY.replace("President Ole Brand", "President Ole Brand of the dockers' union")
    events = placed_events(nlp, text, places=_american_story(text))

    approval = event_with(events, "approve")

    assert approval.place is None or source_of(approval) != "home"


@pytest.mark.usefixtures("_no_capitals")
def test_a_president_with_an_organisation_in_apposition_is_no_head_of_the_country(nlp):
    text = SEATED_STORY.replace(
        "President Ole Brand", "President Ole Brand, head of the dockers' union,"
    )
    events = placed_events(nlp, text, places=_american_story(text))

    approval = event_with(events, "approve")

    assert approval.place is None or source_of(approval) != "home"
