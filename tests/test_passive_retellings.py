"""One happening told again in the passive of its verb ("rangers found the climber's tent" …
"the hiker's tent was found"), or in the passive twice ("Anna Berg was stabbed" … "Berg had
been stabbed twice"), is one event (events.passive_retellings)."""

import datetime as dt
from dataclasses import replace

from stories.extraction.events.deduplication import deduplicate
from stories.extraction.events.passive_retellings import retold_in_the_passive
from stories.extraction.mentions import EventCandidate, PlaceMention

_DAY = {"date_start": dt.date(2024, 5, 10), "date_precision": "day"}
_OWN = {"date": {"source": "clause", "text": "Friday"}}
_INFERRED = {"date": {"from": "story", "text": "Thursday"}}


def _active(start: int = 0, **changes) -> EventCandidate:
    base = EventCandidate(
        "Rangers find climber's tent", "", "rangers found the climber's torn tent Friday",
        start, start + 40, "find", "occurred", extra={"kind": "verb"}, provenance=_OWN, **_DAY,
    )  # fmt: skip
    return replace(base, **changes)


def _passive(start: int = 300, **changes) -> EventCandidate:
    base = EventCandidate(
        "Hiker's tent found", "", "The hiker's tent was found with its poles snapped", start,
        start + 45, "find", "occurred", extra={"kind": "verb"}, provenance=_INFERRED, **_DAY,
    )  # fmt: skip
    return replace(base, **changes)


def _stabbed(start: int, title: str, quote: str, **changes) -> EventCandidate:
    base = EventCandidate(
        title, "", quote, start, start + len(quote), "stab", "occurred",
        people=("Anna Berg",), extra={"kind": "verb"}, **_DAY,
    )  # fmt: skip
    return replace(base, **changes)


def test_the_object_of_a_deed_told_again_as_a_passive_subject_is_one_happening():
    assert retold_in_the_passive(_active(), _passive())
    assert deduplicate([_active(), _passive()]) == [_active()]


def test_an_inferred_date_a_day_from_the_stated_one_does_not_part_them():
    thursday = _passive(date_start=dt.date(2024, 5, 9))
    assert retold_in_the_passive(_active(), thursday)
    assert deduplicate([_active(), thursday]) == [_active()]


def test_two_stated_days_a_day_apart_are_two_happenings():
    stated = _passive(date_start=dt.date(2024, 5, 9), provenance=_OWN)
    assert not retold_in_the_passive(_active(), stated)


def test_days_far_apart_are_two_happenings_even_when_one_is_inferred():
    later = _passive(date_start=dt.date(2024, 5, 20))
    assert not retold_in_the_passive(_active(), later)


def test_a_person_told_in_the_passive_twice_narrower_the_second_time_is_one_happening():
    first = _stabbed(0, "Anna Berg stabbed", "Anna Berg, 40, was stabbed in her kitchen")
    again = _stabbed(
        200, "Berg stabbed", "Berg had been stabbed twice, a detective said", people=("Dana Cole",)
    )
    assert retold_in_the_passive(first, again)
    assert deduplicate([first, again]) == [first]


def test_a_thing_brought_in_with_an_article_is_another_happening():
    other = _passive(title="Tent found", quote="A tent was found near the lake")
    assert not retold_in_the_passive(_active(), other)


def test_a_bare_noun_subject_is_not_a_retelling():
    first = _passive(0, title="Legislation approved", quote="legislation was approved to buy land")
    second = _passive(
        300, title="Legislation approved", quote="Legislation amending the budget was approved"
    )
    assert not retold_in_the_passive(first, second)


def test_two_named_owners_of_one_sort_of_thing_are_two_happenings():
    first = _passive(0, title="Lund's body found", quote="whose body was found in her flat")
    second = _passive(300, title="Okafor's body found", quote="her body was found in a shed")
    assert not retold_in_the_passive(first, second)


def test_counted_undergoers_that_differ_are_two_happenings():
    first = _stabbed(0, "Two guards stabbed", "two guards were stabbed outside the bar")
    third = _stabbed(200, "Third guard stabbed", "the third guard was stabbed in the car park")
    assert not retold_in_the_passive(first, third)


def test_two_different_things_done_with_are_two_happenings():
    first = _stabbed(
        0, "Anna Berg diagnosed", "Anna Berg was diagnosed with asthma", trigger="diagnose"
    )
    again = _stabbed(
        200, "Berg diagnosed", "Berg was diagnosed with a rare fungal infection", trigger="diagnose"
    )
    assert not retold_in_the_passive(first, again)


def test_another_thing_undergoing_the_verb_is_another_happening():
    car = _passive(title="Hiker's car found", quote="The hiker's car was found at the trailhead")
    assert not retold_in_the_passive(_active(), car)


def test_an_active_telling_after_the_passive_is_left_to_the_undergoer_rule():
    assert not retold_in_the_passive(_passive(0), _active(300))


def test_undated_tellings_are_not_joined():
    assert not retold_in_the_passive(_active(), _passive(date_start=None))


def test_two_towns_apart_are_two_happenings():
    north = PlaceMention("Norfield", 0, 8, name="Norfield", kind="city", country_code="GB")
    south = PlaceMention("Southby", 0, 7, name="Southby", kind="city", country_code="GB")
    assert not retold_in_the_passive(_active(place=north), _passive(place=south))


def test_two_people_sharing_a_family_name_are_two_happenings():
    first = _stabbed(0, "Anna Berg stabbed", "Anna Berg, 40, was stabbed in her kitchen")
    sister = _stabbed(
        200, "Lena Berg stabbed", "Her sister, Lena Berg, was stabbed in the hall",
        people=("Lena Berg",),
    )  # fmt: skip
    assert not retold_in_the_passive(first, sister)


def test_odd_titles_are_no_retelling_and_no_crash():
    for title in ("", "found", "Was", "’s found"):
        assert not retold_in_the_passive(_active(), _passive(title=title, quote=""))


def test_a_day_at_the_calendar_s_first_does_not_crash_the_slack():
    first = _active(date_start=dt.date(1, 1, 1))
    assert not retold_in_the_passive(first, _passive(date_start=dt.date(1, 1, 5)))
    last = _active(date_start=dt.date.max)
    assert not retold_in_the_passive(last, _passive(date_start=dt.date(9999, 12, 20)))
