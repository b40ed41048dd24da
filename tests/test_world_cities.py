"""In news of many countries a name is the world city, not a small namesake of it in another
country, unless the story backs the small town (world_cities.py)."""

from tests.resolving import resolve

MARKETS = (
    "Share prices fell in Tokyo, Seoul and London on Friday, and traders on Wall Street were "
    "nervous. Bourses also closed lower in Paris and Frankfurt, while Milan was mixed."
)


def test_european_bourses_in_a_world_markets_story_are_the_european_cities(gazetteer):
    names = ["Tokyo", "Seoul", "London", "Wall Street", "Paris", "Frankfurt", "Milan"]
    found = resolve(MARKETS, names, gazetteer)
    assert found["Paris"].country_code == "FR"
    assert found["Frankfurt"].country_code == "DE"
    assert found["Milan"].country_code == "IT"


def test_a_town_of_the_country_a_local_story_keeps_to_stays_despite_foreign_wars(gazetteer):
    text = (
        "Volunteers from Alexandria joined sandbag crews in Fargo and Moorhead as the Red River "
        "rose. Guard soldiers just back from Iraq, Afghanistan and Kuwait filled bags beside them."
    )
    names = ["Alexandria", "Fargo", "Moorhead", "Red River", "Iraq", "Afghanistan", "Kuwait"]
    found = resolve(text, names, gazetteer)["Alexandria"]
    assert (found.country_code, round(found.longitude)) == ("US", -95)


def test_a_town_written_with_its_state_stays_in_a_world_story(gazetteer):
    text = (
        "Share prices fell in Tokyo, Seoul and London on Friday. A horse farm near Paris, Ky., "
        "was sold to a buyer from Dubai."
    )
    found = resolve(text, ["Tokyo", "Seoul", "London", "Paris", "Dubai"], gazetteer)["Paris"]
    assert found.country_code == "US"


def test_a_world_story_that_names_only_countries_besides_takes_the_world_cities(gazetteer):
    text = (
        "Share prices fell in Japan, South Korea, Britain and the United States on Friday. "
        "Bourses also closed lower in Paris and Frankfurt, while Milan was mixed."
    )
    names = ["Japan", "South Korea", "Britain", "United States", "Paris", "Frankfurt", "Milan"]
    found = resolve(text, names, gazetteer)
    assert found["Paris"].country_code == "FR"
    assert found["Milan"].country_code == "IT"


def test_the_namesakes_own_countries_do_not_make_a_story_world_news(gazetteer):
    # Two countries besides the namesakes: the world cities' own three do not count.
    text = (
        "Bourses closed lower in Paris, Frankfurt and Milan on Friday, while traders in Japan "
        "and the United States were nervous."
    )
    names = ["Paris", "Frankfurt", "Milan", "Japan", "United States"]
    found = resolve(text, names, gazetteer)
    assert found["Paris"].country_code == "US"
