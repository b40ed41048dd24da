"""The reporter's now is the recent day the lead reports: what a story tells in the present
tense without a time is told as of that day, not of the later day the paper came out.

Sentences are written for the tests; the story was published on Wednesday, 13 September 2023.
"""

import datetime

from tests.extracting import event_of

PUBLISHED = datetime.date(2023, 9, 13)


def test_a_present_happening_takes_the_recent_day_the_lead_reports():
    text = (
        "Harwick County commissioners on Monday approved a new tax on quarry trucks.\n\n"
        "The act creates three new parks in the county."
    )

    event = event_of(text, "creat", PUBLISHED)

    assert (event.date_start, event.extra["date_from"]) == (datetime.date(2023, 9, 11), "lead")


def test_a_present_happening_stays_at_publication_when_the_lead_names_no_day():
    text = (
        "Harwick County commissioners approved a new tax on quarry trucks.\n\n"
        "The act creates three new parks in the county."
    )

    event = event_of(text, "creat", PUBLISHED)

    assert (event.date_start, event.extra["date_from"]) == (PUBLISHED, "publication")


def test_a_lead_day_weeks_old_does_not_move_the_reporters_now():
    text = (
        "Harwick County commissioners on Aug. 7 approved a new tax on quarry trucks.\n\n"
        "The act creates three new parks in the county."
    )

    event = event_of(text, "creat", PUBLISHED)

    assert (event.date_start, event.extra["date_from"]) == (PUBLISHED, "publication")
