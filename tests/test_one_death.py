"""A person dies once: two tellings of one named person's death by verbs of the dying class
("Ivo Lind drowned" … "Lind probably died on Friday") are one happening
(events.one_death)."""

import datetime as dt
from dataclasses import replace

from stories.extraction.events.deduplication import deduplicate
from stories.extraction.events.one_death import dies_once
from stories.extraction.mentions import EventCandidate

_FRIDAY = dt.date(2024, 5, 10)
_OWN = {"date": {"source": "clause", "text": "Friday"}}
_INFERRED = {"date": {"source": "story", "text": "Friday"}}


def _death(start: int, title: str, quote: str, trigger: str, **changes) -> EventCandidate:
    base = EventCandidate(
        title, "", quote, start, start + len(quote), trigger, "occurred",
        date_start=_FRIDAY, date_precision="day", provenance=_INFERRED, extra={"kind": "verb"},
    )  # fmt: skip
    return replace(base, **changes)


def _drowned(**changes) -> EventCandidate:
    base = _death(0, "Lind drowns", "Lind, a baker from the coast, drowned", "drown")
    return replace(base, **changes)


def _died(**changes) -> EventCandidate:
    base = {"people": ("Ivo Lind",), "provenance": _OWN}
    return _death(
        300, "Lind dies", "Lind probably died on Friday, the coroner found", "die",
        **{**base, **changes},
    )  # fmt: skip


def test_one_named_persons_drowning_and_death_are_one_happening():
    assert dies_once(_drowned(), _died())
    assert len(deduplicate([_drowned(), _died()])) == 1


def test_the_first_telling_stays_and_keeps_its_title():
    (kept,) = deduplicate([_drowned(), _died()])
    assert kept.title == "Lind drowns"
    assert kept.date_start == _FRIDAY


def test_two_people_of_other_names_dying_are_two_deaths():
    other = _death(300, "Berg dies", "Berg probably died on Friday", "die", people=("Ana Berg",))
    assert not dies_once(_drowned(), other)


def test_two_people_sharing_only_a_family_name_are_two_deaths():
    anna = _drowned(people=("Anna Lind",))
    lena = _died(people=("Lena Lind",))
    assert not dies_once(anna, lena)


def test_stated_days_that_differ_are_two_deaths():
    first = _drowned(provenance=_OWN)
    later = _died(date_start=dt.date(2024, 5, 20))
    assert not dies_once(first, later)


def test_a_death_only_supposed_is_no_retelling():
    supposed = _died(certainty="speculated")
    assert not dies_once(_drowned(), supposed)


def test_a_counted_group_dying_is_not_one_person():
    four = _death(0, "Four agents die", "Four agents died in the raid", "die")
    again = _death(300, "Four agents die", "four agents died", "die")
    assert not dies_once(four, again)


def test_a_name_no_person_bears_is_not_taken_for_one():
    storm = _death(0, "Northgate dies", "Northgate died down", "die")
    again = _death(300, "Northgate dies", "Northgate died out", "die")
    assert not dies_once(storm, again)


def test_a_wound_and_a_death_are_not_one_telling():
    shot = _death(0, "Lind shot", "Lind was shot", "shoot", people=("Ivo Lind",))
    assert not dies_once(shot, _died())


def test_a_full_name_then_the_family_name_alone_is_one_person():
    full = _drowned(title="Ivo Lind drowns", quote="Ivo Lind, a baker, drowned")
    assert dies_once(full, _died())


def test_two_given_names_before_one_family_name_are_two_people():
    anna = _death(0, "Anna Lind drowns", "Anna Lind drowned", "drown")
    lena = _death(300, "Lena Lind dies", "Lena Lind died on Friday", "die", provenance=_OWN)
    assert not dies_once(anna, lena)


def test_a_titled_given_name_and_another_listed_given_name_are_two_people():
    anna = _death(0, "Anna Lind drowns", "Anna Lind drowned near the pier", "drown")
    lena = _died(people=("Lena Lind",))
    assert not dies_once(anna, lena)


def test_a_death_in_another_year_told_as_background_is_another_death():
    years_ago = replace(
        _died(), quote="Lind died in 1998", date_start=dt.date(1998, 1, 1), date_precision="year"
    )
    assert not dies_once(_drowned(), years_ago)


def test_a_death_told_as_another_is_a_second_death():
    anna = _drowned(title="Anna Lind drowns", quote="Anna Lind drowned", people=("Anna Lind",))
    also = replace(_died(), quote="Lind also died on Friday, the police said", people=())
    assert not dies_once(anna, also)
