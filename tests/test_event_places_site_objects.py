"""A site the verb acts on, named for its place, is where the deed was
(stories.extraction.events.site_objects)."""

from tests.extracting import clause_place
from tests.test_events import nlp  # noqa: F401 (nlp is a fixture)


def test_a_blocked_crossing_named_for_a_town_places_the_blocking_there(nlp):  # noqa: F811
    text = "Sudland closed its embassy and blocked the Bergen crossing point on Monday."
    assert clause_place(nlp, text, "block") == "Bergen"


def test_a_repaired_bridge_named_for_a_town_places_the_repair_there(nlp):  # noqa: F811
    text = "Army engineers repaired the Bergen bridge on Monday."
    assert clause_place(nlp, text, "repair") == "Bergen"


def test_a_place_naming_whose_officials_were_accused_is_still_no_location(nlp):  # noqa: F811
    text = "The minister accused Sudland officials of fraud on Monday."
    assert clause_place(nlp, text, "accuse") is None


def test_a_bought_refinery_named_for_a_town_does_not_place_the_purchase(nlp):  # noqa: F811
    # Buying a site is no deed done at it: only acting verbs (site_objects.ACTING_VERBS) count.
    text = "Acme bought the Bergen refinery on Monday."
    assert clause_place(nlp, text, "buy") is None
