"""The TempEval scorer writes our mentions as TimeML writes them before matching gold."""

import datetime

from benchmarks.evaluation.tempeval import as_timeml
from stories.extraction.times import find_times

PUBLISHED = datetime.date(1989, 10, 26)


def written(text: str) -> list[tuple[str, str | None]]:
    return [(m.text, m.value) for m in as_timeml(find_times(text, published=PUBLISHED))]


def test_a_closed_range_is_two_timexes_one_per_end():
    assert written("Shares were bought from Aug. 26 to Oct. 20 by the fund.") == [
        ("Aug. 26", "1989-08-26"),
        ("Oct. 20", "1989-10-20"),
    ]


def test_a_year_span_is_two_timexes():
    assert written("The expedition of 1957-58 crossed the ice.") == [
        ("1957", "1957"),
        ("58", "1958"),
    ]


def test_an_open_range_stays_one_timex():
    assert written("The offer runs through Friday.") == [("through Friday", "1989-10-27")]
