"""Clauses held by a belief or a charge, and hedges that cite a charge (events.held_beliefs,
events.certainty).

The sentences are written for these tests.
"""

import datetime as dt

from stories.extraction.events.held_beliefs import held_past
from stories.extraction.mentions import EventCandidate
from tests.test_events import PUBLISHED, certainty_of_verb, nlp  # noqa: F401 (nlp is a fixture)

_DAY_BEFORE = PUBLISHED - dt.timedelta(days=1)


def test_a_clause_the_police_believe_is_speculated(nlp):  # noqa: F811
    text = "Police believe the boatman drowned in the Dalby canal."
    assert certainty_of_verb(nlp, text, "drowned", None) == "speculated"


def test_a_clause_a_charge_alleges_is_speculated(nlp):  # noqa: F811
    text = "The farmer sued the mill, alleging that its owner poisoned the well."
    assert certainty_of_verb(nlp, text, "poisoned", None) == "speculated"


def test_a_said_clause_still_occurred(nlp):  # noqa: F811
    text = "Police said the boatman drowned in the Dalby canal on Tuesday."
    assert certainty_of_verb(nlp, text, "drowned", _DAY_BEFORE) == "occurred"


def test_allegedly_cites_a_charge_and_the_deed_occurred(nlp):  # noqa: F811
    text = "Tom Ferris was arrested after he allegedly robbed a bakery in Dalby on Tuesday."
    assert certainty_of_verb(nlp, text, "robbed", _DAY_BEFORE) == "occurred"


def _speculated(quote: str) -> EventCandidate:
    return EventCandidate(
        title="",
        summary="",
        quote=quote,
        start=0,
        end=len(quote),
        trigger="",
        certainty="speculated",
    )


def test_a_believed_past_deed_is_dated_like_one_told_as_done():
    assert held_past(_speculated("the boatman drowned in the canal"), lambda event: "past")


def test_a_modal_perfect_is_no_deed_told_and_stays_undated():
    assert not held_past(_speculated("the boatman may have drowned"), lambda event: "past")


def test_a_speculated_deed_not_told_in_the_past_is_not_held_past():
    assert not held_past(_speculated("the storm could bring rain"), lambda event: "future")


def test_a_denied_belief_leaves_its_clause_open(nlp):  # noqa: F811
    text = "Police did not believe the boatman fled from Velton."
    assert certainty_of_verb(nlp, text, "fled", None) == "speculated"


def test_a_denied_plan_still_denies_its_deed(nlp):  # noqa: F811
    text = "The mayor did not plan to attend the Brenmoor fair."
    assert certainty_of_verb(nlp, text, "attend", None) == "denied"
