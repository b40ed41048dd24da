"""A foreign state or province the story never writes as a place, in a story of one other
country, is not that division (foreign_divisions.py)."""

from tests.resolving import resolve, resolve_names


def test_a_foreign_province_naming_a_local_complex_is_not_the_province(gazetteer):
    text = (
        "Tenants fled a fire at Southland apartments in Pasadena on Monday, and crews from "
        "Glendale helped."
    )
    found = resolve(text, ["Southland", "Pasadena", "Glendale"], gazetteer)["Southland"]
    assert found.country_code == "US"
    assert found.status == "estimated"


def test_a_foreign_county_that_is_a_named_officers_surname_is_not_the_county(gazetteer):
    text = (
        "Detective Mike Kerry of the Ferndale police and two Royal Oak officers went to a home. "
        "The case was handed to Kerry, who interviewed the family."
    )
    names = ["Kerry", "Ferndale", "Royal Oak", "Kerry"]
    found = resolve_names(text, names, gazetteer)
    assert [found[0].country_code, found[3].country_code] == ["US", "US"]


def test_a_foreign_province_written_as_where_someone_went_is_kept(gazetteer):
    text = "A Pasadena nurse spent a year in Helmand treating soldiers, and then moved to Glendale."
    found = resolve(text, ["Pasadena", "Helmand", "Glendale"], gazetteer)["Helmand"]
    assert (found.country_code, found.status) == ("AF", "resolved")


def test_a_foreign_province_beside_a_single_place_of_another_country_is_kept(gazetteer):
    text = "Tenants fled a fire at Southland apartments in Pasadena on Monday."
    found = resolve(text, ["Southland", "Pasadena"], gazetteer)["Southland"]
    assert found.country_code == "NZ"


def test_a_foreign_province_in_a_story_of_its_own_country_is_kept(gazetteer):
    text = "Tenants fled a fire at Southland apartments in Invercargill and Gore on Monday."
    found = resolve(text, ["Southland", "Invercargill", "Gore"], gazetteer)["Southland"]
    assert (found.country_code, found.status) == ("NZ", "resolved")
