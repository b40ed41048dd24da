"""A happening a sentence counts its day from: "the eve of the summit" is the day before the
summit, "the third day of the strike" two days after the strike began.

Sentences are written for the tests; the story was published on Tuesday, 12 September 2023.
"""

import datetime

from stories.extraction.analysis import analyse_text
from stories.extraction.events.counted_days import counted_from_day
from stories.extraction.mentions import EventCandidate

PUBLISHED = datetime.date(2023, 9, 12)


def lent(text: str, trigger: str, day: datetime.date, date_text: str = "") -> EventCandidate:
    return EventCandidate(
        trigger=trigger,
        start=0,
        end=len(text),
        title=trigger,
        summary="",
        quote=text,
        certainty="occurred",
        date_start=day,
        date_precision="day",
        date_text=date_text,
        extra={"date_inferred": not date_text},
    )


def test_the_eve_of_a_happening_is_the_day_before_it():
    text = "Tonight is the eve of the queen's state visit to the islands."

    event = counted_from_day(lent(text, "visit", PUBLISHED), text)

    assert event.date_start == datetime.date(2023, 9, 13)


def test_the_nth_day_of_a_happening_counts_from_its_first_day():
    text = "It is the third day of a strike by the city's bus drivers."

    event = counted_from_day(lent(text, "strike", PUBLISHED, "the third day"), text)

    assert event.date_start == datetime.date(2023, 9, 10)


def test_a_date_of_its_own_is_not_moved():
    text = "Delegates gathered on the eve of the May 5 summit."

    event = counted_from_day(lent(text, "summit", datetime.date(2023, 5, 5), "May 5"), text)

    assert event.date_start == datetime.date(2023, 5, 5)


def test_an_article_counting_a_strike_dates_it_at_its_start():
    text = "It is the second day of a strike by dock workers in the port."

    events = analyse_text(text, published=PUBLISHED).events

    strikes = [e for e in events if e.trigger == "strike"]
    assert all(e.date_start != PUBLISHED for e in strikes)


def test_the_eve_of_a_happening_puts_it_ahead_of_the_telling():
    text = "Tonight is the eve of the queen's state visit to the islands."

    event = counted_from_day(lent(text, "visit", PUBLISHED), text, published=PUBLISHED)

    assert event.certainty == "planned"


def test_the_eve_of_a_happening_already_past_keeps_its_certainty():
    text = "Delegates gathered last week on the eve of the summit."
    week_before = PUBLISHED - datetime.timedelta(days=7)

    event = counted_from_day(lent(text, "summit", week_before), text, published=PUBLISHED)

    assert event.certainty == "occurred"
