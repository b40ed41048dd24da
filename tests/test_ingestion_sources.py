"""expand_sources: files, directories, globs and URLs from the command line."""

import pytest

from stories.ingestion.readers import expand_sources
from stories.ingestion.records import IngestionError


@pytest.fixture
def tree(tmp_path):
    (tmp_path / "b.json").write_text("{}")
    (tmp_path / "a.txt").write_text("x")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "c.html").write_text("<p>x</p>")
    (tmp_path / ".hidden").write_text("x")
    (tmp_path / ".git").mkdir()
    (tmp_path / ".git" / "config").write_text("x")
    return tmp_path


def test_directory_is_walked_recursively_sorted_without_hidden_files(tree):
    args = [str(tree)]

    sources = expand_sources(args)

    assert sources == [str(tree / "a.txt"), str(tree / "b.json"), str(tree / "sub" / "c.html")]


def test_glob_is_expanded_sorted(tree):
    args = [str(tree / "*.*")]

    sources = expand_sources(args)

    assert sources == [str(tree / "a.txt"), str(tree / "b.json")]


def test_urls_are_kept_as_they_are(tree):
    args = ["https://example.org/a?b=1", "http://example.org/"]

    sources = expand_sources(args)

    assert sources == args


def test_plain_file_is_kept_and_duplicates_dropped(tree):
    args = [str(tree / "a.txt"), str(tree / "a.txt")]

    sources = expand_sources(args)

    assert sources == [str(tree / "a.txt")]


def test_missing_path_is_an_error(tree):
    args = [str(tree / "missing.txt")]

    with pytest.raises(IngestionError) as caught:
        expand_sources(args)

    assert str(caught.value) == f"{tree / 'missing.txt'}: no such file or directory"


def test_glob_matching_nothing_is_an_error(tree):
    args = [str(tree / "*.xml")]

    with pytest.raises(IngestionError, match="no files match"):
        expand_sources(args)


def test_other_url_schemes_are_refused(tree):
    args = ["ftp://example.org/feed.xml"]

    with pytest.raises(IngestionError, match="unsupported URL scheme"):
        expand_sources(args)
