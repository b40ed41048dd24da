"""The story's own days start at its lead's date when the lead reports a happening dated before
publication (last month's figures): what the lead reports is the main line, not background.
A lead dated long before opens with history and moves nothing.

Short sentences written for these tests (published on Wednesday 6 March 2024).
"""

import re

from stories.extraction.events import extract_events
from stories.extraction.times import TimeMention
from tests.test_events import PUBLISHED, nlp  # noqa: F401 (nlp is a fixture)

# Time phrases these stories use, as the time recognizer would read them on 6 March 2024.
TIMES = {
    "last month": ("2024-02", "month"),
    "on Monday": ("2024-03-04", "day"),
    "in March 2009": ("2009-03", "month"),
    "in May 2009": ("2009-05", "month"),
}


def _flags(nlp, text: str) -> dict[str, bool]:  # noqa: F811
    times = []
    for phrase, (value, precision) in TIMES.items():
        for match in re.finditer(rf"\b{re.escape(phrase)}\b", text):
            words = phrase.removeprefix("in ").removeprefix("on ")
            begin = match.end() - len(words)
            times.append(TimeMention(words, begin, match.end(), "DATE", value, precision))
    times.sort(key=lambda m: m.start)
    events = extract_events(nlp(text), times=times, places=[], people=[], published=PUBLISHED)
    return {e.trigger: e.background for e in events}


def test_a_month_reported_by_the_lead_is_the_story_s_own_time(nlp):  # noqa: F811
    text = (
        "Bicycle sales dropped 12 percent last month. "
        "Scooter rentals climbed sharply last month, the dealers' group said."
    )

    flags = _flags(nlp, text)

    assert flags["drop"] is False
    assert flags["climb"] is False


def test_last_month_is_background_when_the_lead_reports_this_week(nlp):  # noqa: F811
    text = (
        "Bicycle sales dropped 12 percent on Monday. "
        "Dealers blamed the wet weather. "
        "Scooter rentals climbed sharply last month, the dealers' group said."
    )

    assert _flags(nlp, text)["climb"] is True


def test_a_lead_opening_with_history_leaves_later_history_background(nlp):  # noqa: F811
    text = "A young baker opened a shop in March 2009. She sold the shop in May 2009."

    flags = _flags(nlp, text)

    assert flags["open"] is True
    assert flags["sell"] is True
