"""Forbidding, prohibiting and outlawing are bans (events.lexicon, class "ban").

Sentences written for these tests; mentions come from tests/test_events.py's helpers.
"""

from tests.extracting import with_trigger
from tests.test_events import events_of, nlp  # noqa: F401 (nlp is a fixture)


def test_a_ruler_who_has_forbidden_something_has_imposed_a_ban(nlp):  # noqa: F811
    events = events_of(nlp, "In Norland, the army has forbidden students to gather in public.")

    (ban,) = with_trigger(events, "forbid")
    assert ban.certainty == "occurred"


def test_prohibiting_on_a_day_is_a_ban_that_day(nlp):  # noqa: F811
    events = events_of(nlp, "The council of Harbor City prohibited fireworks on Monday.")

    (ban,) = with_trigger(events, "prohibit")
    assert ban.date_start.isoformat() == "2024-03-04"
