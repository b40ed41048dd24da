"""A lone surrogate (say a JSON "\\ud800" escape) is cleaned to U+FFFD on the way in: no
UnicodeEncodeError from the sanitizer, the database, the command line or the admin."""

import io
import json

import pytest
from django.core.management import call_command
from django.urls import reverse

from stories.ingestion.readers import read_source
from stories.ingestion.sanitize import sanitize_html
from stories.models import Article
from tests.factories import FERRY_STORY
from tests.test_admin_support import logged_in, make_editor

LONE = "\ud800"


def post_with_lone_surrogates() -> bytes:
    """A WordPress post whose title and content carry escaped lone surrogates (ASCII JSON)."""
    content = "".join(
        f"<p>{p}</p>" for p in FERRY_STORY.replace("ferry", f"fe{LONE}rry", 1).split("\n\n")
    )
    post = {
        "id": 9,
        "link": "https://coast.example/ferry",
        "title": {"rendered": f"Ferry {LONE}docks"},
        "content": {"rendered": content},
    }
    return json.dumps(post).encode("ascii")


def test_the_sanitizer_replaces_a_lone_surrogate():
    assert sanitize_html(f"<p>a{LONE}b</p>") == "<p>a\ufffdb</p>"


def test_a_post_with_lone_surrogates_reads_into_clean_text():
    [record] = read_source(post_with_lone_surrogates(), source="post.json")

    assert record.title == "Ferry \ufffddocks"
    assert LONE not in record.text + record.display_html
    record.text.encode("utf-8")


@pytest.mark.django_db
def test_the_ingest_command_stores_the_post_without_a_traceback(tmp_path):
    path = tmp_path / "post.json"
    path.write_bytes(post_with_lone_surrogates())
    out = io.StringIO()

    call_command("ingest", str(path), stdout=out, stderr=io.StringIO())

    assert "ingested 1" in out.getvalue()
    assert Article.objects.get().title == "Ferry \ufffddocks"


@pytest.mark.django_db
def test_the_admin_takes_a_pasted_post_with_lone_surrogates():
    client = logged_in(make_editor())

    response = client.post(
        reverse("admin:stories_article_add_articles"),
        {"pasted": post_with_lone_surrogates().decode("ascii"), "format": "auto"},
    )

    assert response.status_code == 302
    assert Article.objects.get().title == "Ferry \ufffddocks"
