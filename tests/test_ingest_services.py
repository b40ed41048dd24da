"""Ingestion's database side: idempotent upsert, story grouping, inferred dates, locks."""

import datetime as dt

import pytest

from stories.ingestion.records import IngestionError
from stories.ingestion.services import Outcome, ingest_bytes, ingest_record
from stories.models import Article, Story
from tests.factories import FERRY_STORY, SCHOOL_STORY, make_record, make_story

pytestmark = pytest.mark.django_db


def edited(text: str) -> str:
    """The same wire story as another outlet runs it: a sentence cut, one added."""
    first, second = text.split("\n\n")
    return first.rsplit(". ", 1)[0] + ".\n\nA spokesperson declined to comment.\n\n" + second


def test_a_new_article_is_created_in_a_story_of_its_own():
    result = ingest_record(make_record())

    assert result.outcome == Outcome.CREATED
    assert result.article.story.title == "Storm-delayed ferry docks at Harbor City"
    assert result.article.published_source == Article.DateSource.STATED


def test_the_same_article_twice_is_one_row():
    ingest_record(make_record())

    again = ingest_record(make_record())

    assert again.outcome == Outcome.UNCHANGED
    assert Article.objects.count() == 1


def test_same_text_under_another_url_is_the_same_article():
    ingest_record(make_record())

    again = ingest_record(make_record(canonical_url="https://mirror.example/ferry"))

    assert again.outcome == Outcome.UNCHANGED
    assert Article.objects.count() == 1


def test_a_changed_version_at_the_same_url_updates_the_text():
    first = ingest_record(make_record()).article

    result = ingest_record(make_record(text=FERRY_STORY + "\n\nUpdated at noon."))

    assert result.outcome == Outcome.UPDATED
    assert result.article.pk == first.pk
    assert result.article.text.endswith("Updated at noon.")


def test_an_update_keeps_the_title_an_editor_corrected():
    article = ingest_record(make_record()).article
    article.title = "Editor's headline"
    article.lock("title")
    article.save()

    ingest_record(make_record(title="Wire headline", text=FERRY_STORY + " More."))

    article.refresh_from_db()
    assert article.title == "Editor's headline"


def test_a_version_from_another_outlet_joins_the_same_story():
    first = ingest_record(make_record()).article

    second = ingest_record(
        make_record(canonical_url="https://other.example/ferry", text=edited(FERRY_STORY))
    ).article

    assert second.story == first.story
    assert second.version_of == first


def test_unrelated_articles_land_in_separate_stories():
    ingest_record(make_record())

    school = ingest_record(
        make_record(
            canonical_url="https://county.example/schools", title="Two schools", text=SCHOOL_STORY
        )
    ).article

    assert Story.objects.count() == 2
    assert school.version_of is None


def test_a_named_story_takes_unrelated_articles_together():
    story = make_story(slug="coast")

    ingest_record(make_record(), story=story)
    ingest_record(
        make_record(canonical_url="https://county.example/s", text=SCHOOL_STORY), story=story
    )

    assert story.articles.count() == 2


def test_an_undated_version_takes_its_date_from_a_dated_one_as_inferred():
    dated = ingest_record(make_record()).article

    undated = ingest_record(
        make_record(canonical_url="", published=None, text=edited(FERRY_STORY))
    ).article

    assert undated.published_at == dated.published_at
    assert undated.published_source == Article.DateSource.INFERRED


def test_a_dated_version_arriving_later_dates_the_earlier_undated_one():
    undated = ingest_record(
        make_record(canonical_url="", published=None, text=edited(FERRY_STORY))
    ).article

    ingest_record(make_record())

    undated.refresh_from_db()
    assert undated.published_at == dt.datetime(2024, 5, 14, 9, 30, tzinfo=dt.UTC)
    assert undated.published_source == Article.DateSource.INFERRED


def test_an_undated_article_with_no_dated_version_stays_unknown_and_needs_review():
    article = ingest_record(make_record(published=None)).article

    assert article.published_at is None
    assert article.published_source == Article.DateSource.UNKNOWN
    assert Article.objects.needing_review().filter(pk=article.pk).exists()


def test_a_record_without_text_is_refused():
    with pytest.raises(IngestionError, match=r"ferry\.json: no article text"):
        ingest_record(make_record(text="  "))

    assert Article.objects.count() == 0


def test_a_failure_midway_leaves_no_half_written_article(monkeypatch):
    from stories.ingestion import services

    def fail(*args, **kwargs):
        raise RuntimeError("disk full")

    monkeypatch.setattr(services.ShingleBucket.objects, "bulk_create", fail)

    with pytest.raises(RuntimeError):
        ingest_record(make_record())

    assert Article.objects.count() == 0
    assert Story.objects.count() == 0


def test_payloads_over_the_size_cap_are_refused_before_reading(settings):
    settings.INGEST_MAX_BYTES = 100

    with pytest.raises(IngestionError, match=r"big\.txt: larger than"):
        ingest_bytes(b"x" * 101, source="big.txt")
