"""Every kind of bad input raises IngestionError with one clear line."""

import json

import pytest

from stories.ingestion.readers import read_file, read_source
from stories.ingestion.records import IngestionError


def error_for(data: bytes, source: str = "bad.in", **kwargs) -> IngestionError:
    with pytest.raises(IngestionError) as caught:
        read_source(data, source=source, **kwargs)
    return caught.value


def test_error_str_is_one_line_source_colon_problem():
    error = IngestionError("a.json", "first line\nsecond line")

    text = str(error)

    assert text == "a.json: first line second line"
    assert (error.source, error.problem) == ("a.json", "first line second line")


def test_empty_input_is_refused():
    error = error_for(b"", "empty.txt")

    assert str(error) == "empty.txt: empty input: nothing to read"


def test_whitespace_only_input_is_refused():
    error = error_for(b"  \n\t\n", "blank.txt")

    assert "empty input" in str(error)


def test_nul_bytes_mean_binary():
    error = error_for(b"abc\x00def\x00" * 10, "blob.bin")

    assert str(error) == "blob.bin: binary data (contains NUL bytes), not text"


def test_known_binary_formats_are_named():
    error = error_for(b"\x89PNG\r\n\x1a\n" + bytes(range(256)), "pic.png")

    assert "PNG image" in str(error)


def test_undecodable_control_heavy_bytes_are_binary():
    error = error_for(bytes([0x81, 0x8D, 0x8F, 0x90, 0x9D]) * 20, "junk.dat")

    assert "binary data" in str(error)


def test_malformed_json_names_line_and_column():
    error = error_for(b'{\n  "id": 1,\n  "title": \n}', "broken.json")

    assert str(error).startswith("broken.json: malformed JSON at line 4, column 1:")


def test_list_of_numbers_is_not_a_wordpress_post():
    error = error_for(b"[1, 2, 3]", "numbers.json")

    assert str(error) == (
        "numbers.json: item 0: not a WordPress post: expected an object, got a number"
    )


def test_object_without_content_names_the_missing_field():
    error = error_for(json.dumps({"id": 3, "title": {"rendered": "T"}}).encode(), "bad.json")

    assert str(error) == "bad.json: not a WordPress post: missing 'content.rendered'"


def test_json_scalar_is_not_a_wordpress_post():
    error = error_for(b'"just a string"', "scalar.json", format="wordpress")

    assert "JSON is a string, expected an object or a list" in str(error)


def test_empty_json_list_is_refused():
    error = error_for(b"[]", "none.json")

    assert "the JSON list is empty" in str(error)


def test_wordpress_api_error_object_is_reported_as_such():
    payload = {
        "code": "rest_post_invalid_id",
        "message": "Invalid post ID.",
        "data": {"status": 404},
    }

    error = error_for(json.dumps(payload).encode(), "missing.json")

    assert str(error) == "missing.json: WordPress API error rest_post_invalid_id: Invalid post ID."


def test_post_with_empty_content_has_no_article_text():
    payload = {"id": 1, "content": {"rendered": "<p> </p>", "protected": False}}

    error = error_for(json.dumps(payload).encode(), "hollow.json")

    assert "no article text found" in str(error)


def test_bad_item_in_a_list_is_named_by_index():
    payload = [{"content": {"rendered": "<p>A full sentence of text here.</p>"}}, {"id": 2}]

    error = error_for(json.dumps(payload).encode(), "list.json")

    assert str(error) == "list.json: item 1: not a WordPress post: missing 'content.rendered'"


def test_html_without_article_is_refused():
    error = error_for(b"<html><body><ul><li><a href='/'>Home</a></li></ul></body></html>", "p.html")

    assert str(error) == "p.html: no article text found"


def test_broken_xml_feed_is_refused():
    error = error_for(b"<rss version='2.0'><channel><item><title>x</ite", "broken.xml")

    assert str(error).startswith("broken.xml: ")


def test_file_over_the_size_cap_is_refused_before_reading(tmp_path):
    path = tmp_path / "big.txt"
    path.write_bytes(b"x" * 2048)

    with pytest.raises(IngestionError) as caught:
        read_file(path, max_bytes=1024)

    assert str(caught.value) == f"{path}: larger than 1 KB (2048 bytes)"


def test_default_cap_message_says_10_mb(tmp_path):
    path = tmp_path / "huge.txt"
    with open(path, "wb") as handle:
        handle.truncate(10 * 1024 * 1024 + 1)

    with pytest.raises(IngestionError, match="larger than 10 MB"):
        read_file(path)


def test_missing_file_is_an_error(tmp_path):
    path = tmp_path / "nope.txt"

    with pytest.raises(IngestionError) as caught:
        read_file(path)

    assert str(caught.value) == f"{path}: no such file"


def test_directory_given_to_read_file_is_an_error(tmp_path):
    path = tmp_path

    with pytest.raises(IngestionError, match="is a directory"):
        read_file(path)


@pytest.mark.parametrize(
    "data",
    [b"{", b"[", b"<", b"<rss", b"\xff\xfe", b"\xef\xbb\xbf", b"<?xml?>", b"null", b"[[]]", b"{}"],
)
def test_degenerate_inputs_raise_ingestion_error_not_a_crash(data):
    payload = data

    with pytest.raises(IngestionError):
        read_source(payload, source="odd")
