"""A time told in a later "then" clause joined to a clause ("lost, then won the seat back last
fall") dates that later clause, not the first.

Sentences are written for the tests; the story was published on Monday, 23 March 2009.
"""

import datetime

from stories.extraction.events.later_conjuncts import in_later_conjunct
from tests.extracting import event_candidate, narrative_date

PUBLISHED = datetime.date(2009, 3, 23)
TEXT = (
    "The violations happened during his 2002 campaign for the commission. "
    "He lost to a former commissioner, then won the seat back last fall."
)


def test_a_time_after_then_is_in_the_later_conjunct():
    event = event_candidate(
        TEXT, "He lost to a former commissioner, then won the seat back last fall", trigger="lose"
    )

    assert in_later_conjunct(TEXT.index("last fall"), event, TEXT)


def test_the_later_conjunct_s_own_time_is_its_own():
    event = event_candidate(TEXT, "then won the seat back last fall", trigger="win")

    assert not in_later_conjunct(TEXT.index("last fall"), event, TEXT)


def test_a_time_before_then_is_the_clause_s_own():
    text = "He lost the seat in 2002, then won it back last fall."
    event = event_candidate(text, "He lost the seat in 2002", trigger="lose")

    assert not in_later_conjunct(text.index("2002"), event, text)


def test_the_first_conjunct_does_not_take_the_later_one_s_time():
    clause = "He lost to a former commissioner, then won the seat back last fall"

    dated = narrative_date(TEXT, clause, published=PUBLISHED, trigger="lose")

    assert dated.date_start != datetime.date(2008, 9, 1) and dated.date_text != "last fall"
