"""The real-news yardstick's matching and date rules (benchmarks/evaluation/realnews.py)."""

import datetime as dt
from dataclasses import replace

import pytest

from benchmarks.evaluation.goldset import Tally
from benchmarks.evaluation.realnews import (
    article_text,
    as_stored,
    date_right,
    match_events,
    score_article,
    summarise,
)
from stories.extraction.analysis import Analysis
from stories.extraction.mentions import EventCandidate


def candidate(title: str, start: int, end: int, **fields) -> EventCandidate:
    return EventCandidate(title, "", "", start, end, title.split()[1].lower(), "occurred", **fields)


def test_a_gold_event_matches_the_clause_its_trigger_lies_in():
    found = [candidate("Police arrest man", 0, 20)]
    gold = [{"at": 7, "trigger": "arrested"}]

    assert match_events(found, gold) == [(found[0], gold[0])]


def test_in_a_clause_with_two_gold_triggers_the_one_the_title_repeats_wins():
    found = [candidate("Police arrest man", 0, 40)]
    gold = [{"at": 5, "trigger": "fled"}, {"at": 20, "trigger": "arrested"}]

    assert match_events(found, gold)[0][1]["trigger"] == "arrested"


def test_a_gold_event_is_matched_at_most_once():
    found = [candidate("Police arrest man", 0, 40), candidate("Court jails man", 0, 40)]
    gold = [{"at": 20, "trigger": "arrested"}]

    assert len(match_events(found, gold)) == 1


def test_precision_by_trigger_counts_only_matches_whose_title_repeats_the_gold_trigger():
    found = [candidate("Police arrest man", 0, 20), candidate("Court hears case", 30, 60)]
    gold = {"events": [{"at": 7, "trigger": "arrested"}, {"at": 40, "trigger": "fled"}]}
    tally = Tally()

    score_article(gold, Analysis("", None, [], [], [], found), tally)

    figures = summarise(tally)
    assert (figures["event_precision"], figures["event_precision_by_trigger"]) == (1.0, 0.5)


def test_a_finer_date_is_right_for_a_coarser_gold():
    event = candidate("Police arrest man", 0, 1, date_start=dt.date(2019, 11, 18))

    assert date_right(replace(event, date_precision="day"), "2019-11")


def test_a_year_is_not_right_for_a_gold_day():
    event = candidate("Police arrest man", 0, 1, date_start=dt.date(2019, 1, 1))

    assert not date_right(replace(event, date_precision="year"), "2019-01-01")


def test_a_te3_platinum_gold_article_reads_its_text_and_date_from_the_tml_file(tmp_path):
    (tmp_path / "doc.tml").write_text(
        '<TimeML><DCT><TIMEX3 tid="t0" type="DATE" value="2013-03-22"'
        ' functionInDocument="CREATION_TIME">March 22, 2013</TIMEX3></DCT>'
        '<TEXT>Crews rebuilt the bridge <TIMEX3 tid="t1" type="DATE" value="2013-03-21">'
        "on Thursday</TIMEX3> &amp; reopened it.</TEXT></TimeML>",
        encoding="utf-8",
    )
    gold = {"id": "doc", "corpus": "te3-platinum", "file": "doc.tml"}

    text, published, from_gold = article_text(gold, {}, te3_dir=tmp_path)

    assert (text, published, from_gold) == (
        "Crews rebuilt the bridge on Thursday & reopened it.",
        dt.date(2013, 3, 22),
        False,
    )


def test_a_te3_platinum_gold_article_whose_file_is_absent_is_skipped(tmp_path):
    gold = {"id": "doc", "corpus": "te3-platinum", "file": "missing.tml"}

    assert article_text(gold, {}, te3_dir=tmp_path) is None


def test_a_timebank_gold_article_reads_its_text_from_the_timebank_folder(tmp_path):
    (tmp_path / "doc.tml").write_text(
        '<TimeML><DCT><TIMEX3 tid="t0" type="DATE" value="1998-02-27"'
        ' functionInDocument="CREATION_TIME">02/27/1998</TIMEX3></DCT>'
        '<TEXT>Ministers met <TIMEX3 tid="t1" type="DATE" value="1998-02-27">Friday'
        "</TIMEX3>.</TEXT></TimeML>",
        encoding="utf-8",
    )
    gold = {"id": "doc", "corpus": "timebank", "file": "doc.tml"}

    found = article_text(gold, {}, te3_dir=tmp_path / "elsewhere", timebank_dir=tmp_path)

    assert found == ("Ministers met Friday.", dt.date(1998, 2, 27), False)


