"""A place named by its people (stories/geocoding/peoples.py): only names the gazetteer lacks."""

from stories.geocoding.mention_reading import lookup
from tests.resolving import resolve_names


def test_a_peoples_bare_stem_names_its_region(gazetteer):
    found = lookup(gazetteer, "Serbs")

    assert [(c.place.country_code, c.match) for c in found] == [("RS", "demonym")]


def test_a_continents_people_name_the_continent(gazetteer):
    found = lookup(gazetteer, "Asians")

    assert [c.place.kind for c in found] == ["continent"]


def test_a_divisions_people_name_it_by_its_short_alternate_name(gazetteer):
    found = lookup(gazetteer, "North Ossetian")

    assert found and {(c.place.country_code, c.place.kind) for c in found} == {("RU", "admin1")}


def test_a_citys_people_name_the_city_the_story_is_about(gazetteer):
    text = "Snow shut the schools of London, Ontario, on Monday, and Londoners stayed home."

    london, _, londoners = resolve_names(text, ["London", "Ontario", "Londoners"], gazetteer)

    assert (londoners.name, londoners.country_code) == ("London", "CA")
    assert londoners.geonames_id == london.geonames_id


def test_people_of_a_compass_part_are_no_division(gazetteer):
    assert lookup(gazetteer, "Southerners") == []


def test_a_hamlets_name_with_er_is_no_people(gazetteer):
    assert lookup(gazetteer, "Leaders") == []


def test_a_citys_people_are_no_second_place_the_story_keeps_to(gazetteer):
    text = "Fog held flights at London, Ontario. Londoners flying to Quebec City waited all day."

    *_, quebec = resolve_names(text, ["London", "Ontario", "Londoners", "Quebec City"], gazetteer)

    assert (quebec.status, quebec.country_code) == ("resolved", "CA")
    assert quebec.latitude > 46
