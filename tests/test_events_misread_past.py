"""A past tense the tagger reads as a participle (events.sites.misread_past), and a clause
set a counted number of days after or before its governor's day (events.counted_offsets).

Short sentences written for these tests.
"""

import datetime as dt

from stories.extraction.events.sites import find_sites, misread_past
from tests.test_events import events_of, nlp  # noqa: F401 (nlp is a fixture)


def test_a_participle_with_a_subject_after_a_conjunction_is_a_past_tense(nlp):  # noqa: F811
    doc = nlp("After the first trucks shipped, dealers began selling them across the region.")
    assert [t.text for t in doc if misread_past(t)] == ["shipped"]
    assert "ship" in [site.trigger for site in find_sites(doc)]


def test_a_participle_without_a_conjunction_stays_a_participle(nlp):  # noqa: F811
    doc = nlp("With every engine disabled for days, the ferry drifted.")
    assert not any(misread_past(t) for t in doc)


def test_two_days_after_counts_back_from_the_governors_day(nlp):  # noqa: F811
    text = "Crews were still clearing roads on Monday, two days after the storm hit Dunmore."
    dates = {e.trigger: e.date_start for e in events_of(nlp, text)}
    assert dates["clear"] == dt.date(2024, 3, 4)
    assert dates["hit"] == dt.date(2024, 3, 2)


def test_a_clause_after_without_a_count_keeps_its_sentences_day(nlp):  # noqa: F811
    text = "Crews were still clearing roads on Monday, after the storm hit Dunmore."
    dates = {e.trigger: e.date_start for e in events_of(nlp, text)}
    assert dates["hit"] == dt.date(2024, 3, 4)
