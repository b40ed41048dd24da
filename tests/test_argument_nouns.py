"""A happening named by a noun on its own ("the Lawson resignation") and named again, by the
same words, as the doer of another told deed ("Lawson's resignation slapped the market") is one
happening: the deed's telling stays. A deed done to it ("critics dismissed the Arsenal
victory") is another happening (events.argument_nouns)."""

import datetime as dt
from dataclasses import replace

import pytest

from stories.extraction.events.argument_nouns import named_as_argument
from stories.extraction.events.deduplication import deduplicate
from stories.extraction.mentions import EventCandidate

_FRIDAY = dt.date(1989, 10, 27)


def _noun(**changes) -> EventCandidate:
    base = EventCandidate(
        "Lawson resignation", "", "the Lawson resignation", 100, 122, "resignation",
        "occurred", date_start=_FRIDAY, date_precision="day", extra={"kind": "noun"},
    )  # fmt: skip
    return replace(base, **changes)


def _deed(**changes) -> EventCandidate:
    base = EventCandidate(
        "Lawson's resignation slaps market", "",
        "Mr. Lawson's resignation slapped the market", 400, 444, "slap", "occurred",
        date_start=_FRIDAY, date_precision="day", extra={"kind": "general"},
    )  # fmt: skip
    return replace(base, **changes)


def test_a_noun_named_again_as_a_deeds_doer_is_that_happening():
    assert named_as_argument(_noun(), _deed())
    assert named_as_argument(_deed(), _noun())


@pytest.mark.parametrize("deed_first", [False, True])
def test_the_deed_stays_whichever_is_told_first(deed_first):
    tellings = [_deed(), _noun()] if deed_first else [_noun(), _deed()]
    (kept,) = deduplicate(tellings)
    assert kept.trigger == "slap"


def test_another_owner_of_the_noun_is_another_happening():
    other = _deed(title="Group signs statement", trigger="sign")
    assert not named_as_argument(_noun(title="Interior Ministry's statement"), other)


def test_days_that_disagree_keep_two_happenings():
    assert not named_as_argument(_noun(date_start=dt.date(1989, 9, 1)), _deed())


def test_two_deeds_are_no_naming_by_a_noun():
    assert not named_as_argument(_deed(extra={"kind": "general"}), _deed(start=900, end=940))


def test_a_noun_inside_the_deeds_own_clause_is_left_to_events_within():
    assert not named_as_argument(_noun(start=410, end=430), _deed())


def test_a_noun_of_the_deeds_own_verb_is_left_to_deed_nouns():
    raid = _noun(title="Raid on mill", quote="the raid on the mill", trigger="raid")
    deed = _deed(title="Gunmen raid mill", trigger="raid")
    assert not named_as_argument(raid, deed)


def test_a_bare_noun_names_no_one_happening():
    calls = _noun(title="Calls", quote="the calls", trigger="call")
    deed = _deed(title="Operators field 370,000 calls", trigger="field")
    assert not named_as_argument(calls, deed)


def test_a_deed_done_to_the_named_happening_is_another_happening():
    # "Critics dismissed the Arsenal victory": the victory is what the critics acted on, their
    # dismissing comes after it; only a deed the named happening does itself ("Lawson's
    # resignation slapped the market") is its telling.
    victory = _noun(title="Arsenal victory", quote="the Arsenal victory", trigger="victory")
    dismissed = _deed(title="Critics dismiss Arsenal victory", trigger="dismiss")
    assert not named_as_argument(victory, dismissed)


def test_a_deed_done_to_the_named_happening_keeps_both_tellings():
    announcement = _noun(
        title="Apple announcement", quote="the Apple announcement", trigger="announcement"
    )
    copied = _deed(title="Rivals copy Apple announcement", trigger="copy")
    assert len(deduplicate([announcement, copied])) == 2
