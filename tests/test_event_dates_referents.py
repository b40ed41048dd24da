"""A past deed told about a happening the story dated before takes that happening's time; a
past deed told after only prospects have been named is still the reporter's now.

Sentences are written for the tests; the story was published on Tuesday, 12 September 2023.
"""

import datetime

PUBLISHED = datetime.date(2023, 9, 12)


def test_a_deed_on_a_happening_named_with_its_date_before_takes_that_date(events_of):
    text = (
        "A Corlin man was charged on Friday over a June 3 raid on the Tessel museum.\n\n"
        "The museum's director reported the raid to the city police."
    )

    event = events_of(text)["report"]

    assert (event.date_start, event.extra["date_from"]) == (datetime.date(2023, 6, 3), "referent")


def test_a_happening_dated_by_a_phrase_after_its_noun_dates_a_later_deed_on_it(events_of):
    text = (
        "Relatives of Ivo Marant last heard from him before his arrest on March 14, 2021. "
        "A rights group said on Monday that it would sue the prison. "
        "The group's lawyer said Marant had died in custody within days of his arrest."
    )

    event = events_of(text)["die"]

    assert (event.date_start, event.extra["date_from"]) == (datetime.date(2021, 3, 14), "referent")


def test_the_last_of_a_kind_is_another_one_not_the_one_dated_before(events_of):
    text = (
        "Ana Brel won Wednesday's debate in Harlow, her aides said on Monday.\n\n"
        "Brel lost the last debate to Tomas Varga."
    )

    event = events_of(text)["lose"]

    assert (event.date_start, event.extra["date_from"]) == (datetime.date(2023, 9, 11), "story")


def test_a_deed_told_before_the_dated_happening_does_not_take_its_day(events_of):
    text = (
        "Ana Brel won Wednesday's debate in Harlow, her aides said on Monday.\n\n"
        "Brel visited three towns before the debate."
    )

    event = events_of(text)["visit"]

    assert event.extra.get("date_from") != "referent"
