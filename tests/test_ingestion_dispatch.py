"""URL or file: one explicit dispatch by scheme, and only http(s) counts as a URL."""

import pytest

from stories.forms import AddArticlesForm
from stories.ingestion.readers import expand_sources, read_any
from stories.ingestion.records import IngestionError


@pytest.mark.parametrize("url", ["ftp://files.example/a.html", "ftps://files.example/a.html"])
def test_the_admin_url_field_accepts_only_http_and_https(db, url):
    form = AddArticlesForm(data={"url": url, "format": "auto"})

    assert not form.is_valid()
    assert "url" in form.errors


def test_the_admin_url_field_accepts_an_https_url(db):
    form = AddArticlesForm(data={"url": "https://news.example/a", "format": "auto"})

    assert form.is_valid(), form.errors


@pytest.mark.parametrize("source", ["ftp://files.example/a.html", "file:///etc/passwd"])
def test_a_non_http_url_never_reaches_the_file_reader(source):
    with pytest.raises(IngestionError) as caught:
        read_any(source)

    assert "unsupported URL scheme" in caught.value.problem


def test_an_upper_case_http_scheme_is_fetched_as_a_url():
    with pytest.raises(IngestionError) as caught:
        read_any("HTTP://127.0.0.1:9/article")

    assert "non-public address" in caught.value.problem


def test_a_path_without_a_scheme_is_read_as_a_file(tmp_path):
    path = tmp_path / "missing.html"

    with pytest.raises(IngestionError) as caught:
        read_any(str(path))

    assert caught.value.problem == "no such file"


def test_the_command_line_expands_urls_and_files_by_the_same_rule(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("x")

    assert expand_sources(["HTTPS://news.example/a", str(path)]) == [
        "HTTPS://news.example/a",
        str(path),
    ]
