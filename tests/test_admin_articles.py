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


def test_add_articles_ingests_pasted_text_and_reports_it(client):
    response = client.post(
        reverse("admin:stories_article_add_articles"),
        {"pasted": FERRY_STORY, "format": "auto"},
        follow=True,
    )

    assert response.redirect_chain[-1][0] == reverse("admin:stories_article_changelist")
    assert Article.objects.count() == 1
    assert "Created: “" in response.text
    assert Event.objects.exists()  # the immediate backend ran the whole pipeline


def test_add_articles_shows_an_ingestion_error_on_the_form(client):
    response = client.post(
        reverse("admin:stories_article_add_articles"), {"pasted": "   \n", "format": "text"}
    )

    assert response.status_code == 200
    assert not Article.objects.exists()


@pytest.fixture
def queued_jobs(settings):
    """A task backend that only records jobs, as a busy worker queue looks to the web."""
    settings.TASKS = {"default": {"BACKEND": "django.tasks.backends.dummy.DummyBackend"}}


def test_add_articles_only_enqueues_the_job_during_the_request(client, queued_jobs):
    response = client.post(
        reverse("admin:stories_article_add_articles"), {"pasted": FERRY_STORY, "format": "auto"}
    )

    assert not Article.objects.exists()
    assert "/jobs/ingest/" in response.headers["Location"]
    assert "waiting for a worker" in client.get(response.headers["Location"]).text


def test_reextract_only_enqueues_the_job_during_the_request(client, story, queued_jobs):
    article = make_article(story=story, text=FERRY_STORY)

    response = client.post(
        reverse("admin:stories_article_changelist"),
        {"action": "reextract", "_selected_action": [article.pk]},
    )

    assert not Event.objects.exists()
    assert "/jobs/reextract/" in response.headers["Location"]
