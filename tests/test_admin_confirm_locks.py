"""Confirming events in the admin locks what the editor confirmed: when the article's text
changes, re-extraction keeps the confirmed event (same row, still confirmed) and does not add a
second copy of it."""

import datetime as dt

import pytest
from django.urls import reverse

from stories.extraction.store import extract_article
from stories.models import Event
from tests.factories import make_article
from tests.test_admin_support import logged_in, make_editor

pytestmark = pytest.mark.django_db

FERRY = (
    "HARBOR CITY, Norway — The ferry Nordlys arrived in Bergen on Tuesday after a storm held it "
    "at sea for two days. The ship left Stavanger on Sunday, its operator said.\n\n"
    "The ship is expected to sail on to Oslo on Friday."
)
# The same report, rewritten: the captain now named in the arrival sentence.
FERRY_REWRITTEN = (
    "HARBOR CITY, Norway — Captain Ann Reyes and the ferry Nordlys arrived in Bergen on Tuesday "
    "after a storm held it at sea for two days. The ship left Stavanger on Sunday, its operator "
    "said.\n\nThe ship is expected to sail on to Oslo on Friday."
)
PUBLISHED = dt.datetime(2024, 5, 16, 8, 0, tzinfo=dt.UTC)


@pytest.fixture
def confirmed(story):
    """The article extracted, and every one of its events confirmed by an editor."""
    article = make_article(story=story, text=FERRY, published_at=PUBLISHED)
    extract_article(article=article)
    events = list(Event.objects.filter(story=story))
    logged_in(make_editor()).post(
        reverse("admin:stories_event_changelist"),
        {"action": "confirm_events", "_selected_action": [e.pk for e in events]},
    )
    return article, events


def _rewrite(article) -> None:
    article.text = FERRY_REWRITTEN
    article.save()
    extract_article(article=article)


def test_confirming_locks_the_fields_the_editor_saw(confirmed):
    _article, events = confirmed

    for event in Event.objects.filter(pk__in=[e.pk for e in events]):
        assert {"title", "date_start", "place", "certainty"} <= set(event.locked_fields)


def test_confirmed_events_survive_re_extraction_of_changed_text(confirmed):
    article, events = confirmed

    _rewrite(article)

    kept = Event.objects.filter(pk__in=[e.pk for e in events], reviewed=True)
    assert kept.count() == len(events)


def test_re_extraction_of_changed_text_adds_no_copy_of_a_confirmed_event(confirmed):
    article, _events = confirmed
    arrivals_before = Event.objects.filter(story=article.story, place__name="Bergen").count()

    _rewrite(article)

    assert Event.objects.filter(story=article.story, place__name="Bergen").count() == (
        arrivals_before
    )
