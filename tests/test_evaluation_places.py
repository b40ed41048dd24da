"""Measuring places: the GeoVirus reader, LGL's recognition spans and the recognition score."""

from pathlib import Path

from benchmarks.evaluation.geovirus import read_geovirus
from benchmarks.evaluation.lgl import read_lgl, split
from benchmarks.evaluation.recognition import match_counts, prf


def test_geovirus_offsets_are_shifted_back_onto_the_names(tmp_path: Path):
    xml = tmp_path / "tiny.xml"
    xml.write_text(
        "<articles><article><source>u</source><text>Flu in Lima today.</text><locations>"
        "<location><name>Lima</name><start>8</start><end>12</end><lat>-12.04</lat>"
        "<lon>-77.03</lon><page>p</page></location></locations></article></articles>",
        encoding="utf-8",
    )

    (article,) = read_geovirus(xml)

    (toponym,) = article.toponyms
    assert article.text[toponym.start : toponym.end] == "Lima"


def test_lgl_recognition_counts_every_toponym_geocoded_or_not(tmp_path: Path):
    xml = tmp_path / "tiny.xml"
    xml.write_text(
        "<articles><article docid='1'><text><![CDATA[Rain in Ohio and Gondor.]]></text><toponyms>"
        "<toponym><start>8</start><end>12</end><phrase>Ohio</phrase><gaztag geonameid='5165418'>"
        "<lat>40.25</lat><lon>-83.0</lon></gaztag></toponym>"
        "<toponym><start>17</start><end>23</end><phrase>Gondor</phrase></toponym>"
        "</toponyms></article></articles>",
        encoding="utf-8",
    )

    (article,) = read_lgl(xml)

    assert article.spans == [(8, 12), (17, 23)]


def test_the_last_30_percent_of_documents_is_held_out_in_file_order():
    parts = split(list(range(10)))

    assert parts["first_70pct"] == list(range(7))
    assert parts["last_30pct"] == [7, 8, 9]


def test_a_found_span_overlapping_a_gold_span_counts_once():
    counts = match_counts(found=[(0, 5), (2, 4), (20, 25)], gold=[(0, 4), (10, 14)])

    assert counts == (1, 2, 1)


def test_recognition_scores_are_micro_averaged():
    scores = prf([(1, 1, 0), (1, 0, 1)])

    assert (scores["precision"], scores["recall"]) == (0.667, 0.667)
