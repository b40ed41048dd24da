"""Locatives a clause reads and those it does not: a name set after a noun of place and a comma
("in the capital, X") holds that noun's role, as an apposition does; and "atop X",
"along X", "off X" are where, as "in X" is.

Short texts written for these tests; places arrive resolved, as in test_event_placing.
"""

import pytest

from stories.extraction.nlp import get_nlp
from tests.test_event_placing import event_with, placed_events, source_of


@pytest.fixture(scope="module")
def nlp():
    return get_nlp()


def test_a_place_named_after_the_capital_and_a_comma_places_its_clause(nlp):
    text = (
        "Unions met in Bergen on Sunday.\n\n"
        "Teachers began a two-day strike in the capital, Lyon, to demand higher pay."
    )

    strike = event_with(placed_events(nlp, text), "strike")

    assert (strike.place.text, source_of(strike)) == ("Lyon", "clause")


def test_a_name_after_a_comma_and_a_noun_that_is_no_place_is_not_renamed(nlp):
    text = "Unions met in Bergen on Sunday. Teachers thanked the mayor, Lyon, for the new school."

    thanked = event_with(placed_events(nlp, text), "thank")

    assert thanked.place is None or thanked.place.text != "Lyon"


def test_a_place_the_sentence_states_with_atop_places_its_events(nlp):
    text = "Unions met in Bergen on Sunday.\n\nWorking atop Lyon on Monday, engineers fixed a lens."

    installed = event_with(placed_events(nlp, text), "fix")

    assert (installed.place.text, source_of(installed)) == ("Lyon", "sentence")
