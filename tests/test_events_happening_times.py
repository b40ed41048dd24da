"""A clause timed by a span measured from another happening takes no day from the narrative
(events.happening_times).

Short texts written for these tests, read whole.
"""

import datetime as dt

from stories.extraction.analysis import analyse_text

PUBLISHED = dt.date(2024, 3, 8)  # a Friday
OPENING = "The harbour board of Lakeport approved a new ferry contract on Thursday. "


def dates_of(text: str, trigger: str) -> list[dt.date | None]:
    events = analyse_text(text, published=PUBLISHED).events
    return [event.date_start for event in events if event.trigger == trigger]


def test_a_deed_a_counted_span_after_a_happening_takes_no_narrative_day():
    text = OPENING + "Twelve days after the ballot, county clerks certified the count."

    assert dates_of(text, "certify") == [None]


def test_a_deed_within_a_span_of_a_happening_takes_no_narrative_day():
    text = OPENING + (
        "Investigators told the board the pilot had been dismissed within a month of his hiring."
    )

    assert dates_of(text, "dismiss") == [None]


def test_a_deed_after_a_bare_counted_span_takes_no_narrative_day():
    text = OPENING + "The director studied law at Lakeport College. She quit after three years."

    assert dates_of(text, "quit") == [None]


def test_a_deed_on_a_happening_s_night_keeps_the_narrative_day():
    # An uncounted span named by its happening is often the story's own day.
    text = (
        "Voters in Lakeport chose a new mayor on Tuesday. "
        "On election night, the challenger thanked her supporters."
    )

    assert dates_of(text, "thank") == [dt.date(2024, 3, 5)]


def test_a_deed_a_span_after_a_happening_with_a_day_of_its_own_keeps_it():
    text = OPENING + "Twelve days after the ballot, on Wednesday, clerks certified the count."

    assert dates_of(text, "certify") == [dt.date(2024, 3, 6)]


def test_a_deed_in_the_days_following_a_happening_keeps_the_narrative_day():
    # Days "following" a happening run on from it: the narrative still stands there.
    text = (
        "The hiker went missing in the hills on Saturday, March 2. "
        "Rangers searched the ridges in the days following his disappearance."
    )

    assert dates_of(text, "search") == [dt.date(2024, 3, 2)]


def test_a_deed_minutes_after_a_happening_keeps_the_narrative_day():
    # A clock's span after a happening stays on its day.
    text = OPENING + "Minutes after the vote, the chairman resigned."

    assert dates_of(text, "resign") == [dt.date(2024, 3, 7)]


def test_a_span_of_a_happening_on_the_deed_s_object_leaves_the_deed_its_narrative_day():
    # The look-alike: the phrase tells which report, not when it was released.
    text = OPENING + "The coast guard released a report on the night of the storm."

    assert dates_of(text, "release") == [dt.date(2024, 3, 7)]


def test_a_deed_after_a_span_its_happening_filled_keeps_the_narrative_day():
    # The look-alike: "a week of talks" ends at the signing, not a week after a start.
    text = OPENING + "After a week of talks, the two unions signed a pact."

    assert dates_of(text, "sign") == [dt.date(2024, 3, 7)]


CAPTURE = "Soldiers confirmed the capture on Friday, Feb. 2 of the rebel commander Ali Voss. "


def test_a_deed_a_counted_span_after_a_dated_happening_takes_its_day_counted_on():
    # The referent's day is the capture's: the killing was sixteen days later, not that day.
    text = CAPTURE + "Guards killed Voss sixteen days after the capture, his family said."

    assert dates_of(text, "kill") == [dt.date(2024, 2, 18)]


def test_a_deed_weeks_after_a_dated_happening_takes_its_day_counted_on():
    text = CAPTURE + "The army freed his brother two weeks after the capture, his family said."

    assert dates_of(text, "free") == [dt.date(2024, 2, 16)]


def test_a_deed_within_a_span_of_a_dated_happening_stays_undated():
    # Any day of that week: the capture's own day would be a guess.
    text = CAPTURE + "Guards killed Voss within a week of the capture, his family said."

    assert dates_of(text, "kill") == [None]


def test_a_deed_within_a_day_of_a_happening_keeps_the_narrative_day():
    # Within a day of the shooting is that day or the next: the story's day stands.
    text = (
        "A gunman opened fire at a school in Lakeport on Thursday. "
        "Police arrested a suspect within a day of the shooting."
    )

    assert dates_of(text, "arrest") == [dt.date(2024, 3, 7)]


def test_a_deed_a_counted_span_after_a_calendar_day_takes_that_day_counted_on():
    # The time rules find "Feb. 12"; the clause is ten days after it.
    text = OPENING + "Ten days after Feb. 12, county clerks certified the count."

    assert dates_of(text, "certify") == [dt.date(2024, 2, 22)]


def test_a_deed_weeks_after_a_dated_happening_takes_its_day_counted_on_in_the_clause():
    # "the Feb. 2 ballot" dates the ballot; the deed was two weeks later.
    text = OPENING + "County clerks certified the count two weeks after the Feb. 2 ballot."

    assert dates_of(text, "certify") == [dt.date(2024, 2, 16)]


def test_a_deed_with_its_own_day_beside_a_span_after_a_calendar_day_keeps_its_own_day():
    text = OPENING + "On Wednesday, ten days after the Feb. 12 ballot, clerks certified the count."

    assert dates_of(text, "certify") == [dt.date(2024, 3, 6)]


def test_a_span_counted_past_the_calendar_s_last_year_dates_nothing_and_raises_nothing():
    text = OPENING + (
        "The pier flooded on Feb. 12. Engineers said the pier was rebuilt 900000 years after "
        "the Feb. 12 flood, and the harbour master resigned 90000000 days after the flood."
    )

    assert dates_of(text, "rebuild") in ([None], [])
    assert dates_of(text, "resign") in ([None], [])
