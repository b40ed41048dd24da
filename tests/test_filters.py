"""The reader's filters narrow a story's events, and a value that does not parse is ignored."""

import datetime as dt

import pytest
from django.http import QueryDict

from stories.filters import EventFilterForm, FilterOptions, filter_events
from stories.models import Event, EventSource, Person
from tests.factories import make_article, make_event, make_place

pytestmark = pytest.mark.django_db


def titles(story, query: str) -> set[str]:
    form = EventFilterForm(QueryDict(query), options=FilterOptions.for_story(story))
    return set(
        filter_events(Event.objects.for_story(story), form.filters).values_list("title", flat=True)
    )


def test_no_filters_keeps_every_event(story):
    make_event(story=story, title="a")
    make_event(story=story, title="b", date_start=None)

    assert titles(story, "") == {"a", "b"}


def test_place_filter_keeps_that_places_events(story):
    harbor = make_place(story=story, name="Harbor")
    make_event(story=story, title="at harbor", place=harbor)
    make_event(story=story, title="elsewhere", place=make_place(story=story))

    assert titles(story, f"place={harbor.pk}") == {"at harbor"}


def test_a_place_from_another_story_is_ignored(story):
    make_event(story=story, title="a", place=make_place(story=story))
    foreign = make_place()

    assert titles(story, f"place={foreign.pk}") == {"a"}


def test_certainty_filter_accepts_several_values(story):
    make_event(story=story, title="planned", certainty=Event.Certainty.PLANNED)
    make_event(story=story, title="expected", certainty=Event.Certainty.EXPECTED)
    make_event(story=story, title="occurred")

    assert titles(story, "certainty=planned&certainty=expected") == {"planned", "expected"}


def test_date_range_keeps_events_overlapping_it(story):
    make_event(story=story, title="before", date_start=dt.date(2024, 5, 1))
    make_event(
        story=story,
        title="spanning",
        date_start=dt.date(2024, 5, 5),
        date_end=dt.date(2024, 5, 12),
    )
    make_event(story=story, title="inside", date_start=dt.date(2024, 5, 11))
    make_event(story=story, title="after", date_start=dt.date(2024, 6, 1))

    assert titles(story, "start=2024-05-10&end=2024-05-20") == {"spanning", "inside"}


def test_date_range_leaves_out_undated_events(story):
    make_event(story=story, title="undated", date_start=None)

    assert titles(story, "start=2024-01-01") == set()


def test_an_unparseable_date_is_ignored(story):
    make_event(story=story, title="a")

    assert titles(story, "start=yesterday") == {"a"}


def test_an_end_before_the_start_is_dropped_and_the_start_kept(story):
    make_event(story=story, title="after the start", date_start=dt.date(2024, 6, 15))
    make_event(story=story, title="before the start", date_start=dt.date(2024, 5, 14))

    assert titles(story, "start=2024-06-01&end=2024-05-01") == {"after the start"}


def test_source_filter_keeps_events_an_outlet_reported(story):
    coast = make_article(story=story, outlet="coast.example")
    reported = make_event(story=story, title="reported")
    make_event(story=story, title="unreported")
    EventSource.objects.create(event=reported, article=coast, quote="q", start=0, end=1)

    assert titles(story, "source=coast.example") == {"reported"}


def test_search_matches_title_summary_place_people_and_quotes(story):
    article = make_article(story=story)
    make_event(story=story, title="Ferry docks")
    make_event(story=story, title="a", summary="the ferry was late")
    make_event(story=story, title="b", place=make_place(story=story, name="Ferry Terminal"))
    with_person = make_event(story=story, title="c")
    with_person.people.add(Person.objects.create(name="Ferry Master"))
    quoted = make_event(story=story, title="d")
    EventSource.objects.create(event=quoted, article=article, quote="FERRY", start=0, end=5)
    make_event(story=story, title="unrelated")

    assert titles(story, "q=ferry") == {"Ferry docks", "a", "b", "c", "d"}


def test_search_needs_every_word(story):
    make_event(story=story, title="Ferry docks at Harbor City")
    make_event(story=story, title="Ferry leaves")

    assert titles(story, "q=ferry+harbor") == {"Ferry docks at Harbor City"}


def test_dates_are_read_as_the_site_writes_them(story):
    make_event(story=story, title="early", date_start=dt.date(2024, 5, 1))
    make_event(story=story, title="late", date_start=dt.date(2024, 5, 20))

    assert titles(story, "start=12+May+2024") == {"late"}


def test_a_date_from_the_url_is_shown_in_the_sites_format(story):
    form = EventFilterForm(QueryDict("start=2024-05-13"), options=FilterOptions.for_story(story))

    assert 'value="13 May 2024"' in str(form["start"])


def test_the_outlet_filter_is_offered_only_with_two_outlets_or_more(story):
    make_article(story=story, outlet="one.example")

    form = EventFilterForm(QueryDict(""), options=FilterOptions.for_story(story))

    assert not form.show_outlets
