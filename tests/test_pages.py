"""The public pages are alive and escape article-derived text."""

import pytest

from tests.factories import make_event, make_story

pytestmark = pytest.mark.django_db


def test_index_lists_stories_with_their_figures(client):
    story = make_story(title="Floods in the delta")
    make_event(story=story)

    response = client.get("/")

    assert response.status_code == 200
    assert "Floods in the delta" in response.text
    assert "1 event" in response.text


def test_story_page_shows_its_events(client, story):
    make_event(story=story, title="Ferry docks at the harbor")

    response = client.get(story.get_absolute_url())

    assert "Ferry docks at the harbor" in response.text


def test_unknown_story_is_404(client):
    assert client.get("/stories/no-such-story/").status_code == 404


def test_event_titles_are_escaped(client, story):
    make_event(story=story, title="<script>alert(1)</script>")

    response = client.get(story.get_absolute_url())

    assert "<script>alert(1)" not in response.text
    assert "&lt;script&gt;" in response.text


def test_pages_refuse_to_be_framed(client, story):
    response = client.get(story.get_absolute_url())

    assert response.headers["X-Frame-Options"] == "DENY"


def test_admin_requires_login(client):
    response = client.get("/admin/")

    assert response.status_code == 302
    assert "/admin/login/" in response.headers["Location"]
