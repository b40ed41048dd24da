"""A clause told at an age ("at the age of 9", "At 16, he …") of someone whose birth year the
paragraph told happened that many years after the birth.

The sentences here are written for the tests.
"""

import datetime

from stories.extraction.events.ages_told import age_told, birth_year_before


def test_an_age_of_phrase_is_read():
    text = "She broke her arm at the age of 12."

    assert age_told(0, len(text), text) == 12


def test_a_sentence_opening_age_is_read():
    text = "At 17, she moved to the capital."

    assert age_told(0, len(text), text) == 17


def test_a_number_after_at_that_is_no_age_is_not_read():
    text = "The shares closed at 16, down a point."

    assert age_told(0, len(text), text) is None


def test_the_birth_year_told_before_is_read():
    text = "The singer was born in a mining town in 1961. At 17, she moved to the capital."

    assert birth_year_before(text.index("At 17"), 0, text) == 1961


def test_a_year_without_a_birth_is_no_birth_year():
    text = "The singer moved to a mining town in 1961. At 17, she moved to the capital."

    assert birth_year_before(text.index("At 17"), 0, text) is None


def test_a_deed_told_at_an_age_takes_the_year_of_that_age(events_of):
    text = (
        "The painter was born to two teachers in a small port in 1948. He drew every day. "
        "At 19, he enrolled at an art school in the capital."
    )

    event = events_of(text, published=datetime.date(2019, 11, 15))["enrol"]

    assert (event.date_start, event.date_precision) == (datetime.date(1967, 1, 1), "year")


def test_a_deed_with_its_own_year_keeps_it(events_of):
    text = (
        "The painter was born to two teachers in a small port in 1948. "
        "At 19, he enrolled at an art school in the capital in 1968."
    )

    event = events_of(text, published=datetime.date(2019, 11, 15))["enrol"]

    assert event.date_start.year == 1968


def test_an_age_told_earlier_in_the_sentence_dates_the_deed(events_of):
    text = (
        "The painter was born to two teachers in a small port in 1948. He drew every day. "
        "After a long fever at the age of 8, he was sent to an aunt in the hills."
    )

    event = events_of(text, published=datetime.date(2019, 11, 15))["send"]

    assert (event.date_start, event.date_precision) == (datetime.date(1956, 1, 1), "year")


def test_an_age_told_of_a_relative_does_not_date_the_deed(events_of):
    text = (
        "The painter was born to two teachers in a small port in 1948. "
        "His mother fell ill at the age of 61 and left the port."
    )

    event = events_of(text, published=datetime.date(2019, 11, 15))["fall"]

    assert event.date_start != datetime.date(2009, 1, 1)


def test_an_age_in_a_relative_clause_of_a_relative_does_not_date_the_main_deed(events_of):
    text = (
        "The painter was born to two teachers in a small port in 1948. "
        "His brother, who married at the age of 20, opened a bakery in the port."
    )

    event = events_of(text, published=datetime.date(2019, 11, 15))["open"]

    assert event.date_start != datetime.date(1968, 1, 1)


def test_a_first_born_child_is_no_birth_year_of_the_subject():
    text = "The senator had her first-born son in 1990. At 40, she ran for office."

    assert birth_year_before(text.index("At 40"), 0, text) is None


def test_an_age_told_of_the_subjects_own_career_dates_the_deed(events_of):
    # "his career" is a thing of the subject's, not a relative: the age is still his.
    text = (
        "The painter was born to two teachers in a small port in 1948. "
        "His career began at the age of 16 in a print shop in the port."
    )

    event = events_of(text, published=datetime.date(2019, 11, 15))["begin"]

    assert (event.date_start, event.date_precision) == (datetime.date(1964, 1, 1), "year")
