"""The home page: a card per story with its summary, main line's span and a small map; search."""

import datetime as dt

import pytest

from tests.factories import make_article, make_event, make_place, make_story

pytestmark = pytest.mark.django_db


@pytest.fixture
def ferry():
    story = make_story(title="Ferry strike")
    make_article(
        story=story,
        published_at=dt.datetime(2024, 5, 14, 9, tzinfo=dt.UTC),
        text="DOUGLAS — The ferry left Douglas on Sunday.\n\nMore follows.",
    )
    douglas = make_place(story=story, name="Douglas", latitude=54.15, longitude=-4.48)
    make_event(story=story, title="Ferry leaves", place=douglas, date_start=dt.date(2024, 5, 12))
    make_event(story=story, title="Line founded", date_start=dt.date(1990, 1, 1))
    return story


def test_a_card_shows_the_lead_of_the_first_article_without_its_dateline(client, ferry):
    response = client.get("/")

    assert "The ferry left Douglas on Sunday." in response.text
    assert "DOUGLAS —" not in response.text


def test_a_card_gives_the_main_lines_span_not_the_backgrounds(client, ferry):
    response = client.get("/")

    assert "12 May 2024 ·" in response.text
    assert "1990" not in response.text


def test_a_card_carries_a_small_map_of_its_places(client, ferry):
    response = client.get("/")

    assert '<svg class="story-thumb"' in response.text
    assert response.text.count("<circle") == 1


def test_search_keeps_only_the_stories_that_mention_the_words(client, ferry):
    make_story(title="Volcano erupts")

    response = client.get("/?q=douglas")

    assert "Ferry strike" in response.text
    assert "Volcano erupts" not in response.text
