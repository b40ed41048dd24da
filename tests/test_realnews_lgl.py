"""The LGL batches (tests/data/realnews-lgl, realnews-lgl2 and realnews-lgl3, held out;
realnews-lgl-dev): reader and gold shape."""

import datetime as dt
import itertools
import json
from pathlib import Path

import pytest

from benchmarks.evaluation.lgl_texts import LGL_XML, published_day, read_lgl_texts, url_day
from benchmarks.evaluation.realnews import (
    LGL2_GOLD_DIR,
    LGL3_GOLD_DIR,
    LGL_DEV_GOLD_DIR,
    LGL_GOLD_DIR,
    article_text,
    load_gold,
)
from tests.conftest import require_shared

CERTAINTIES = {"occurred", "ongoing", "planned", "expected", "speculated", "denied"}
PRECISION_OF_LENGTH = {4: "year", 7: "month", 10: "day"}
# Each LGL gold directory and the split all its articles carry.
LGL_BATCHES = [
    (LGL_GOLD_DIR, "test"),
    (LGL2_GOLD_DIR, "test"),
    (LGL3_GOLD_DIR, "test"),
    (LGL_DEV_GOLD_DIR, "dev"),
]

LGL_SAMPLE = """<?xml version="1.0" encoding="utf-8"?>
<articles>
  <article docid="7">
    <url>http://www.example.com/article/20090320/NEWS01/1/rss</url>
    <dltime>2009-03-21 00:44:34.44206-05</dltime>
    <text><![CDATA[Fire in Alexandria. Crews fought a fire.]]></text>
  </article>
  <article docid="8">
    <url>http://www.example.com/story/28482</url>
    <dltime>2009-03-15 03:10:05.364703-05</dltime>
    <text><![CDATA[Talks in Moscow.]]></text>
  </article>
</articles>
"""


def test_a_day_written_in_the_url_is_the_publication_day():
    assert url_day("http://x.com/rtd/CRAS21_20090320-222609/237369/") == dt.date(2009, 3, 20)
    assert url_day("http://x.com/news/local/2009/03/30/a.html") == dt.date(2009, 3, 30)


def test_without_a_day_in_the_url_the_download_day_stands_in():
    assert published_day("http://www.sptimes.ru/story/28482", "2009-03-15 03:10:05-05") == dt.date(
        2009, 3, 15
    )


def test_a_number_that_is_no_calendar_day_is_not_read_as_one():
    assert url_day("http://x.com/ci_20091399/a") is None


def test_an_lgl_gold_article_reads_its_text_and_day_by_docid(tmp_path: Path):
    path = tmp_path / "lgl.xml"
    path.write_text(LGL_SAMPLE, encoding="utf-8")

    found = article_text({"id": "7", "corpus": "lgl", "docid": "7"}, {}, lgl_path=path)

    assert found == ("Fire in Alexandria. Crews fought a fire.", dt.date(2009, 3, 20), False)
    assert read_lgl_texts(path)["8"].published == dt.date(2009, 3, 15)


def test_an_lgl_gold_article_absent_from_the_file_is_skipped(tmp_path: Path):
    path = tmp_path / "lgl.xml"
    path.write_text(LGL_SAMPLE, encoding="utf-8")

    assert article_text({"id": "9", "corpus": "lgl", "docid": "9"}, {}, lgl_path=path) is None


@pytest.mark.parametrize(
    "directory, split", LGL_BATCHES, ids=["held-out", "held-out-2", "held-out-3", "dev"]
)
def test_every_lgl_gold_file_is_well_formed_and_in_its_split(directory, split):
    paths = sorted(directory.glob("*.json"))
    assert paths
    for path in paths:
        gold = json.loads(path.read_text(encoding="utf-8"))
        assert (gold["corpus"], gold["split"], gold["id"]) == ("lgl", split, gold["docid"])
        assert path.stem == gold["docid"]
        for event in gold["events"]:
            assert event["certainty"] in CERTAINTIES, (gold["id"], event)
            assert event["precision"] == PRECISION_OF_LENGTH.get(len(event["date"] or ""))
            assert event["place"] is None or {"name", "lat", "lon"} <= set(event["place"])
            assert isinstance(event["key"], bool) and isinstance(event["background"], bool)
        for place in gold["places"]:
            assert place["start"] < place["end"], gold["id"]
            assert -90 <= place["lat"] <= 90 and -180 <= place["lon"] <= 180, gold["id"]


