"""Times that belong to someone else's words or to a thing do not date the reporter's clause.

Sentences are written for the tests; the story was published on Tuesday, 12 September 2023.
"""

import datetime

from stories.extraction.events.dates import EventDate
from stories.extraction.events.quoted_times import heard_by
from stories.extraction.events.time_owners import in_other_clause
from stories.extraction.mentions import EventCandidate
from stories.extraction.times import find_times
from tests.extracting import narrative_date

PUBLISHED = datetime.date(2023, 9, 12)


def _narrative(text: str, clause: str) -> EventCandidate:
    """date_from_narrative on one past clause of `text`, with the times find_times sees."""
    return narrative_date(text, clause, published=PUBLISHED, extra={"past_perfect": False})


def test_a_speakers_today_is_no_point_the_story_stands_on():
    text = (
        "A storm struck Elmvale on Sunday.\n\n"
        '"The crews were heroes today," the mayor of Elmvale said.\n\n'
        "Rain flooded the old mill.\n\n"
        "A tree fell on the library."
    )

    event = _narrative(text, "A tree fell on the library")

    assert (event.date_start, event.extra["date_from"]) == (datetime.date(2023, 9, 10), "story")


def test_a_time_in_a_quotation_does_not_date_the_saying_around_it():
    text = (
        "A storm struck Elmvale on Sunday.\n\n"
        "Rain flooded the old mill.\n\n"
        '"Today\'s meeting is over," the mayor said after the session.'
    )

    event = _narrative(text, "the mayor said after the session")

    assert event.extra["date_from"] != "sentence"


def test_a_clause_inside_a_quotation_hears_its_speakers_times():
    text = '"We met them today and we signed the deal," the mayor said.'
    times = find_times(text, published=PUBLISHED)
    quotes = [(0, text.index(",\u0022") + 2)]

    assert heard_by(times, text.index("we signed"), quotes) == times
    assert heard_by(times, text.index("the mayor"), quotes) == []


def test_a_quarter_written_before_a_noun_does_not_date_a_later_clause_of_its_sentence():
    text = "Norland Steel reported third-quarter earnings that beat forecasts, sending shares up."

    event = _narrative(text, "sending shares up")

    assert (event.date_start, event.extra["date_from"]) == (PUBLISHED, "publication")


def test_a_time_in_a_clause_on_a_person_after_the_event_is_that_persons():
    text = "Police arrested the driver who fled in August."
    relative = (text.index("who"), text.index("."))

    assert in_other_clause(relative, 0, text.index(" who"), "arrest", text)


def test_a_restrictive_clause_on_a_thing_after_the_event_may_still_set_its_scene():
    text = "She won a race that was called on Monday."
    relative = (text.index("that"), text.index("."))

    assert not in_other_clause(relative, 0, text.index(" that"), "win", text)


def test_a_past_clause_stands_at_the_reporters_now_while_only_coming_days_are_named():
    text = (
        "The summit of Norland and Sudland will open next Friday.\n\n"
        "Rain fell on the capital.\n\n"
        "The minister called on the rebels to lay down their arms."
    )

    event = _narrative(text, "The minister called on the rebels")

    assert (event.date_start, event.extra["date_from"]) == (PUBLISHED, "publication")


def _speech(kind: str) -> EventCandidate:
    return EventCandidate(
        title="t",
        summary="",
        quote="q",
        start=0,
        end=1,
        trigger="deny",
        certainty="occurred",
        extra={"kind": kind},
    )


def _within_a_week(date: EventDate) -> bool:
    return (date.end or date.start) >= PUBLISHED - datetime.timedelta(days=7)
