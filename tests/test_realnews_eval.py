"""The real-news yardstick's matching and date rules (benchmarks/evaluation/realnews.py)."""

import datetime as dt
from dataclasses import replace

from benchmarks.evaluation.realnews import date_right, match_events
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


def test_a_finer_date_is_right_for_a_coarser_gold():
    event = candidate("Police arrest man", 0, 1, date_start=dt.date(2019, 11, 18))

    assert date_right(replace(event, date_precision="day"), "2019-11")


def test_a_year_is_not_right_for_a_gold_day():
    event = candidate("Police arrest man", 0, 1, date_start=dt.date(2019, 1, 1))

    assert not date_right(replace(event, date_precision="year"), "2019-01-01")
