"""A happening noun that is the subject of "be" is where "be" says it is
(stories.extraction.events.copular_scenes)."""

from tests.extracting import clause_place
from tests.test_events import nlp  # noqa: F401 (nlp is a fixture)


def test_a_summit_that_was_in_a_city_is_placed_there(nlp):  # noqa: F811
    text = "Ana Ruiz praised the talks. The summit was in Lisbon on Monday."
    assert clause_place(nlp, text, "summit") == "Lisbon"


def test_a_match_that_is_away_to_a_city_is_placed_there(nlp):  # noqa: F811
    text = "Ana Ruiz joined the club. Her first match will be away to Lisbon on Saturday."
    assert clause_place(nlp, text, "match") == "Lisbon"


def test_a_summit_that_was_a_blow_to_a_country_is_not_placed_there(nlp):  # noqa: F811
    text = "Ana Ruiz praised the talks. The summit was a blow to Norland on Monday."
    assert clause_place(nlp, text, "summit") is None
