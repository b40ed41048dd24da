"""Forms of place names news copy writes that the gazetteer spells otherwise: Canada's
province abbreviations, the Arabic article in its several spellings, parts of a town that are
not the town, and a state written after a town the gazetteer knows only elsewhere."""

import pytest

from stories.extraction.analysis import analyse_text
from stories.geocoding.defaults import get_gazetteer
from stories.geocoding.disambiguation import resolve_mentions
from stories.geocoding.places import distance_km
from stories.geocoding.sources import _part_of_a_town

# Texts written for these tests.


@pytest.fixture(scope="module")
def gazetteer():
    return get_gazetteer()


def first(gazetteer, name: str):
    found = gazetteer.candidates(name)
    return found[0].place if found else None


@pytest.mark.parametrize(
    ("written", "province"),
    [("ON", "Ontario"), ("QC", "Quebec"), ("BC", "British Columbia"), ("Ont.", "Ontario"),
     ("Que.", "Quebec"), ("B.C.", "British Columbia"), ("Sask.", "Saskatchewan"),
     ("Alta.", "Alberta"), ("N.S.", "Nova Scotia"), ("P.E.I.", "Prince Edward Island")],
)  # fmt: skip
def test_canadian_provinces_are_found_by_their_postal_and_press_abbreviations(
    gazetteer, written, province
):
    place = first(gazetteer, written)

    assert (place.name, place.kind, place.country_code) == (province, "admin1", "CA")


def test_a_town_followed_by_a_canadian_postal_code_is_in_that_province(gazetteer):
    text = "The plant in London, ON, hired 40 people this spring."
    start = text.index("London")

    found = resolve_mentions(text, [(start, start + 6)], gazetteer=gazetteer)[0]

    assert found.country_code == "CA"


def test_a_province_code_is_a_province_only_when_written_in_capitals(gazetteer):
    assert not any(c.place.country_code == "CA" for c in gazetteer.candidates("n't"))
    assert not any(c.place.country_code == "CA" for c in gazetteer.candidates("On"))


def test_a_contraction_in_running_text_is_not_a_place():
    analysis = analyse_text("The new model isn't cheaper, and buyers don't care.", published=None)

    assert analysis.places == []


@pytest.mark.parametrize("written", ["al-Raqqa", "ar-Raqqah", "Al Raqqah", "Ar Raqqah"])
def test_the_arabic_article_may_be_written_in_any_of_its_forms(gazetteer, written):
    place = first(gazetteer, written)

    assert place is not None and place.country_code == "SY"


def test_a_name_with_the_arabic_article_is_found_without_it(gazetteer):
    place = first(gazetteer, "al-Hasakah")

    assert place is not None and place.country_code == "SY"


def test_a_word_that_only_looks_like_the_article_finds_nothing_without_it(gazetteer):
    assert gazetteer.candidates("An Cafe") == []


@pytest.mark.parametrize("name", ["West Division", "Old Town", "New Town", "North Side"])
def test_a_compass_or_age_word_with_a_generic_noun_names_a_part_of_a_town(name):
    assert _part_of_a_town(name)


@pytest.mark.parametrize("name", ["West Hartford", "Old Orchard Beach", "New York City"])
def test_a_name_with_a_proper_word_is_not_a_part_of_a_town(name):
    assert not _part_of_a_town(name)


def test_a_police_division_is_not_the_town_that_once_bore_its_name(gazetteer):
    assert all(c.place.name != "West Hartford" for c in gazetteer.candidates("West Division"))


def test_a_town_known_only_in_another_state_is_placed_in_the_state_the_writer_names(gazetteer):
    text = "Agents searched a warehouse in San Ysidro, California, on Monday."
    start = text.index("San Ysidro")

    found = resolve_mentions(text, [(start, start + 10)], gazetteer=gazetteer)[0]

    assert found.status == "estimated"
    california = first(gazetteer, "California")
    assert (
        distance_km(found.latitude, found.longitude, california.latitude, california.longitude) < 1
    )


def test_a_qualifier_that_goes_on_is_a_list_not_a_state(gazetteer):
    text = "Flights left Pensacola, Panama City and Mobile on time."
    start = text.index("Pensacola")

    found = resolve_mentions(text, [(start, start + 9)], gazetteer=gazetteer)[0]

    assert (found.status, found.country_code) == ("resolved", "US")


@pytest.mark.parametrize(
    ("written", "country"), [("Western Mongolia", "MN"), ("Northern Syria", "SY")]
)
def test_a_compass_part_of_a_country_is_placed_in_that_country(gazetteer, written, country):
    text = f"Aid reached {written} on Monday."
    start = text.index(written)

    found = resolve_mentions(text, [(start, start + len(written))], gazetteer=gazetteer)[0]

    assert (found.status, found.country_code) == ("resolved", country)


def test_a_compass_word_before_a_state_is_left_alone_it_is_usually_a_university():
    from stories.geocoding.mention_reading import lookup

    assert lookup(get_gazetteer(), "Eastern Michigan") == []


def test_a_town_written_with_city_before_its_council_is_the_town_by_its_bare_name(gazetteer):
    text = (
        "Voters in Los Angeles rejected the measure. San Fernando City Councilwoman Ana Ruiz "
        "said she would run for the school board."
    )
    start = text.index("San Fernando City")
    spans = [(text.index("Los Angeles"), text.index("Los Angeles") + 11), (start, start + 17)]
    found = resolve_mentions(text, spans, gazetteer=gazetteer)[1]
    assert (found.country_code, round(found.longitude)) == ("US", -118)


def test_a_city_whose_own_name_ends_in_city_is_not_split_into_a_bare_town():
    from stories.geocoding.mention_reading import lookup

    names = {c.place.name for c in lookup(get_gazetteer(), "Kansas City")}

    assert names == {"Kansas City"}


def test_a_russian_region_ending_in_ia_is_found_under_its_iya_spelling(gazetteer):
    place = first(gazetteer, "Kabardino-Balkaria")

    assert place is not None and place.country_code == "RU" and place.kind == "admin1"


def test_a_name_ending_in_iya_is_found_under_its_ia_spelling(gazetteer):
    place = first(gazetteer, "Chuvashiya")

    assert place is not None and place.country_code == "RU" and place.kind == "admin1"


def test_a_name_found_as_written_keeps_its_own_places(gazetteer):
    place = first(gazetteer, "Philadelphia")

    assert place is not None and place.country_code == "US"
