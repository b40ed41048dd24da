"""The admin's date drill-down answers on every year it can be asked for: the edge years of
the calendar and placeholder dates (0001-01-01) in a time zone east of UTC give the list, or
Django's "invalid filter" redirect, never a 500."""

import datetime as dt

import pytest

from tests.factories import make_article, make_event, make_story
from tests.test_admin_support import logged_in, make_editor

pytestmark = pytest.mark.django_db


@pytest.fixture
def client():
    story = make_story()
    make_article(story=story)
    make_article(story=story, published_at=dt.datetime(1, 1, 1, tzinfo=dt.UTC))
    make_event(story=story)
    make_event(story=story, date_start=dt.date(1, 1, 1))
    return logged_in(make_editor())


@pytest.mark.parametrize("year", [2024, 1, 9999])
@pytest.mark.parametrize("tz", ["UTC", "Europe/Paris"])
def test_the_article_list_drills_down_to_any_year(client, settings, tz, year):
    settings.TIME_ZONE = tz

    response = client.get(f"/admin/stories/article/?published_at__year={year}")

    assert response.status_code in (200, 302)


@pytest.mark.parametrize("year", [2024, 1, 9999])
def test_the_event_list_drills_down_to_any_year(client, year):
    response = client.get(f"/admin/stories/event/?date_start__year={year}")

    assert response.status_code in (200, 302)


def test_a_year_with_articles_lists_them(client):
    response = client.get("/admin/stories/article/?published_at__year=2024")

    assert response.status_code == 200
    assert response.context["cl"].result_count == 1
