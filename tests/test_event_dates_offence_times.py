"""A month or year written right after the crime a step of a case is about ("pleaded no contest
… for the baby's death in November 2007") dates the crime, not the plea, nor the steps the
story tells after it.

Sentences are written for the tests; the story was published on Monday, 23 March 2009.
"""

import datetime

from stories.extraction.events.offence_times import dates_the_crime
from tests.extracting import event_candidate, event_of

PUBLISHED = datetime.date(2009, 3, 23)
STORY = (
    "Lakeview man gets 15 years for killing baby.\n\n"
    "A Lakeview man cut a plea deal minutes before a jury was to be selected. "
    "Tom Reed, 20, pleaded no contest to second-degree murder for the baby's death in November "
    "2007. Reed was alone with the baby when the boy stopped breathing.\n\n"
    "Circuit Judge Mary Cole sentenced Reed to 15 years in prison."
)


def test_a_month_after_the_crime_of_a_plea_dates_the_crime():
    text = "He pleaded no contest to murder for the baby's death in November 2007."
    plea = event_candidate(text, "He pleaded no contest", trigger="plead")

    assert dates_the_crime(text.index("November"), "month", plea, text)


def test_a_day_after_the_crime_may_be_the_step_s():
    text = "He was arrested for the robbery on Friday."
    arrest = event_candidate(text, "He was arrested", trigger="arrest")

    assert not dates_the_crime(text.index("Friday"), "day", arrest, text)


def test_a_time_after_the_crime_still_dates_a_deed_that_is_no_step():
    text = "He died in a crash in 2007."
    death = event_candidate(text, "He died", trigger="die")

    assert not dates_the_crime(text.index("2007"), "year", death, text)


def test_the_plea_takes_no_date_from_the_crime():
    plea = event_of(STORY, "plead", PUBLISHED)

    assert plea.date_start == PUBLISHED


def test_the_sentence_told_later_takes_no_date_from_the_crime():
    sentencing = event_of(STORY, "sentence", PUBLISHED)

    assert sentencing.date_start == PUBLISHED


def test_a_month_after_a_bare_charge_name_dates_the_charge():
    text = "Jones was charged with theft in March, police said."
    charge = event_candidate(text, "Jones was charged", trigger="charge")

    assert not dates_the_crime(text.index("March"), "month", charge, text)


def test_a_month_after_a_bare_plea_offence_dates_the_plea():
    text = "The former mayor pleaded guilty to fraud in February."
    plea = event_candidate(text, "The former mayor pleaded", trigger="plead")

    assert not dates_the_crime(text.index("February"), "month", plea, text)


def test_a_charge_told_with_its_own_year_keeps_that_year():
    text = "Lee was arrested in 2008 and charged with fraud in 2009."
    charge = event_of(text, "charge", datetime.date(2011, 3, 23))

    assert charge.date_start == datetime.date(2009, 1, 1)


def test_the_crime_nearest_the_time_is_read_past_a_count_before_it():
    text = "He pleaded guilty to a count of manslaughter for the death in 2007."
    plea = event_candidate(text, "He pleaded guilty", trigger="plead")

    assert dates_the_crime(text.index("2007"), "year", plea, text)


def test_a_month_after_a_deed_told_by_a_gerund_dates_the_deed():
    text = "He pleaded guilty to killing his girlfriend in May 2008."
    plea = event_candidate(text, "He pleaded guilty", trigger="plead")

    assert dates_the_crime(text.index("May"), "month", plea, text)


def test_a_plea_to_a_deed_told_by_a_gerund_takes_no_date_from_the_deed():
    text = "A Dunbar man pleaded guilty to killing his girlfriend in May 2008. He faces life."
    plea = event_of(text, "plead", PUBLISHED)

    assert plea.date_start == PUBLISHED


def test_a_month_before_the_gerund_is_the_plea_s_own():
    text = "He pleaded guilty in February to killing his girlfriend."
    plea = event_candidate(text, "He pleaded guilty", trigger="plead")

    assert not dates_the_crime(text.index("February"), "month", plea, text)


def test_a_month_after_the_court_of_the_plea_is_the_plea_s_own():
    text = "He pleaded guilty to stealing cars in federal court in March."
    plea = event_candidate(text, "He pleaded guilty", trigger="plead")

    assert not dates_the_crime(text.index("March"), "month", plea, text)
