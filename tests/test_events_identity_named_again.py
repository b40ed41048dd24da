"""A deed told by its verb and named again later by its noun, of the same person, is one
happening; a short naming placed at its actor is the happening named before
(events.identity.names_deed_again, events.identity.refers_back)."""

import datetime as dt
from dataclasses import replace

from stories.extraction.events.deduplication import deduplicate
from stories.extraction.mentions import EventCandidate, PlaceMention

_INFERRED = {"date": {"source": "narrative"}}
_STATED = {"date": {"source": "clause", "text": "Monday"}}


def _pleaded(**changes) -> EventCandidate:
    base = EventCandidate(
        "Ann Roe pleads guilty", "", "Ann Roe pleaded guilty to arson", 0, 30, "plead",
        "occurred", people=("Ann Roe",), date_start=dt.date(2023, 7, 1),
        date_precision="month", provenance=_INFERRED, extra={"kind": "verb"},
    )  # fmt: skip
    return replace(base, **changes)


def _plea(start: int, **changes) -> EventCandidate:
    base = EventCandidate(
        "Roe's guilty plea", "", "her guilty plea Monday", start, start + 20, "plea",
        "occurred", people=("Ann Roe",), date_start=dt.date(2024, 3, 4),
        date_precision="day", provenance=_STATED, extra={"kind": "noun"},
    )  # fmt: skip
    return replace(base, **changes)


def test_a_later_naming_with_its_own_day_dates_the_deed_told_on_an_inferred_day():
    kept = deduplicate([_pleaded(), _plea(400)])
    assert [(e.start, e.date_start) for e in kept] == [(0, dt.date(2024, 3, 4))]


def test_the_deed_takes_the_background_flag_of_the_stated_day():
    kept = deduplicate([_pleaded(background=True), _plea(400)])
    assert [e.background for e in kept] == [False]


def test_a_later_possessive_naming_without_a_day_is_the_deed():
    naming = _plea(400, quote="Roe's plea", date_start=None, provenance={})
    assert [e.start for e in deduplicate([_pleaded(), naming])] == [0]


def test_a_naming_of_another_persons_deed_stays_apart():
    other = _plea(400, title="Lee's guilty plea", people=("Bo Lee",))
    assert len(deduplicate([_pleaded(), other])) == 2


def test_a_naming_dated_to_a_year_is_an_earlier_deed_of_the_person():
    # "Dan Ray pleaded guilty to fraud. Ray's guilty plea in 2015 to a drug charge was also cited."
    told = _pleaded(
        title="Dan Ray pleads guilty", people=("Dan Ray",), date_start=dt.date(2024, 3, 20)
    )
    in_2015 = _plea(
        400, title="Ray's guilty plea", quote="Ray's guilty plea in 2015", people=("Dan Ray",),
        date_start=dt.date(2015, 1, 1), date_precision="year",
    )  # fmt: skip
    kept = deduplicate([told, in_2015])
    assert sorted(e.date_start for e in kept) == [dt.date(2015, 1, 1), dt.date(2024, 3, 20)]


def test_a_testimony_dated_to_a_year_stays_apart_from_the_told_testimony():
    # "Tom Reed testified before the committee. Reed's testimony in 2019 before a grand jury
    # contradicted it."
    told = _pleaded(
        title="Tom Reed testifies", quote="Tom Reed testified before the committee",
        trigger="testify", people=("Tom Reed",), date_start=dt.date(2024, 3, 20),
    )  # fmt: skip
    in_2019 = _plea(
        400, title="Reed's testimony", quote="Reed's testimony in 2019 before a grand jury",
        trigger="testimony", people=("Tom Reed",), date_start=dt.date(2019, 1, 1),
        date_precision="year",
    )  # fmt: skip
    assert len(deduplicate([told, in_2019])) == 2


def test_a_naming_on_a_day_weeks_from_the_inferred_day_stays_apart():
    told = _pleaded(date_start=dt.date(2024, 3, 6), date_precision="day")
    weeks_before = _plea(400, quote="her guilty plea on Jan. 8", date_start=dt.date(2024, 1, 8))
    assert len(deduplicate([told, weeks_before])) == 2


def test_a_naming_days_from_the_inferred_day_dates_the_deed():
    told = _pleaded(date_start=dt.date(2024, 3, 6), date_precision="day")
    assert [e.date_start for e in deduplicate([told, _plea(400)])] == [dt.date(2024, 3, 4)]


def test_a_naming_brought_in_with_an_article_stays_apart():
    another = _plea(400, quote="a guilty plea Monday")
    assert len(deduplicate([_pleaded(), another])) == 2


def _invasion(start: int, title: str, quote: str, place: str) -> EventCandidate:
    return EventCandidate(
        title, "", quote, start, start + len(quote), "invasion", "occurred",
        place=PlaceMention(place, start, start + len(place), name=place, kind="country"),
        extra={"kind": "noun"},
    )  # fmt: skip


def test_a_short_naming_placed_at_its_actor_is_the_happening_named_before():
    first = _invasion(0, "Vardia invades Molt", "Vardia's invasion of Molt", "Molt")
    again = _invasion(900, "Vardia invades", "since Vardia's invasion", "Vardia")
    assert [e.start for e in deduplicate([first, again])] == [0]


def test_a_naming_placed_where_the_first_never_names_stays_apart():
    first = _invasion(0, "Vardia invades Molt", "Vardia's invasion of Molt", "Molt")
    other = _invasion(900, "Invasion of Sarn", "the invasion of Sarn", "Sarn")
    assert len(deduplicate([first, other])) == 2
