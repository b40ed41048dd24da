"""Events are filed under headings as precise as their dates, and pages continue groups."""

import datetime as dt

import pytest

from stories.chronology import (
    MainLine,
    Section,
    add_short_summaries,
    date_heading,
    group_by_date,
    page_holding,
    paginate_chronology,
    short_summary,
    span_label,
)
from stories.models import Event
from tests.factories import make_article, make_event


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


# ---- main line, summaries, spans ------------------------------------------------------------


def test_a_summary_is_cut_to_its_first_sentence_without_a_leading_but():
    text = "But the train crossed the border on Tuesday. Officials said more."

    assert short_summary(text) == "The train crossed the border on Tuesday."


def test_a_summary_repeating_an_earlier_one_on_the_page_is_not_shown_again():
    first = event(dt.date(2024, 5, 14), summary="Kim arrived by train.")
    second = event(dt.date(2024, 5, 14), summary="Kim arrived by train.")

    add_short_summaries([first, second])

    assert (first.short_summary, second.short_summary) == ("Kim arrived by train.", "")


def test_a_span_within_one_month_names_the_month_once():
    assert span_label(dt.date(2023, 9, 12), dt.date(2023, 9, 14)) == "12–14 Sep 2023"


@pytest.mark.django_db
def test_the_main_line_starts_a_few_days_before_the_first_article(story):
    make_article(story=story, published_at=dt.datetime(2023, 9, 12, 9, tzinfo=dt.UTC))

    assert MainLine.for_story(story).start == dt.date(2023, 9, 9)


@pytest.mark.django_db
def test_an_event_begun_before_the_main_line_is_background(story):
    make_article(story=story, published_at=dt.datetime(2023, 9, 12, 9, tzinfo=dt.UTC))
    ongoing = make_event(story=story, date_start=dt.date(2019, 1, 1), date_end=dt.date(2023, 9, 12))

    assert MainLine.for_story(story).section_of(ongoing) == Section.BACKGROUND


@pytest.mark.django_db
def test_a_planned_event_after_the_reports_stays_on_the_main_line(story):
    make_article(story=story, published_at=dt.datetime(2023, 9, 12, 9, tzinfo=dt.UTC))
    planned = make_event(story=story, date_start=dt.date(2024, 1, 1), certainty="planned")

    assert MainLine.for_story(story).section_of(planned) == Section.MAIN


@pytest.mark.django_db
def test_without_dated_articles_only_the_flag_makes_background(story):
    flagged = make_event(story=story, background=True)
    old = make_event(story=story, date_start=dt.date(1900, 1, 1))
    main_line = MainLine.for_story(story)

    assert [main_line.section_of(e) for e in (flagged, old)] == [Section.BACKGROUND, Section.MAIN]


@pytest.mark.django_db
def test_section_counts_add_up_in_one_query(story, django_assert_num_queries):
    make_event(story=story)
    make_event(story=story, date_start=None)
    make_event(story=story, background=True)
    main_line = MainLine.for_story(story)

    with django_assert_num_queries(1):
        counts = main_line.section_counts(Event.objects.for_story(story))

    assert counts == {Section.MAIN: 1, Section.UNDATED: 1, Section.BACKGROUND: 1}


@pytest.mark.django_db
def test_the_page_holding_an_event_is_found_without_reading_the_pages_before(story):
    events = [make_event(story=story, date_start=dt.date(2024, 1, 1 + n)) for n in range(7)]

    page = page_holding(Event.objects.for_story(story).chronological(), events[5], size=3)

    assert page == 2