@pytest.mark.parametrize(
    "directory",
    [LGL_GOLD_DIR, LGL2_GOLD_DIR, LGL3_GOLD_DIR, LGL_DEV_GOLD_DIR],
    ids=lambda d: d.name,
)
def test_every_lgl_gold_trigger_and_place_lies_at_its_offset_in_the_scored_text(directory):
    require_shared(LGL_XML)
    for gold in load_gold(directory):
        text, published, _ = article_text(gold, {})
        assert published.isoformat() == gold["published"], gold["id"]
        for event in gold["events"]:
            assert text[event["at"] :].startswith(event["trigger"]), (gold["id"], event)
        for place in gold["places"]:
            surface = text[place["start"] : place["end"]]
            # A name starts with a capital, or with a number for a numbered street ("8th Ave. N.").
            starts_right = surface[:1].isupper() or surface[:1].isdigit()
            assert starts_right and surface == surface.strip(), (gold["id"], place)
            assert not text[place["end"] : place["end"] + 1].isalnum(), (gold["id"], place)
        dateline = gold["dateline"]
        if dateline:
            assert text[dateline["start"] : dateline["end"]].strip(), gold["id"]


@pytest.mark.parametrize(
    "gold",
    load_gold(LGL_GOLD_DIR)
    + load_gold(LGL2_GOLD_DIR)
    + load_gold(LGL3_GOLD_DIR)
    + load_gold(LGL_DEV_GOLD_DIR),
    ids=lambda gold: gold["id"],
)
def test_lgl_gold_places_do_not_overlap(gold):
    spans = sorted((place["start"], place["end"]) for place in gold["places"])
    assert all(end <= start for (_, end), (start, _) in itertools.pairwise(spans)), gold["id"]


def test_the_lgl_dev_batch_takes_its_articles_from_the_first_70_percent_apart_from_the_held_out():
    require_shared(LGL_XML)
    order = list(read_lgl_texts())
    held_out = {
        gold["docid"] for d in (LGL_GOLD_DIR, LGL2_GOLD_DIR, LGL3_GOLD_DIR) for gold in load_gold(d)
    }
    for gold in load_gold(LGL_DEV_GOLD_DIR):
        assert gold["docid"] not in held_out, gold["id"]
        assert order.index(gold["docid"]) < int(0.7 * len(order)), gold["id"]


def test_the_second_blind_lgl_batch_shares_no_article_with_the_first():
    first = {gold["docid"] for gold in load_gold(LGL_GOLD_DIR)}
    second = {gold["docid"] for gold in load_gold(LGL2_GOLD_DIR)}

    assert second and not first & second


def test_the_third_blind_lgl_batch_shares_no_article_with_another_batch():
    """Its first set comes from the first 70 % of the file and its second from the last 30 %: the
    batch is held out wherever its articles sit, so what matters is that none is in another batch
    (the dev batch, or the first or second blind batch)."""
    require_shared(LGL_XML)
    articles = read_lgl_texts()
    others = {
        gold["docid"]
        for d in (LGL_GOLD_DIR, LGL2_GOLD_DIR, LGL_DEV_GOLD_DIR)
        for gold in load_gold(d)
    }
    third = load_gold(LGL3_GOLD_DIR)
    assert third
    for gold in third:
        assert gold["docid"] in articles, gold["id"]
        assert gold["docid"] not in others, gold["id"]


def test_no_lgl_article_is_in_two_batches():
    batches = [LGL_GOLD_DIR, LGL2_GOLD_DIR, LGL3_GOLD_DIR, LGL_DEV_GOLD_DIR]
    docids = [gold["docid"] for d in batches for gold in load_gold(d)]
    assert len(docids) == len(set(docids))
