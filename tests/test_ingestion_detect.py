"""Format detection and decoding: content decides, format= overrides."""

import pytest

from stories.ingestion.detect import decode_bytes, detect_format
from stories.ingestion.readers import read_source
from stories.ingestion.records import IngestionError

STORY = "PARIS, France — The river Seine rose two metres overnight, the city said."


@pytest.mark.parametrize(
    ("payload", "expected"),
    [
        ('{"id": 1}', "wordpress"),
        ('  [ {"id": 1} ]', "wordpress"),
        ('<?xml version="1.0"?><rss version="2.0"></rss>', "feed"),
        ('<?xml version="1.0"?>\n<!-- c --><feed xmlns="http://www.w3.org/2005/Atom"/>', "feed"),
        ("<rdf:RDF xmlns:rdf='http://www.w3.org/1999/02/22-rdf-syntax-ns#'></rdf:RDF>", "feed"),
        ("<!DOCTYPE html><html><body><p>x</p></body></html>", "html"),
        ("<div><p>Some text</p></div>", "html"),
        (f"Headline\n\n{STORY}", "text"),
        ("[Photo] A caption that starts with a bracket.", "text"),
    ],
)
def test_format_is_detected_from_content(payload, expected):
    text = payload

    detected = detect_format(text)

    assert detected == expected


def test_content_type_breaks_a_tie_for_tagless_html():
    text = STORY

    detected = detect_format(text, content_type="text/html; charset=utf-8")

    assert detected == "html"


def test_format_override_reads_html_looking_text_as_text():
    data = f"<b>Headline</b> line\n\n{STORY}".encode()

    record = read_source(data, source="x.txt", format="text")[0]

    assert record.input_format == "text"


def test_unknown_format_override_is_an_error():
    data = STORY.encode()

    with pytest.raises(IngestionError, match="unknown format 'pdf'"):
        read_source(data, source="x.txt", format="pdf")


def test_utf8_bom_is_removed():
    data = "\ufeff".encode() + STORY.encode()

    text = decode_bytes(data, source="bom.txt")

    assert text == STORY


def test_utf16_with_bom_is_decoded():
    data = STORY.encode("utf-16")

    text = decode_bytes(data, source="u16.txt")

    assert text == STORY


def test_content_type_charset_is_used_when_not_utf8():
    data = "Český rozhlas: Praha zpráva".encode("iso-8859-2")

    text = decode_bytes(data, source="cz.txt", content_type="text/plain; charset=iso-8859-2")

    assert text == "Český rozhlas: Praha zpráva"


def test_meta_charset_is_used_when_not_utf8():
    data = '<html><head><meta charset="koi8-r"></head><body>Москва</body></html>'.encode("koi8-r")

    text = decode_bytes(data, source="ru.html")

    assert "Москва" in text


def test_undeclared_legacy_text_falls_back_to_cp1252():
    data = "Le café “Chez Zoé” à Lyon".encode("cp1252")

    text = decode_bytes(data, source="fr.txt")

    assert text == "Le café “Chez Zoé” à Lyon"
