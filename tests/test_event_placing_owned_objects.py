"""A place that owns what the verb acts on ("declined Sudland's bid") takes part in the deed,
as one set before the noun does ("accused Sudland officials"): it is no place of the deed,
which stays where its doer is; a visit or an attack still goes to the owner's ground
(stories.extraction.events.owned_objects).

Short texts written for these tests. Places arrive resolved, as in test_event_placing.
"""

import pytest

from stories.extraction.nlp import get_nlp
from tests.test_event_placing import event_with, placed_events, where


@pytest.fixture(scope="module")
def nlp():
    return get_nlp()


def test_a_country_whose_bid_is_declined_is_no_place_of_the_declining(nlp):
    text = "LYON — The government on Monday declined Sudland's bid for a conference."

    declined = event_with(placed_events(nlp, text), "decline")

    assert where(declined) == ("Lyon", "dateline")


def test_a_country_whose_proposal_is_rejected_leaves_the_rejection_with_its_doer(nlp):
    text = "Norland on Monday rejected Sudland's proposal for a ceasefire."

    rejected = event_with(placed_events(nlp, text), "reject")

    assert where(rejected)[0] != "Sudland"


def test_a_visit_to_a_country_s_capital_is_still_placed_in_that_country(nlp):
    text = "The minister visited Sudland's capital on Monday."

    visited = event_with(placed_events(nlp, text), "visit")

    assert where(visited)[0] == "Sudland"


def test_a_country_s_index_that_falls_still_fell_there(nlp):
    # The owner of the subject, not of the object: "Sudland's index" is where the market is.
    text = "Sudland's main index fell 2 percent on Monday."

    fell = event_with(placed_events(nlp, text), "fall")

    assert where(fell) == ("Sudland", "owner")


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        ("LYON — Bombers struck Sudland's diplomatic quarter on Tuesday.", "strike"),
        ("LYON — The earthquake destroyed Sudland's presidential palace on Tuesday.", "destroy"),
        ("LYON — Protesters blocked Sudland's main ring road on Monday.", "block"),
        ("LYON — Police searched Sudland's subway stations on Monday.", "search"),
        ("LYON — Floodwaters swamped Sudland's downtown on Sunday.", "swamp"),
    ],
)
def test_a_deed_done_on_the_spot_to_what_a_place_owns_is_done_there(nlp, text, verb):
    # Striking, destroying, blocking or searching a thing acts on the ground it stands on,
    # as a visit or an attack does: the owner names where the deed was, not the dateline.
    done = event_with(placed_events(nlp, text), verb)

    assert where(done)[0] == "Sudland"
