"""`manage.py ingest`: many sources in, one summary out, bad sources reported without traceback."""

import json
from io import StringIO

import pytest
from django.core.management import CommandError, call_command

from stories.models import Article, Story
from tests.factories import FERRY_STORY, SCHOOL_STORY

pytestmark = pytest.mark.django_db


def wordpress_post(text: str, *, link: str, date: str = "2024-05-14T09:30:00") -> str:
    paragraphs = "".join(f"<p>{p}</p>" for p in text.split("\n\n"))
    return json.dumps(
        {
            "id": 7,
            "date": date,
            "date_gmt": date,
            "link": link,
            "title": {"rendered": "Ferry docks"},
            "content": {"rendered": paragraphs},
            "excerpt": {"rendered": ""},
        }
    )


def ingest(*args: str) -> tuple[str, str]:
    out, err = StringIO(), StringIO()
    try:
        call_command("ingest", *args, stdout=out, stderr=err)
    except CommandError as error:
        err.write(f"CommandError: {error}")
    return out.getvalue(), err.getvalue()


@pytest.fixture
def articles_dir(tmp_path):
    (tmp_path / "ferry.json").write_text(wordpress_post(FERRY_STORY, link="https://c.example/f"))
    (tmp_path / "schools.json").write_text(wordpress_post(SCHOOL_STORY, link="https://c.example/s"))
    return tmp_path


def test_a_directory_is_ingested_with_a_summary_line(articles_dir):
    out, err = ingest(str(articles_dir))

    assert out.strip().endswith("ingested 2, updated 0, unchanged 0, failed 0")
    assert err == ""
    assert Story.objects.count() == 2


def test_a_second_run_finds_everything_unchanged(articles_dir):
    ingest(str(articles_dir))

    out, _ = ingest(str(articles_dir / "*.json"))

    assert "ingested 0, updated 0, unchanged 2, failed 0" in out
    assert Article.objects.count() == 2


def test_a_bad_source_is_one_line_and_the_others_still_land(articles_dir):
    (articles_dir / "broken.json").write_text('{"title": ')

    out, err = ingest(str(articles_dir))

    assert "failed 1" in out
    error_lines = [line for line in err.splitlines() if line.startswith("error:")]
    assert len(error_lines) == 1
    assert "broken.json" in error_lines[0]
    assert "Traceback" not in err
    assert Article.objects.count() == 2


def test_any_failed_source_makes_the_command_fail(tmp_path):
    (tmp_path / "empty.txt").write_text("")

    with pytest.raises(CommandError, match="1 of 1 sources failed"):
        call_command("ingest", str(tmp_path / "empty.txt"), stdout=StringIO(), stderr=StringIO())


def test_a_missing_path_is_named(tmp_path):
    _, err = ingest(str(tmp_path / "nope.json"))

    assert "nope.json" in err


def test_story_option_puts_unrelated_articles_together(articles_dir):
    ingest(str(articles_dir), "--story", "coast-news")

    story = Story.objects.get()
    assert story.slug == "coast-news"
    assert story.articles.count() == 2


def test_an_article_is_fetched_from_a_url(settings, loopback):
    settings.INGEST_ALLOW_PRIVATE_URLS = True
    settings.INGEST_HOST_ALIASES = [["127.0.0.1", "c.example"]]  # the post's link is its own
    page = wordpress_post(FERRY_STORY, link="https://c.example/f").encode()
    loopback.routes["/wp-json/wp/v2/posts/7"] = (200, "application/json", page)

    out, _ = ingest(loopback.url("/wp-json/wp/v2/posts/7"))

    assert "ingested 1" in out
    assert Article.objects.get().canonical_url == "https://c.example/f"


def test_a_private_address_is_refused_by_default(loopback):
    loopback.routes["/a"] = (200, "application/json", b"{}")

    out, err = ingest(loopback.url("/a"))

    assert "failed 1" in out
    assert "127.0.0.1" in err
    assert loopback.requests == []
