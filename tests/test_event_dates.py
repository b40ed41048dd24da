"""An undated event takes the time the article's narrative places it at.

Sentences are written for the tests; the story was published on Tuesday, 12 September 2023.
"""

import datetime

from stories.extraction.events.dates import date_from_narrative, event_date
from stories.extraction.mentions import EventCandidate
from stories.extraction.times import find_times
from tests.extracting import narrative_date

PUBLISHED = datetime.date(2023, 9, 12)


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
    event = events_of("Engineers from Norland Water will inspect the dam.")["inspect"]

    assert event.date_start is None


def test_until_the_article_names_a_time_its_past_is_the_publication_day(events_of):
    text = "The river rose.\n\nThe town grew.\n\nEngineers inspected the dam."

    event = events_of(text)["inspect"]

    assert (event.date_start, event.extra["date_from"]) == (PUBLISHED, "publication")


def test_a_bare_year_is_a_backdrop_the_narrative_has_not_moved_to(events_of):
    text = "The town was founded in 1850.\n\nThe town grew.\n\nEngineers inspected the dam."

    event = events_of(text)["inspect"]

    assert (event.date_start, event.extra["date_from"]) == (PUBLISHED, "publication")


def test_no_publication_date_means_no_inferred_day(events_of):
    event = events_of("Engineers inspected the dam near the city.", published=None)["inspect"]

    assert event.date_start is None


def test_a_narrative_date_says_where_it_came_from_in_the_provenance(events_of):
    text = "The storm flooded the valley on Saturday. Engineers inspected the dam."

    event = events_of(text)["inspect"]

    assert event.provenance["date"] == {"from": "paragraph", "text": "Saturday"}


def _narrative(
    text: str,
    clause: str,
    *,
    tense: str = "past",
    perfect: bool = False,
    trigger: str = "t",
    **stated,
):
    """date_from_narrative on one clause of `text`, with the times find_times sees in it;
    `stated` is the date the clause itself gave (date_start, date_precision, ...)."""
    return narrative_date(
        text,
        clause,
        published=PUBLISHED,
        tense=tense,
        trigger=trigger,
        extra={"past_perfect": perfect},
        **stated,
    )


def test_a_time_inside_the_clause_after_its_verb_dates_it():
    text = "Rain fell.\n\nWind blew.\n\nHe returned to manage the club in 2016."

    event = _narrative(text, "returned to manage the club in 2016")

    assert (event.date_start, event.extra["date_from"]) == (datetime.date(2016, 1, 1), "clause")


def test_a_reported_statement_takes_the_day_of_its_reporting_verb_told_after_it():
    text = "Rain fell.\n\nWind blew.\n\nWe fixed the fault, the minister said on Monday."

    event = _narrative(text, "We fixed the fault")

    assert (event.date_start, event.extra["date_from"]) == (datetime.date(2023, 9, 11), "sentence")


def test_a_past_clause_takes_no_time_after_it_that_lies_after_publication():
    text = "Rain fell.\n\nWind blew.\n\nShe arrived to attend a forum that will end on Friday."

    assert _narrative(text, "She arrived").extra["date_from"] != "sentence"


def test_a_day_of_the_story_carries_into_later_paragraphs():
    text = "The team won the final on Sunday.\n\nFans cheered.\n\nThe coach praised them."

    event = _narrative(text, "The coach praised them")

    assert (event.date_start, event.extra["date_from"]) == (datetime.date(2023, 9, 10), "story")


def test_a_bare_year_does_not_carry_through_the_story():
    text = "The club was founded in 2007.\n\nFans cheered.\n\nThe coach praised them."

    assert _narrative(text, "The coach praised them").date_start != datetime.date(2007, 1, 1)


def test_the_story_narrative_carries_an_earlier_week_into_later_paragraphs():
    text = "He was arrested last week.\n\nFans cheered.\n\nThe office referred the call."

    assert _narrative(text, "The office referred the call").date_precision == "week"


def test_the_story_narrative_carries_an_earlier_month_into_later_paragraphs():
    text = "He was arrested in April.\n\nFans cheered.\n\nThe office referred the call."

    event = _narrative(text, "The office referred the call")

    assert (event.date_start, event.date_precision) == (datetime.date(2023, 4, 1), "month")


def test_what_had_happened_before_takes_no_publication_day():
    text = "Rain fell on the city. The coach had praised them."

    assert _narrative(text, "The coach had praised them", perfect=True).date_start is None


def test_a_past_happening_never_takes_a_time_after_publication():
    text = "Rain fell.\n\nWind blew.\n\nThe session starts in early January. Teachers rallied."

    event = _narrative(text, "Teachers rallied")

    assert event.date_start is None or event.date_start <= PUBLISHED


