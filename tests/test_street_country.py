"""North American street addresses name the story's countries as its dollars do
(street_country.py): a block number or a compass-numbered street is written of American and
Canadian towns alike, an Interstate of American ones only."""

from stories.geocoding.disambiguation import resolve_mentions
from stories.geocoding.street_country import street_countries
from tests.resolving import spans_of

NORTH_AMERICA = frozenset({"US", "CA"})


def test_a_block_number_address_is_north_american():
    assert street_countries("Officers responded to the 500 block of Kelley Lane.") == NORTH_AMERICA


def test_a_compass_numbered_street_is_north_american():
    text = "He shot a man near Grand Avenue and West 11th Street."
    assert street_countries(text) == NORTH_AMERICA


def test_an_abbreviated_compass_street_is_north_american():
    text = "The fire began in a home on S.W. 75th St. after midnight."
    assert street_countries(text) == NORTH_AMERICA


def test_an_interstate_is_american():
    text = "Several trucks overturned on Interstate 70 during the storm."
    assert street_countries(text) == frozenset({"US"})


def test_an_interstate_makes_a_block_address_american():
    text = "A car overturned on Interstate 70 near the 500 block of Kelley Lane."
    assert street_countries(text) == frozenset({"US"})


def test_a_numbered_street_without_a_compass_word_says_nothing():
    assert street_countries("The shop on 11th Street closed in the storm.") == frozenset()


def test_a_story_with_no_address_says_nothing():
    text = "Ministers met in the capital on Monday to discuss the budget."
    assert street_countries(text) == frozenset()


def test_an_american_address_prefers_the_american_namesake_over_a_larger_one(gazetteer):
    text = "Police said he shot a man near Grand Avenue and West 11th Street in San Pedro."

    (resolution,) = resolve_mentions(text, spans_of(text, ["San Pedro"]), gazetteer=gazetteer)

    assert resolution.country_code == "US"


def test_a_block_address_does_not_move_a_canadian_city_to_its_american_namesake(gazetteer):
    text = "Police said a man was stabbed in the 100 block of East Hastings Street in Vancouver."

    (resolution,) = resolve_mentions(text, spans_of(text, ["Vancouver"]), gazetteer=gazetteer)

    assert resolution.country_code == "CA"


def test_a_compass_numbered_avenue_does_not_move_a_canadian_city_either(gazetteer):
    text = "A cyclist was struck on West 4th Avenue in Vancouver on Sunday, police said."

    (resolution,) = resolve_mentions(text, spans_of(text, ["Vancouver"]), gazetteer=gazetteer)

    assert resolution.country_code == "CA"


def test_an_interstate_still_makes_the_story_american(gazetteer):
    text = "A truck overturned on Interstate 5 near Vancouver on Sunday, police said."

    (resolution,) = resolve_mentions(text, spans_of(text, ["Vancouver"]), gazetteer=gazetteer)

    assert resolution.country_code == "US"
