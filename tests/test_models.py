"""The data model's rules: editor locks, review queues, chronology order, integrity."""

import datetime as dt

import pytest
from django.db import IntegrityError, transaction

from stories.models import Event, Place, Story
from tests.factories import make_article, make_event, make_place

pytestmark = pytest.mark.django_db


def test_pipeline_values_skip_fields_an_editor_locked(event):
    event.lock("date_start")

    changed = event.apply_pipeline_values(date_start=dt.date(2020, 1, 1), title="New title")

    assert changed == ["title"]
    assert event.date_start == dt.date(2024, 5, 14)
    assert event.title == "New title"


def test_pipeline_values_report_no_change_when_equal(event):
    changed = event.apply_pipeline_values(title=event.title)

    assert changed == []


def test_only_lockable_fields_can_be_locked(place):
    place.lock("latitude", "geocoded_at")

    assert place.locked_fields == ["latitude"]


def test_unlocking_lets_the_pipeline_write_again(place):
    place.lock("latitude")
    place.unlock("latitude")

    assert place.apply_pipeline_values(latitude=10.0) == ["latitude"]


def test_editor_coordinates_count_as_a_locked_position(place):
    place.lock("longitude")

    assert place.position_locked


def test_review_queue_holds_unpinned_estimated_and_doubtful_places(db):
    pending = make_place(status=Place.Status.PENDING)
    estimated = make_place(status=Place.Status.ESTIMATED, latitude=1, longitude=1)
    doubtful = make_place(status=Place.Status.RESOLVED, confidence=0.3, latitude=1, longitude=1)
    make_place(status=Place.Status.RESOLVED, confidence=0.9, latitude=1, longitude=1)
    make_place(status=Place.Status.CONFIRMED, latitude=1, longitude=1)

    assert set(Place.objects.needing_review()) == {pending, estimated, doubtful}


def test_chronology_puts_undated_events_last(story):
    undated = make_event(story=story, date_start=None, date_precision=Event.Precision.UNKNOWN)
    later = make_event(story=story, date_start=dt.date(2024, 5, 2))
    earlier = make_event(story=story, date_start=dt.date(2024, 5, 1))

    assert list(Event.objects.for_story(story).chronological()) == [earlier, later, undated]


def test_events_between_dates_include_overlapping_spans(story):
    spanning = make_event(story=story, date_start=dt.date(2024, 4, 1), date_end=dt.date(2024, 6, 1))
    make_event(story=story, date_start=dt.date(2024, 1, 1))

    found = Event.objects.between(dt.date(2024, 5, 1), dt.date(2024, 5, 31))

    assert list(found) == [spanning]


def test_event_cannot_end_before_it_starts(story):
    with pytest.raises(IntegrityError), transaction.atomic():
        make_event(story=story, date_start=dt.date(2024, 5, 2), date_end=dt.date(2024, 5, 1))


def test_two_articles_cannot_share_a_canonical_url(story):
    make_article(story=story, canonical_url="https://news.example/a")

    with pytest.raises(IntegrityError), transaction.atomic():
        make_article(story=story, canonical_url="https://news.example/a")


def test_articles_without_url_do_not_collide(story):
    make_article(story=story, canonical_url="")

    make_article(story=story, canonical_url="")


def test_story_figures_count_events_places_and_span(story):
    harbor = make_place(name="Harbor")
    make_event(story=story, place=harbor, date_start=dt.date(2024, 5, 1))
    make_event(
        story=story, place=harbor, date_start=dt.date(2024, 5, 3), date_end=dt.date(2024, 5, 4)
    )

    figures = Story.objects.with_figures().get(pk=story.pk)

    assert (figures.event_count, figures.place_count) == (2, 1)
    assert (figures.first_date, figures.last_date) == (dt.date(2024, 5, 1), dt.date(2024, 5, 4))


def test_every_change_is_kept_in_history(event):
    event.title = "Corrected title"
    event.save()

    assert [h.title for h in event.history.all()][:2] == [
        "Corrected title",
        event.history.last().title,
    ]
    assert event.history.count() == 2


def test_articles_without_stated_date_need_review(story):
    stated = make_article(story=story)
    unknown = make_article(story=story, published_at=None, published_source="unknown")

    assert list(story.articles.needing_review()) == [unknown]
    assert stated not in story.articles.needing_review()


def test_an_article_whose_date_an_editor_set_needs_no_review(story):
    article = make_article(story=story, published_at=None, published_source="unknown")
    article.lock("published_at")
    article.save()

    assert not story.articles.needing_review().exists()


def test_unlocked_leaves_out_rows_where_an_editor_locked_the_field(story):
    locked = make_article(story=story, title="Locked")
    locked.lock("title")
    locked.save()
    free = make_article(story=story, title="Free")

    assert list(story.articles.unlocked("title")) == [free]
