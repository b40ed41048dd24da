"""Where the narrative stands when a story has named no time for a past deed yet.

Sentences are written for the tests; the story was published on Tuesday, 12 September 2023.
"""

import datetime

PUBLISHED = datetime.date(2023, 9, 12)


def test_an_untold_past_deed_is_the_news_of_the_recent_day_named_next(events_of):
    text = (
        "Ann Lee opened a shelter for stray dogs in the old mill.\n\n"
        "The shelter will take in forty dogs, Lee told reporters on Monday."
    )

    event = events_of(text)["open"]

    assert (event.date_start, event.extra["date_from"]) == (datetime.date(2023, 9, 11), "next")


def test_a_date_written_before_a_noun_does_not_move_the_narrative(events_of):
    text = (
        "The doctors wrote to the agency.\n\n"
        "They asked for a reply.\n\n"
        "In a May 5 letter, the doctors pleaded with the agency to let them vaccinate detainees."
        "\n\nThe agency rejected the offer."
    )

    event = events_of(text)["reject"]

    assert (event.date_start, event.extra["date_from"]) == (PUBLISHED, "publication")


def test_a_present_after_a_past_time_opening_its_sentence_is_historic(events_of):
    text = (
        "The clinic reopened on Friday.\n\n"
        "Just last month, a guard is killed when a bomb explodes at another clinic."
    )

    event = events_of(text)["kill"]

    assert (event.date_start, event.date_precision) == (datetime.date(2023, 8, 1), "month")


def test_a_time_in_an_aside_does_not_move_the_narrative(events_of):
    text = (
        "It has been a hard year for the bakery chain Crumbs.\n\n"
        "A broker lately cut his rating on Crumbs stock, which closed Friday at $12.50.\n\n"
        "As forecast, Crumbs reported lower quarterly sales."
    )

    event = events_of(text)["report"]

    assert (event.date_start, event.extra["date_from"]) == (PUBLISHED, "publication")


def test_a_time_that_moves_the_narrative_still_dates_the_deed_after_it(events_of):
    text = (
        "It has been a hard year for the bakery chain Crumbs.\n\n"
        "A broker cut his rating on Crumbs stock on Friday.\n\n"
        "As forecast, Crumbs reported lower quarterly sales."
    )

    event = events_of(text)["report"]

    assert event.date_start == datetime.date(2023, 9, 8)


def test_a_time_in_an_aside_followed_by_when_moves_the_narrative(events_of):
    text = (
        "Firefighters in Dunmore were honoured at a ceremony on Friday.\n\n"
        "One award went to diver Ana Ruiz, whose unit responded June 4 when a van sank in a "
        "canal. Ruiz rescued the driver."
    )

    event = events_of(text)["rescue"]

    assert event.date_start == datetime.date(2023, 6, 4)
