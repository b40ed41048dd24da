"""The place-mismatch listing names each kept event whose place misses the gold (by more than
161 km, or not placed at all), with the clue that placed it, and tallies each clue's hits."""

from benchmarks.evaluation.place_mismatches import place_mismatches, right_by_source
from stories.extraction.mentions import EventCandidate, PlaceMention

LYON = PlaceMention("Lyon", 20, 24, "Lyon", "city", 3, "FR", 45.75, 4.85)
GOLD_LYON = {"what": "Vote", "place": {"name": "Lyon", "lat": 45.76, "lon": 4.84}}
GOLD_OSLO = {"what": "Vote", "place": {"name": "Oslo", "lat": 59.91, "lon": 10.75}}


def event(place: PlaceMention | None, source: str | None) -> EventCandidate:
    return EventCandidate(
        title="Council votes",
        summary="",
        quote="The council voted in Lyon.",
        start=0,
        end=26,
        trigger="vote",
        certainty="occurred",
        place=place,
        provenance={"place": {"source": source}} if source else {},
    )


def test_a_place_far_from_the_gold_is_listed_with_the_clue_that_placed_it():
    [mismatch] = place_mismatches("a1", [(event(LYON, "dateline"), GOLD_OSLO)])

    assert (mismatch.gold, mismatch.found, mismatch.source) == ("Oslo", "Lyon", "dateline")


def test_a_right_place_and_a_gold_without_place_are_not_listed():
    pairs = [(event(LYON, "clause"), GOLD_LYON), (event(LYON, "clause"), {"what": "Vote"})]

    assert place_mismatches("a1", pairs) == []


def test_an_unplaced_event_against_a_placed_gold_is_listed_as_none():
    [mismatch] = place_mismatches("a1", [(event(None, None), GOLD_LYON)])

    assert (mismatch.found, mismatch.km, mismatch.source) == ("none", None, "-")


def test_each_clue_is_tallied_by_its_right_placements_out_of_those_it_made():
    pairs = [
        (event(LYON, "setting"), GOLD_LYON),
        (event(LYON, "setting"), GOLD_OSLO),
        (event(None, None), GOLD_OSLO),
    ]

    assert right_by_source(pairs) == {"-": (0, 1), "setting": (1, 2)}
