"""Which time dates an event: a present perfect reaches the now; an aside moves no narrative.

Sentences are written for the tests; the story was published on Tuesday, 12 September 2023.
"""

import datetime
from dataclasses import replace

from stories.extraction.events.time_owners import (
    continuative,
    in_relative_aside,
    too_early_for_perfect,
)
from stories.extraction.times import find_times
from tests.extracting import narrative_date

PUBLISHED = datetime.date(2023, 9, 12)


def _dated(text: str, clause: str, tense: str, *, stated: dict | None = None, times=None):
    return narrative_date(
        text,
        clause,
        published=PUBLISHED,
        tense=tense,
        times=times,
        trigger="win" if clause.startswith("won") else clause.split()[1],
        extra={"kind": "verb"},
        **(stated or {}),
    )


def test_a_perfect_takes_no_year_long_gone_from_its_paragraph():
    text = "Old films from 1999 imagined robots on the moon. Now the agency has tested a robot."

    event = _dated(text, "has tested a robot", "perfect")

    assert (event.date_start, event.extra["date_from"]) == (PUBLISHED, "publication")


def test_a_simple_past_still_takes_the_paragraph_year():
    text = "Old films from 1999 imagined robots on the moon. Then the agency tested a robot."

    event = _dated(text, "tested a robot", "past")

    assert event.date_start == datetime.date(1999, 1, 1)


def test_a_perfect_gives_back_a_past_time_another_verb_in_its_clause_owns():
    text = "The army has sent a team to find a pilot lost at sea three years ago."
    clause = "has sent a team to find a pilot lost at sea three years ago"
    stated = {
        "date_start": datetime.date(2020, 1, 1),
        "date_precision": "year",
        "date_text": "three years ago",
        "provenance": {"date": {"source": "clause", "text": "three years ago"}},
    }

    event = _dated(text, clause, "perfect", stated=stated)

    assert (event.date_start, event.extra["date_from"]) == (PUBLISHED, "publication")


def test_a_perfect_that_says_how_long_it_lasted_keeps_its_start():
    text = "She has lived in the town for seven years after moving there in 2016."
    stated = {
        "date_start": datetime.date(2016, 1, 1),
        "date_precision": "year",
        "date_text": "2016",
        "provenance": {"date": {"source": "clause", "text": "2016"}},
    }

    event = _dated(text, text.rstrip("."), "perfect", stated=stated)

    assert event.date_start == datetime.date(2016, 1, 1)
    assert continuative(0, len(text), text)
    assert not continuative(0, 30, "The agency has tested a robot.")


def test_only_a_time_wholly_before_the_story_days_is_too_early_for_a_perfect():
    this_month = datetime.date(2023, 9, 1), datetime.date(2023, 9, 30)
    last_year = datetime.date(2022, 1, 1), datetime.date(2022, 12, 31)

    assert not too_early_for_perfect(*this_month, PUBLISHED, 7)
    assert too_early_for_perfect(*last_year, PUBLISHED, 7)
    assert not too_early_for_perfect(*last_year, None, 7)


def test_a_clause_that_opens_on_a_participle_keeps_the_participle_time():
    # The parser may read "won" as a participle on "district" (irregular: lemma "win"): the
    # clause that opens on it is that participle's own event, and 2016 is its time.
    text = "Rain fell.\n\nWind blew.\n\nVoters left a district the mayor won by ten points in 2016."
    times = [
        replace(t, participle=text.index("won")) for t in find_times(text, published=PUBLISHED)
    ]

    event = _dated(text, "won by ten points in 2016", "past", times=times)

    assert (event.date_start, event.extra["date_from"]) == (datetime.date(2016, 1, 1), "clause")


def test_a_time_in_a_relative_aside_does_not_move_the_paragraph_narrative():
    text = (
        "Rain fell.\n\nWind blew.\n\nThe leaders met on Friday to discuss a treaty, which "
        "the two presidents signed last May. The ministers called for its ratification."
    )

    event = _dated(text, "The ministers called for its ratification", "past")

    assert (event.date_start, event.extra["date_from"]) == (
        datetime.date(2023, 9, 8),
        "paragraph",
    )
    assert in_relative_aside(text.index("last May"), text)
    assert not in_relative_aside(text.index("Friday"), text)


def test_a_perfect_told_under_a_bare_year_is_dated_at_the_reporters_now():
    text = "Talks dragged on through 2023. The rebel chief has been named minister for the coast."

    event = _dated(text, "has been named minister", "perfect")

    assert (event.date_start, event.extra["date_from"]) == (PUBLISHED, "publication")


def test_a_perfect_still_takes_a_month_its_paragraph_names():
    text = "Talks began this month. The rebel chief has been named minister for the coast."

    event = _dated(text, "has been named minister", "perfect")

    assert (event.date_start, event.date_precision) == (datetime.date(2023, 9, 1), "month")