def _timeml_batches() -> list[tuple[str, object, object, str]]:
    """(corpus, texts, gold directory, the split every file of it carries)."""
    from benchmarks.evaluation.realnews import (
        TE3_DIR,
        TE3_GOLD_DIR,
        TIMEBANK2_GOLD_DIR,
        TIMEBANK_DEV_GOLD_DIR,
        TIMEBANK_DIR,
        TIMEBANK_GOLD_DIR,
    )

    return [
        ("te3-platinum", TE3_DIR, TE3_GOLD_DIR, "test"),
        ("timebank", TIMEBANK_DIR, TIMEBANK_GOLD_DIR, "test"),
        ("timebank", TIMEBANK_DIR, TIMEBANK2_GOLD_DIR, "test"),
        ("timebank", TIMEBANK_DIR, TIMEBANK_DEV_GOLD_DIR, "dev"),
    ]


def _batch_id(value: object) -> str:
    return getattr(value, "name", str(value))


@pytest.mark.parametrize("corpus, texts, directory, split", _timeml_batches(), ids=_batch_id)
def test_every_timeml_gold_trigger_and_place_lies_at_its_offset_in_the_scored_text(
    corpus, texts, directory, split
):
    from benchmarks.evaluation.realnews import load_gold

    if not texts.exists():
        pytest.skip(f"{corpus} lives in ../shared/eval")
    for gold in load_gold(directory):
        text, published, _ = article_text(gold, {})
        assert published.isoformat() == gold["published"], gold["id"]
        for event in gold["events"]:
            assert text[event["at"] :].startswith(event["trigger"]), (gold["id"], event)
        for place in gold["places"]:
            assert text[place["start"] : place["end"]].strip(), (gold["id"], place)


CERTAINTIES = {"occurred", "ongoing", "planned", "expected", "speculated", "denied"}
PRECISION_OF_LENGTH = {4: "year", 7: "month", 10: "day"}


@pytest.mark.parametrize("corpus, texts, directory, split", _timeml_batches(), ids=_batch_id)
def test_every_timeml_gold_file_is_well_formed_and_of_its_batch_split(
    corpus, texts, directory, split
):
    from benchmarks.evaluation.realnews import load_gold

    golds = load_gold(directory)
    assert golds, directory
    for gold in golds:
        assert (gold["corpus"], gold["split"], gold["file"]) == (
            corpus,
            split,
            f"{gold['id']}.tml",
        )
        for event in gold["events"]:
            assert event["certainty"] in CERTAINTIES, (gold["id"], event)
            expected = PRECISION_OF_LENGTH.get(len(event["date"] or ""))
            assert event["precision"] == expected, (gold["id"], event)
            assert event["place"] is None or {"name", "lat", "lon"} <= set(event["place"])
        for place in gold["places"]:
            assert place["start"] < place["end"] and -90 <= place["lat"] <= 90, gold["id"]


def test_the_timebank_dev_batch_holds_no_document_of_a_blind_timebank_batch():
    from benchmarks.evaluation.realnews import (
        TIMEBANK2_GOLD_DIR,
        TIMEBANK_DEV_GOLD_DIR,
        TIMEBANK_GOLD_DIR,
    )

    blind = {p.name for d in (TIMEBANK_GOLD_DIR, TIMEBANK2_GOLD_DIR) for p in d.glob("*.json")}
    development = {path.name for path in TIMEBANK_DEV_GOLD_DIR.glob("*.json")}

    assert development and not development & blind


def test_the_scorer_reads_the_text_as_stored_and_moves_the_gold_offsets_with_it():
    raw = "Minnesota\u00e2\u20ac\u2122s House voted in St. Paul. Weâ re told it passed."
    gold = {
        "id": "g",
        "events": [{"at": raw.index("voted"), "trigger": "voted"}],
        "places": [{"start": raw.index("St. Paul"), "end": raw.index("St. Paul") + 8}],
        "dateline": None,
    }

    text, moved = as_stored(raw, gold)

    assert text == "Minnesota\u2019s House voted in St. Paul. We\u2019re told it passed."
    assert text[moved["events"][0]["at"] :].startswith("voted")
    place = moved["places"][0]
    assert text[place["start"] : place["end"]] == "St. Paul"
    assert gold["events"][0]["at"] == raw.index("voted")  # the gold itself is not changed


def test_a_text_with_nothing_to_mend_keeps_its_gold():
    gold = {"id": "g", "events": [], "places": []}

    assert as_stored("Nothing broken.", gold) == ("Nothing broken.", gold)
