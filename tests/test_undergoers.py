"""One verb told of its doer acting on a thing, then of the thing alone ("the flood shut
three bridges … the bridges shut at noon"), is one happening (events.undergoers)."""

import datetime as dt
from dataclasses import replace

from stories.extraction.events.deduplication import deduplicate
from stories.extraction.events.undergoers import told_of_its_undergoer
from stories.extraction.mentions import EventCandidate

_DAY = {"date_start": dt.date(2024, 3, 8), "date_precision": "day"}


def _done(start: int, **changes) -> EventCandidate:
    base = EventCandidate(
        "Flood shuts three river bridges", "", "the flood shut three river bridges", start,
        start + 30, "shut", "occurred", extra={"kind": "verb"}, **_DAY,
    )  # fmt: skip
    return replace(base, **changes)


def _undergone(start: int, **changes) -> EventCandidate:
    base = EventCandidate(
        "Bridges shut", "", "the bridges shut before noon", start, start + 25, "shut",
        "occurred", extra={"kind": "verb"}, **_DAY,
    )  # fmt: skip
    return replace(base, **changes)


def test_the_thing_acted_on_told_later_as_the_subject_of_the_same_verb_is_one_happening():
    assert told_of_its_undergoer(_done(0), _undergone(300))
    assert deduplicate([_done(0), _undergone(300)]) == [_done(0)]


def test_the_thing_told_first_and_its_doer_after_is_one_happening_too():
    assert told_of_its_undergoer(_undergone(0), _done(300))


def test_a_subject_sharing_no_word_with_the_object_is_another_happening():
    roads = _undergone(300, title="Schools shut", quote="the schools shut before noon")
    assert not told_of_its_undergoer(_done(0), roads)


def test_another_day_is_another_happening():
    later = _undergone(300, date_start=dt.date(2024, 3, 20))
    assert not told_of_its_undergoer(_done(0), later)


def test_another_verb_is_no_retelling():
    opened = _undergone(300, title="Bridges reopen", quote="the bridges reopened", trigger="reopen")
    assert not told_of_its_undergoer(_done(0), opened)


def test_a_thing_brought_in_with_an_article_is_another_happening():
    other = _undergone(300, title="A bridge shut", quote="a bridge shut upstream")
    assert not told_of_its_undergoer(_done(0), other)


def test_two_tellings_each_with_an_object_are_not_this_rule():
    again = _done(300, title="Police shut three bridges", quote="police shut three bridges")
    assert not told_of_its_undergoer(_done(0), again)


def test_a_prospect_and_a_deed_are_two():
    ahead = _undergone(300, certainty="planned")
    assert not told_of_its_undergoer(_done(0), ahead)


def test_a_sort_of_thing_the_acting_telling_never_says_is_another_thing():
    rail = _undergone(300, title="Rail bridges shut", quote="the rail bridges shut")
    river = _undergone(300, title="River bridges shut", quote="the river bridges shut")
    assert told_of_its_undergoer(_done(0), river)
    assert not told_of_its_undergoer(_done(0), rail)


def test_a_verb_carrying_an_event_noun_is_left_to_the_noun_rules():
    took = _done(
        0, title="Board takes decision", quote="the board took the decision", trigger="take"
    )
    taken = _undergone(300, title="Decision taken", quote="the decision was taken", trigger="take")
    assert not told_of_its_undergoer(took, taken)


def _seen(start: int, title: str, quote: str) -> EventCandidate:
    return replace(_done(start), title=title, quote=quote, trigger="find")


def test_an_irregular_participle_in_a_passive_title_is_the_verb_told_of_its_undergoer():
    found = _seen(0, "Wreckage found", "the wreckage was found at dawn")
    finder = _seen(300, "Hiker finds wreckage", "a hiker's dog found the wreckage")
    assert told_of_its_undergoer(found, finder)
    assert deduplicate([found, finder]) == [found]


def test_an_irregular_participle_of_another_thing_stays_another_happening():
    found = _seen(0, "Wallet found", "the wallet was found at dawn")
    finder = _seen(300, "Hiker finds wreckage", "a hiker's dog found the wreckage")
    assert not told_of_its_undergoer(found, finder)
