""" "Competition" is an occasion (events.occasions) with a date or a side it is against or
with, not with a rival in trade ("competition from"). Sentences written for these tests."""

import datetime as dt

import pytest

from stories.extraction.analysis import analyse_text
from stories.extraction.events.nominals import _party_of_occasion
from tests.extracting import with_trigger
from tests.test_events import nlp  # noqa: F401 (nlp is a fixture)


def test_competition_from_a_rival_in_trade_is_no_event():
    text = "The Velton bakery faces stiff competition from Brenmoor Foods."
    events = analyse_text(text, published=dt.date(2024, 3, 6)).events
    assert not with_trigger(events, "competition")


@pytest.mark.parametrize(
    ("text", "party"),
    [
        ("The Velton bakery faces stiff competition from Brenmoor Foods.", False),
        ("Velton lost the competition against the Norburg Singers.", True),
        ("The competition with the Norburg Singers drew a crowd.", True),
    ],
)
def test_competition_counts_a_side_against_or_with_it_not_from(nlp, text, party):  # noqa: F811
    noun = next(t for t in nlp(text) if t.lower_ == "competition")
    assert _party_of_occasion(noun) is party
