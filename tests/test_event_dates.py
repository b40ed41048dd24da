"""An undated event takes the time the article's narrative places it at.

Sentences are written for the tests; the story was published on Tuesday, 12 September 2023.
"""

import datetime

import pytest

from stories.extraction.analysis import analyse_text

PUBLISHED = datetime.date(2023, 9, 12)


@pytest.fixture(scope="module")
def events_of():
    def run(text: str, published: datetime.date | None = PUBLISHED):
        return {e.trigger: e for e in analyse_text(text, published=published).events}

    return run


def test_an_undated_clause_takes_the_time_of_its_paragraph(events_of):
    text = (
        "Rescuers reached the village on Sunday.\n\n"
        "The storm flooded the valley on Saturday. Engineers inspected the dam."
    )

    event = events_of(text)["inspect"]

    assert (event.date_start, event.extra["date_from"]) == (datetime.date(2023, 9, 9), "paragraph")


def test_the_lead_reports_the_publication_day(events_of):
    event = events_of("Engineers inspected the dam near the city.")["inspect"]

    assert (event.date_start, event.date_precision) == (PUBLISHED, "day")
    assert event.extra == {**event.extra, "date_inferred": True, "date_from": "publication"}


def test_a_plan_without_a_date_stays_undated(events_of):
    event = events_of("Engineers will inspect the dam near the city.")["inspect"]

    assert event.date_start is None


def test_an_undated_clause_beyond_the_lead_with_no_time_before_it_stays_undated(events_of):
    text = "The river rose.\n\nThe town grew.\n\nEngineers inspected the dam."

    assert events_of(text)["inspect"].date_start is None


def test_no_publication_date_means_no_inferred_day(events_of):
    event = events_of("Engineers inspected the dam near the city.", published=None)["inspect"]

    assert event.date_start is None


def test_a_narrative_date_says_where_it_came_from_in_the_provenance(events_of):
    text = "The storm flooded the valley on Saturday. Engineers inspected the dam."

    event = events_of(text)["inspect"]

    assert event.provenance["date"] == {"from": "paragraph", "text": "Saturday"}
