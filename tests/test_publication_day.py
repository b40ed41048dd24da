"""The publication day is the source's own day: relative dates ("today", "on Tuesday") count from
the day the page states in its own time zone, not from the UTC date of its stamp.

The pages and feeds here are written for the tests.
"""

import datetime as dt
import json

import pytest
from django.urls import reverse

from stories.extraction.store import analyse_article
from stories.ingestion.pubday import could_be_local_day, local_day, url_day
from stories.ingestion.readers import read_source
from stories.ingestion.records import is_placeholder_date, parse_datetime
from stories.ingestion.services import ingest_bytes
from stories.models import Article
from tests.test_admin_support import logged_in, make_editor

BODY = "".join(
    f"<p>Paragraph {i}: the harbour board met today and voted to close the old pier, which the "
    "city says will reopen next spring after repairs to its timber piles.</p>"
    for i in range(6)
)


def page(head: str) -> bytes:
    return f"<html><head>{head}</head><body><article>{BODY}</article></body></html>".encode()


def stamped(value: str, *, url: str = "") -> bytes:
    link = f'<link rel="canonical" href="{url}">' if url else ""
    return page(f'<meta property="article:published_time" content="{value}">{link}')


def test_a_stamp_keeps_the_offset_the_page_stated():
    stamp = parse_datetime("2019-05-18T21:30:00-04:00")

    assert stamp.date() == dt.date(2019, 5, 18)
    assert stamp == dt.datetime(2019, 5, 19, 1, 30, tzinfo=dt.UTC)


def test_a_late_evening_page_is_published_on_its_own_day():
    [record] = read_source(stamped("2019-05-18T21:30:00-04:00"), source="p.html")

    assert record.published_day == dt.date(2019, 5, 18)


def test_a_utc_stamp_takes_the_day_the_page_url_states():
    """Many sites stamp in UTC only; the day in their URL is written on their own clock."""
    url = "https://news.example/2019/05/18/pier-closes/"

    [record] = read_source(stamped("2019-05-19T01:30:00Z", url=url), source="p.html")

    assert record.published_day == dt.date(2019, 5, 18)


def test_a_url_day_no_time_zone_could_give_is_ignored():
    url = "https://news.example/2019/05/16/pier-closes/"

    [record] = read_source(stamped("2019-05-19T01:30:00Z", url=url), source="p.html")

    assert record.published_day == dt.date(2019, 5, 19)


def test_the_same_moment_stated_in_the_sites_offset_gives_the_day():
    head = (
        '<meta property="article:published_time" content="2019-05-19T01:30:00Z">'
        '<meta name="sailthru.date" content="2019-05-18 18:30:00 -0700">'
    )

    [record] = read_source(page(head), source="p.html")

    assert record.published_day == dt.date(2019, 5, 18)


def test_a_wordpress_post_is_published_on_the_sites_local_day():
    post = {
        "id": 7,
        "link": "https://news.example/?p=7",
        "date": "2019-05-18T21:30:00",
        "date_gmt": "2019-05-19T01:30:00",
        "title": {"rendered": "Pier closes"},
        "content": {"rendered": BODY},
    }

    [record] = read_source(json.dumps(post).encode(), source="post.json", format="wordpress")

    assert record.published_day == dt.date(2019, 5, 18)
    assert record.published == dt.datetime(2019, 5, 19, 1, 30, tzinfo=dt.UTC)


def test_a_feed_entry_is_published_on_the_day_its_date_states():
    feed = (
        '<?xml version="1.0"?><rss version="2.0"><channel><title>News</title><item>'
        "<title>Pier closes</title><link>https://news.example/pier</link>"
        "<pubDate>Sat, 18 May 2019 21:30:00 -0400</pubDate>"
        f"<description><![CDATA[{BODY}]]></description></item></channel></rss>"
    )

    [record] = read_source(feed.encode(), source="feed.xml", format="feed")

    assert record.published_day == dt.date(2019, 5, 18)


@pytest.mark.django_db
def test_an_ingested_late_evening_page_resolves_today_to_its_own_day():
    [result] = ingest_bytes(stamped("2019-05-18T21:30:00-04:00"), source="p.html")

    analysis = analyse_article(result.article)

    todays = [t for t in analysis.times if t.text.lower() == "today"]
    assert todays and {t.value for t in todays} == {"2019-05-18"}


@pytest.mark.django_db
def test_reingesting_keeps_the_publication_day_an_editor_set():
    [result] = ingest_bytes(stamped("2019-05-18T21:30:00-04:00"), source="p.html")
    article = result.article
    article.published_day = dt.date(2019, 5, 17)
    article.lock("published_day")
    article.save()

    ingest_bytes(stamped("2019-05-18T21:31:00-04:00"), source="p.html")

    article.refresh_from_db()
    assert article.published_day == dt.date(2019, 5, 17)


@pytest.mark.django_db
def test_an_editor_who_corrects_the_moment_moves_the_day_with_it():
    [result] = ingest_bytes(stamped("2019-05-18T21:30:00-04:00"), source="p.html")
    article = result.article
    client = logged_in(make_editor())

    client.post(
        reverse("admin:stories_article_change", args=[article.pk]),
        {
            "title": article.title,
            "outlet": "",
            "byline": "",
            "story": article.story_id,
            "published_at_0": "2019-05-20",
            "published_at_1": "08:00:00",
            "published_day": "2019-05-18",
            "published_source": Article.DateSource.STATED,
        },
    )

    article.refresh_from_db()
    assert article.published_day == dt.date(2019, 5, 20)
    assert article.is_locked("published_at") and article.is_locked("published_day")


@pytest.mark.parametrize(
    "value",
    [
        "0001-01-01T00:00:00Z",
        "1970-01-01T00:00:00Z",
        "1969-12-31T19:00:00-05:00",
        "2999-01-01T00:00:00Z",
    ],
)
def test_a_placeholder_or_future_stamp_is_refused(value):
    assert parse_datetime(value) is None


def test_a_stamp_after_the_fetch_is_a_placeholder():
    fetched = dt.datetime(2019, 5, 19, 2, 0, tzinfo=dt.UTC)

    assert is_placeholder_date(dt.datetime(2019, 5, 20, 9, 0, tzinfo=dt.UTC), now=fetched)
    assert not is_placeholder_date(dt.datetime(2019, 5, 19, 1, 30, tzinfo=dt.UTC), now=fetched)


def test_a_page_with_a_placeholder_stamp_has_no_publication_day():
    [record] = read_source(stamped("1970-01-01T00:00:00Z"), source="p.html")

    assert record.published is None and record.published_day is None


def test_a_url_day_is_read_from_the_path():
    assert url_day("https://n.example/a/2019-11-19/story") == dt.date(2019, 11, 19)
    assert url_day("https://n.example/2019/11/19/story.html") == dt.date(2019, 11, 19)
    assert url_day("https://n.example/story-20191119") is None


def test_only_time_zones_on_earth_make_a_local_day():
    moment = dt.datetime(2019, 11, 20, 1, 50, tzinfo=dt.UTC)

    assert could_be_local_day(dt.date(2019, 11, 19), moment)
    assert not could_be_local_day(dt.date(2019, 11, 18), moment)


def test_a_stamp_in_its_own_offset_beats_the_url():
    stamp = dt.datetime(2019, 11, 19, 22, 0, tzinfo=dt.timezone(dt.timedelta(hours=-5)))

    assert local_day(stamp, url="https://n.example/2019/11/20/x") == dt.date(2019, 11, 19)
