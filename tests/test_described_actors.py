"""One deed told of a named doer and of the same doer described ("the two ministers"), with
the same verb and object, on one day, is one happening (events.described_actors)."""

import datetime as dt
from dataclasses import replace

from stories.extraction.events.described_actors import told_of_described_actor
from stories.extraction.mentions import EventCandidate

_DAY = {"date_start": dt.date(2024, 3, 8), "date_precision": "day"}


def _named(start: int, **changes) -> EventCandidate:
    base = EventCandidate(
        "Ana Vell and Oto Marr sign water accord", "", "Ana Vell and Oto Marr signed a water "
        "accord Friday", start, start + 40, "sign", "occurred", people=("Ana Vell", "Oto Marr"),
        extra={"kind": "verb"}, **_DAY,
    )  # fmt: skip
    return replace(base, **changes)


def _described(start: int, **changes) -> EventCandidate:
    base = EventCandidate(
        "Two ministers sign accord", "", "the two ministers signed the accord on Friday", start,
        start + 40, "sign", "occurred", extra={"kind": "verb"}, **_DAY,
    )  # fmt: skip
    return replace(base, **changes)


def test_a_described_doer_doing_the_named_doers_deed_on_its_day_is_one_happening():
    assert told_of_described_actor(_named(0), _described(400))
    assert told_of_described_actor(_described(0), _named(400))


def test_another_object_is_another_happening():
    other = _described(400, title="Two ministers sign treaty", quote="the two signed a treaty")
    assert not told_of_described_actor(_named(0), other)


def test_another_day_is_another_happening():
    later = _described(400, date_start=dt.date(2024, 4, 2))
    assert not told_of_described_actor(_named(0), later)


def test_a_doer_brought_in_with_an_article_is_another_doer():
    new = _described(400, title="Two ministers sign accord", quote="two other ministers signed")
    assert not told_of_described_actor(_named(0), replace(new, quote="a minister signed"))


def test_two_named_doers_are_the_identity_rules_question():
    assert not told_of_described_actor(_named(0), _named(400, people=("Ida Kern",)))


def test_a_bare_plural_doer_is_not_a_description_of_the_named_one():
    bare = _described(400, quote="ministers signed the accord on Friday")
    assert not told_of_described_actor(_named(0), bare)


def test_two_counts_of_what_was_done_are_two_happenings():
    one = _named(0, title="Ana Vell signs 12 accords", quote="Ana Vell signed 12 accords")
    other = _described(400, title="Two ministers sign 3 accords", quote="the two signed 3 accords")
    assert not told_of_described_actor(one, other)


def test_a_description_with_its_day_before_the_verb_still_refers_back():
    dated = _described(400, quote="the two ministers on Friday signed the accord")
    assert told_of_described_actor(_named(0), dated)


def test_a_description_by_another_office_than_the_named_doers_is_another_doer():
    titled = _named(0, quote="Presidents Ana Vell and Oto Marr signed a water accord Friday")
    governor = _described(400, quote="the governor signed the accord on Friday")
    ministers = _described(400, quote="the two foreign ministers signed the accord on Friday")
    assert not told_of_described_actor(titled, governor)
    assert not told_of_described_actor(titled, ministers)


def test_a_description_by_the_named_doers_own_office_or_a_general_word_still_refers_back():
    titled = _named(0, quote="Presidents Ana Vell and Oto Marr signed a water accord Friday")
    assert told_of_described_actor(titled, _described(400, quote="the two presidents signed"))
    assert told_of_described_actor(titled, _described(400, quote="the two leaders signed"))


def _won(start: int, title: str, quote: str) -> EventCandidate:
    return replace(_named(start), title=title, quote=quote, trigger="win", people=())


_WINNERS = _named(
    0, title="Ana Vell and Oto Marr win water prize", trigger="win",
    quote="Ana Vell and Oto Marr won the water prize Friday",
)  # fmt: skip


def test_a_described_doer_of_an_irregular_past_is_read_before_that_verb():
    described = _won(400, "Two ministers win prize", "the two ministers won the prize in a town")
    assert told_of_described_actor(_WINNERS, described)


def test_a_doer_of_an_irregular_past_brought_in_with_an_article_is_another_doer():
    other = _won(400, "Ministers win prize", "a minister and the aides won the prize in the town")
    assert not told_of_described_actor(_WINNERS, other)
