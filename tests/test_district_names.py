"""An ethnic quarter named after a far country ("Little Italy", "Little Havana") is read whole,
and placed in the story's town, not in the country it is named after (extraction.district_names).

Sentences written for these tests.
"""

import datetime as dt

from benchmarks.evaluation.recognition import found_spans
from stories.extraction.analysis import analyse_text
from stories.geocoding.defaults import get_gazetteer


def _places(text: str) -> dict[str, tuple[str, float | None]]:
    analysis = analyse_text(text, published=dt.date(2021, 3, 2))
    return {p.text: (p.country_code, p.longitude) for p in analysis.places}


def test_little_and_a_country_is_one_district_name():
    text = "CLEVELAND — A fire in Little Italy destroyed a bakery, Cleveland firefighters said."
    assert "Little Italy" in _places(text)


def test_a_quarter_named_after_a_country_is_placed_in_the_storys_town():
    text = "CLEVELAND — A fire in Little Italy destroyed a bakery, Cleveland firefighters said."
    country, longitude = _places(text)["Little Italy"]
    assert country == "US"
    assert round(longitude) == -82


def test_the_recogniser_benchmark_reads_the_whole_quarter_name():
    text = "Police said the man was found in Little Havana in Miami on Monday."
    start = text.index("Little")
    assert (start, start + len("Little Havana")) in found_spans(text, get_gazetteer())


def test_a_town_named_little_is_left_as_it_is():
    text = "Storms hit Little Rock and Memphis on Monday."
    assert "Little Rock" in _places(text)
