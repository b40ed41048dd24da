"""A deed told by its verb and named again by a noun of that verb is one happening
(events.identity.named_as_deed, events.deed_nouns)."""

import datetime as dt
from dataclasses import replace

from stories.extraction.events.deduplication import deduplicate
from stories.extraction.events.deed_nouns import derives_from
from stories.extraction.mentions import EventCandidate

_DATED = {"date": {"source": "clause", "text": "May 4"}}
_MAY_4 = {"date_start": dt.date(2024, 5, 4), "date_precision": "day", "provenance": _DATED}


def _raid(start: int, **changes) -> EventCandidate:
    base = EventCandidate(
        "Gunmen raid Orlan Mill", "", "gunmen raided the Orlan Mill", start, start + 8, "raid",
        "occurred", extra={"kind": "verb"},
    )  # fmt: skip
    return replace(base, **changes)


def _naming(start: int, **changes) -> EventCandidate:
    base = EventCandidate(
        "Raid on Orlan Mill", "", "the raid on the Orlan Mill", start, start + 8, "raid",
        "occurred", extra={"kind": "noun"},
    )  # fmt: skip
    return replace(base, **changes)


def test_a_noun_derives_from_the_verb_whose_opening_it_shares():
    assert derives_from("invasion", "invade") and derives_from("robbery", "rob")
    assert not derives_from("bombing", "invade")


def test_a_later_naming_of_the_deed_that_shares_its_name_is_the_deed():
    deed = _raid(0, **_MAY_4)
    assert deduplicate([deed, _naming(200)]) == [deed]


def test_the_telling_with_its_own_date_stays_when_the_naming_comes_first():
    deed = _raid(200, **_MAY_4)
    assert [e.start for e in deduplicate([_naming(0), deed])] == [200]


def test_a_naming_on_another_stated_day_is_another_happening():
    june = {**_MAY_4, "date_start": dt.date(2024, 6, 9)}
    assert len(deduplicate([_raid(0, **_MAY_4), _naming(200, **june)])) == 2


def test_a_naming_brought_in_with_an_article_is_another_happening():
    another = _naming(200, quote="a raid on the Orlan Mill")
    assert len(deduplicate([_raid(0, **_MAY_4), another])) == 2


def test_a_naming_with_names_of_its_own_is_another_happening():
    other = _naming(200, title="Raid on Vesk Farm", quote="the raid on the Vesk Farm")
    assert len(deduplicate([_raid(0, **_MAY_4), other])) == 2