def test_the_present_tense_is_the_publication_day_not_an_old_time_of_the_paragraph():
    text = "Rain fell.\n\nWind blew.\n\nTalks stalled in March 2021. The two sides negotiate."

    event = _narrative(text, "The two sides negotiate", tense="present")

    assert (event.date_start, event.extra["date_from"]) == (PUBLISHED, "publication")


def test_the_present_tense_takes_a_scheduled_day_after_publication():
    text = "Rain fell.\n\nWind blew.\n\nThe ceremony is due to be held next Tuesday."

    event = _narrative(text, "The ceremony is due", tense="present")

    assert event.date_start == datetime.date(2023, 9, 19)


def test_a_time_bounding_a_phrase_does_not_date_the_clause():
    text = "Rain fell.\n\nWind blew.\n\nThe Eagles snapped a streak dating to 2007."

    event = _narrative(text, "The Eagles snapped a streak dating to 2007")

    assert event.date_start != datetime.date(2007, 1, 1)


def test_the_end_of_a_year_is_its_december():
    [time] = [t for t in find_times("by the end of next year", published=PUBLISHED)]

    assert (event_date(time).start, event_date(time).precision) == (
        datetime.date(2024, 12, 1),
        "month",
    )


def test_late_in_a_year_stays_that_year():
    [time] = find_times("in late 2019", published=PUBLISHED)

    assert event_date(time).precision == "year"


def test_a_date_written_before_a_noun_dates_the_thing_not_the_clause():
    text = "Rain fell.\n\nHe was arrested in April for a March 21 phone call."

    dated = _narrative(
        text,
        "He was arrested in April for a March 21 phone call",
        trigger="arrest",
        date_start=datetime.date(2023, 3, 21),
        date_precision="day",
        date_text="March 21",
        provenance={"date": {"source": "clause", "text": "March 21"}},
    )

    assert (dated.date_start, dated.date_precision) == (datetime.date(2023, 4, 1), "month")


def test_an_event_noun_keeps_the_date_written_before_it():
    text = "Rain fell.\n\nThe 2020 presidential election was close."

    dated = _narrative(
        text,
        "The 2020 presidential election was close",
        trigger="election",
        date_start=datetime.date(2020, 1, 1),
        date_precision="year",
        date_text="2020",
        provenance={"date": {"source": "clause", "text": "2020"}},
    )

    assert dated.date_start == datetime.date(2020, 1, 1)


def test_a_date_of_a_thing_does_not_move_the_story_narrative():
    text = "The court ruled on Friday.\n\nThe result of the Aug. 8 vote stood.\n\nCrowds cheered."

    event = _narrative(text, "Crowds cheered")

    assert event.date_start == datetime.date(2023, 9, 8)


def test_a_placeholder_publication_year_never_overflows():
    text = "Rain fell.\n\nWind blew.\n\nThe two sides negotiate."
    start = text.index("The two")
    event = EventCandidate(
        title="t",
        summary="",
        quote="x",
        start=start,
        end=len(text),
        trigger="t",
        certainty="occurred",
    )

    [dated] = date_from_narrative(
        [event],
        text=text,
        times=[],
        sentences=[],
        published=datetime.date(1, 1, 1),
        tense_of=lambda _: "present",
    )

    assert dated.date_start is None


def test_a_year_told_after_the_paragraphs_day_does_not_move_its_narrative():
    text = (
        "Rain fell.\n\nWind blew.\n\nThe court ruled on Friday against a firm accused of "
        "dumping waste in 1988. The firm welcomed the ruling."
    )

    event = _narrative(text, "The firm welcomed the ruling")

    assert (event.date_start, event.extra["date_from"]) == (datetime.date(2023, 9, 8), "paragraph")


def test_a_records_since_is_no_time_of_the_paragraph():
    text = (
        "Rain fell.\n\nWind blew.\n\nThe party won the seat for the first time since 1993. "
        "Its rival lost the next seat."
    )

    assert _narrative(text, "Its rival lost the next seat").date_start != datetime.date(1993, 1, 1)


def test_the_date_of_a_thing_is_no_time_of_the_paragraph():
    text = (
        "Rain fell.\n\nWind blew.\n\nThe band played songs from the 1973 record. "
        "The singer came out for the encore."
    )

    event = _narrative(text, "The singer came out for the encore")

    assert event.date_start != datetime.date(1973, 1, 1)


def test_a_decade_starts_in_its_first_year():
    [time] = find_times("He lived there in the early 2000s.", published=PUBLISHED)

    assert event_date(time).start == datetime.date(2000, 1, 1)


def test_a_since_time_with_a_when_clause_is_the_paragraphs_day():
    text = (
        "Rain fell.\n\nWind blew.\n\nRoads were closed on Monday to towns cut off since "
        "Saturday, when the river rose. Bridges were swept away."
    )

    assert _narrative(text, "Bridges were swept away").date_start == datetime.date(2023, 9, 9)
