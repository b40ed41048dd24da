"""A party weighing a deed is news of its own: "the board is considering selling the unit".

Sentences are written for the tests; the story was published on Tuesday, 12 September 2023.
"""

import datetime

from stories.extraction.analysis import analyse_text

PUBLISHED = datetime.date(2023, 9, 12)


def _triggers(text: str) -> dict[str, str]:
    return {e.trigger: e.certainty for e in analyse_text(text, published=PUBLISHED).events}


def test_a_party_considering_a_deed_reports_the_weighing_under_way():
    text = "BRIGHTPORT -- Councillors are considering closing the harbour bridge to lorries."

    assert _triggers(text).get("consider") == "ongoing"


def test_considering_someone_something_is_an_opinion_not_an_event():
    text = "BRIGHTPORT -- City councillors consider the old harbour bridge a landmark."

    assert "consider" not in _triggers(text)
