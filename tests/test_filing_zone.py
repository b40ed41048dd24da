"""A story with a dateline counts its days on the dateline city's clock: the reporter's
"Tuesday" in Hong Kong is Tuesday there, whatever day it still is at the outlet.

The pages here are written for the tests.
"""

import datetime as dt

import pytest

from stories.extraction.store import analyse_article
from stories.filing_zone import dateline_zone
from stories.ingestion.pubday import filed_day
from stories.ingestion.readers import read_source
from stories.ingestion.services import ingest_bytes

HONG_KONG_LEAD = (
    "HONG KONG (AP) — Asian markets were mixed in early trading Tuesday as investors weighed "
    "the latest trade talks. "
)
FILLER = "Traders said volumes were thin and the day's moves were small across the region. "


def wire_page(lead: str, stamp: str, url: str) -> bytes:
    body = "".join(f"<p>{lead if i == 0 else FILLER * 3}</p>" for i in range(5))
    head = (
        f'<meta property="article:published_time" content="{stamp}">'
        f'<link rel="canonical" href="{url}">'
    )
    return f"<html><head>{head}</head><body><article>{body}</article></body></html>".encode()


def test_a_story_filed_in_hong_kong_is_published_on_hong_kongs_day():
    """02:34 UTC on the 19th is still the 18th at an American outlet, and in its URL."""
    page = wire_page(
        HONG_KONG_LEAD, "2019-11-19T02:34:30Z", "https://news.example/2019/11/18/markets/"
    )

    [record] = read_source(page, source="p.html")

    assert record.published_day == dt.date(2019, 11, 19)


def test_the_region_beside_the_city_chooses_its_zone():
    zone = dateline_zone("Santa Fe, New Mexico — A cat was found in a wall on Tuesday.")

    assert zone is not None and str(zone) == "America/Denver"


def test_a_city_ap_lets_stand_alone_is_the_one_ap_means():
    zone = dateline_zone("WASHINGTON (AP) — The Senate met on Tuesday.")

    assert zone is not None and str(zone) == "America/New_York"


def test_a_dateline_naming_no_known_city_gives_no_zone():
    assert dateline_zone("QWXZYTOWN (AP) — The council met on Tuesday.") is None


def test_a_text_without_a_dateline_gives_no_zone():
    assert dateline_zone("The council met on Tuesday and voted to close the pier.") is None


def test_a_midnight_stamp_is_a_date_not_a_moment():
    """ "2019-11-19T00:00:00Z" is how many sites write a bare date: it says no hour to move."""
    stamp = dt.datetime(2019, 11, 19, tzinfo=dt.UTC)

    assert filed_day(stamp, "HONOLULU (AP) — Scientists said on Monday.") is None


def test_a_moment_is_seen_on_the_dateline_citys_clock():
    stamp = dt.datetime(2019, 11, 19, 1, 48, tzinfo=dt.UTC)

    assert filed_day(stamp, "HONOLULU (AP) — Scientists said on Monday.") == dt.date(2019, 11, 18)


@pytest.mark.django_db
def test_an_ingested_wire_story_dates_its_weekday_on_the_reporters_day():
    page = wire_page(
        HONG_KONG_LEAD, "2019-11-19T02:34:30Z", "https://news.example/2019/11/18/markets/"
    )
    [result] = ingest_bytes(page, source="p.html")

    analysis = analyse_article(result.article)

    tuesdays = [t for t in analysis.times if t.text == "Tuesday"]
    assert tuesdays and {t.value for t in tuesdays} == {"2019-11-19"}


def test_a_feed_entry_with_a_dateline_is_published_on_the_dateline_citys_day():
    body = HONG_KONG_LEAD + FILLER * 6
    feed = (
        '<?xml version="1.0"?><rss version="2.0"><channel><title>News</title><item>'
        "<title>Markets mixed</title><link>https://news.example/markets</link>"
        "<pubDate>Mon, 18 Nov 2019 21:34:30 -0500</pubDate>"
        f"<description><![CDATA[<p>{body}</p>]]></description></item></channel></rss>"
    )

    [record] = read_source(feed.encode(), source="feed.xml", format="feed")

    assert record.published_day == dt.date(2019, 11, 19)
