"""A bare definite journey noun ("the visit", "the trip") happened at the destination of the
journey told just before (events.journey_nouns)."""

from __future__ import annotations

import datetime as dt

from stories.extraction.analysis import analyse_text


def _placing(text: str, trigger: str) -> tuple[str | None, str | None]:
    """The place name and its source of the event the trigger tells."""
    events = analyse_text(text, published=dt.date(2024, 3, 4)).events
    for event in events:
        if event.trigger == trigger:
            source = event.provenance.get("place", {}).get("source")
            return (event.place.name if event.place is not None else None), source
    raise AssertionError(f"no {trigger!r} event: {[e.trigger for e in events]}")


def _place_of(text: str, trigger: str) -> str | None:
    return _placing(text, trigger)[0]


def test_the_visit_after_a_flight_happens_at_its_destination() -> None:
    text = (
        "LONDON - A carmaker wants to buy a stake in its British rival, officials in London "
        "said on Monday.\n\n"
        "The carmaker paid for twelve members of parliament to fly to Detroit and tour its "
        "plants there. While the visit was unrelated to the bid, the chairman answered their "
        "questions over lunch on Tuesday."
    )
    assert _place_of(text, "answer") == "Detroit"


def test_during_the_trip_after_travelling_to_a_city() -> None:
    text = (
        "LONDON - Britain will double its aid to East Africa, officials in London said on "
        "Monday.\n\n"
        "The foreign minister travelled to Nairobi on Monday, her first trip abroad since "
        "taking office.\n\n"
        "During the trip, she signed a trade accord with local officials on Tuesday."
    )
    assert _place_of(text, "sign") == "Nairobi"


def test_a_trip_to_a_person_gives_no_destination() -> None:
    text = (
        "The senator flew to the union's leaders in Nairobi on Monday. "
        "During the trip, she signed a trade accord on Tuesday."
    )
    assert _placing(text, "sign")[1] != "sentence"


def test_another_place_named_after_the_journey_blocks_it() -> None:
    text = (
        "The foreign minister travelled to Nairobi on Monday. Protesters marched in Mombasa "
        "the same day. During the trip, she signed a trade accord on Tuesday."
    )
    assert _place_of(text, "sign") != "Nairobi"


def test_the_visit_with_its_own_place_is_not_pointed() -> None:
    text = (
        "The foreign minister travelled to Nairobi on Monday. "
        "During the visit to Kampala, she signed a trade accord on Tuesday."
    )
    assert _place_of(text, "sign") != "Nairobi"
