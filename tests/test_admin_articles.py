"""The articles admin: texts side by side, escaped; the events drawn; re-extraction under locks."""

import pytest
from django.urls import reverse

from stories.models import Article, Event, EventSource
from tests.factories import FERRY_STORY, make_article, make_event
from tests.test_admin_support import logged_in, make_editor


@pytest.fixture
def client(db):
    return logged_in(make_editor())


def change_url(article: Article) -> str:
    return reverse("admin:stories_article_change", args=[article.pk])


def test_change_form_shows_raw_and_clean_text_escaped(client, story):
    article = make_article(
        story=story, raw="<script>alert('raw')</script>", text="Clean <em>text</em>"
    )

    response = client.get(change_url(article))

    assert "&lt;script&gt;alert(&#x27;raw&#x27;)&lt;/script&gt;" in response.text
    assert "Clean &lt;em&gt;text&lt;/em&gt;" in response.text
    assert "<script>alert('raw')" not in response.text


def test_change_form_lists_the_events_drawn_from_the_article(client, story, article):
    event = make_event(story=story, title="Ferry docks")
    EventSource.objects.create(event=event, article=article, quote="docks", start=0, end=5)

    response = client.get(change_url(article))

    assert reverse("admin:stories_event_change", args=[event.pk]) in response.text


def test_corrected_publication_date_is_locked(client, story):
    article = make_article(story=story, published_source=Article.DateSource.INFERRED)

    client.post(
        change_url(article),
        {
            "title": article.title,
            "outlet": "",
            "byline": "",
            "story": story.pk,
            "published_at_0": "2024-05-20",
            "published_at_1": "08:00:00",
            "published_source": Article.DateSource.INFERRED,
        },
    )

    article.refresh_from_db()
    assert article.published_at.date().isoformat() == "2024-05-20"
    assert article.is_locked("published_at")


def test_reextract_action_draws_events_from_the_article(client, story):
    article = make_article(story=story, text=FERRY_STORY)

    client.post(
        reverse("admin:stories_article_changelist"),
        {"action": "reextract", "_selected_action": [article.pk]},
    )

    assert Event.objects.filter(story=story).exists()


def test_reextract_keeps_an_editors_date(client, story):
    article = make_article(story=story, text=FERRY_STORY)
    client.post(
        reverse("admin:stories_article_changelist"),
        {"action": "reextract", "_selected_action": [article.pk]},
    )
    event = Event.objects.filter(story=story).first()
    event.date_start = event.date_start.replace(year=2001)
    event.date_end = None
    event.lock("date_start", "date_end")
    event.save()

    client.post(
        reverse("admin:stories_article_changelist"),
        {"action": "reextract", "_selected_action": [article.pk]},
    )

    event.refresh_from_db()
    assert event.date_start.year == 2001
