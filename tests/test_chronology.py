"""Events are filed under headings as precise as their dates, and pages continue groups."""

import datetime as dt

import pytest

from stories.chronology import date_heading, group_by_date, paginate_chronology
from stories.models import Event
from tests.factories import make_event


def event(date: dt.date | None, precision: str = Event.Precision.DAY, **fields) -> Event:
    """An unsaved event: grouping is pure and needs no database."""
    return Event(date_start=date, date_precision=precision, title="e", **fields)


def test_a_day_is_headed_with_its_weekday():
    assert date_heading(event(dt.date(2024, 5, 14))).label == "Tuesday 14 May 2024"


def test_a_month_is_headed_as_the_month_alone():
    heading = date_heading(event(dt.date(2023, 7, 1), Event.Precision.MONTH))

    assert heading.label == "July 2023"
    assert heading.datetime == "2023-07"


def test_a_year_is_headed_as_the_year_alone():
    assert date_heading(event(dt.date(2019, 1, 1), Event.Precision.YEAR)).label == "2019"


def test_a_week_is_headed_by_its_monday():
    heading = date_heading(event(dt.date(2024, 5, 16), Event.Precision.WEEK))

    assert heading.label == "Week of 13 May 2024"
    assert heading.datetime == "2024-W20"


def test_an_undated_event_is_headed_undated():
    assert date_heading(event(None, Event.Precision.UNKNOWN)).label == "Undated"


def test_a_date_of_unrecorded_precision_is_filed_under_its_day():
    heading = date_heading(event(dt.date(2024, 5, 14), Event.Precision.UNKNOWN))

    assert heading.key == "2024-05-14"


def test_consecutive_events_of_one_day_share_a_group():
    events = [event(dt.date(2024, 5, 14)), event(dt.date(2024, 5, 14)), event(dt.date(2024, 5, 15))]

    groups = group_by_date(events)

    assert [len(g.events) for g in groups] == [2, 1]


def test_a_month_and_a_day_in_it_are_separate_groups():
    events = [event(dt.date(2023, 7, 1), Event.Precision.MONTH), event(dt.date(2023, 7, 1))]

    groups = group_by_date(events)

    assert [g.label for g in groups] == ["July 2023", "Saturday 1 July 2023"]


def test_a_group_continuing_the_previous_page_is_marked_continued():
    previous = event(dt.date(2024, 5, 14))

    groups = group_by_date([event(dt.date(2024, 5, 14))], previous=previous)

    assert groups[0].continued


def test_a_group_after_a_different_day_is_not_continued():
    previous = event(dt.date(2024, 5, 13))

    groups = group_by_date([event(dt.date(2024, 5, 14))], previous=previous)

    assert not groups[0].continued


@pytest.mark.django_db
def test_a_page_knows_whether_another_follows(story):
    for day in range(1, 6):
        make_event(story=story, date_start=dt.date(2024, 5, day))
    events = Event.objects.for_story(story).chronological()

    first = paginate_chronology(events, number=1, size=3)
    second = paginate_chronology(events, number=2, size=3)

    assert first.has_next
    assert not second.has_next
    assert sum(len(g.events) for g in second.groups) == 2


@pytest.mark.django_db
def test_a_day_split_across_pages_continues_on_the_next(story):
    for _ in range(4):
        make_event(story=story, date_start=dt.date(2024, 5, 14))
    events = Event.objects.for_story(story).chronological()

    second = paginate_chronology(events, number=2, size=3)

    assert second.groups[0].continued
