"""American street addresses name the story's country as its dollars do (street_country.py)."""

from stories.geocoding.disambiguation import resolve_mentions
from stories.geocoding.street_country import street_country
from tests.resolving import spans_of


def test_a_block_number_address_is_american():
    assert street_country("Officers responded to the 500 block of Kelley Lane.") == "US"


def test_a_compass_numbered_street_is_american():
    assert street_country("He shot a man near Grand Avenue and West 11th Street.") == "US"


def test_an_abbreviated_compass_street_is_american():
    assert street_country("The fire began in a home on S.W. 75th St. after midnight.") == "US"


def test_an_interstate_is_american():
    assert street_country("Several trucks overturned on Interstate 70 during the storm.") == "US"


def test_a_numbered_street_without_a_compass_word_says_nothing():
    assert street_country("The shop on 11th Street closed in the storm.") is None


def test_a_story_with_no_address_says_nothing():
    assert street_country("Ministers met in the capital on Monday to discuss the budget.") is None


def test_an_american_address_prefers_the_american_namesake_over_a_larger_one(gazetteer):
    text = "Police said he shot a man near Grand Avenue and West 11th Street in San Pedro."

    (resolution,) = resolve_mentions(text, spans_of(text, ["San Pedro"]), gazetteer=gazetteer)

    assert resolution.country_code == "US"
