"""Activities begun, stopped or resumed (real-news recall: events.inceptions, events.noise
_reported).

"Call", "operate" or "use" name an ongoing activity and are no events alone; under "began",
"started", "resumed" or "stopped" the clause reports the change, a happening. A state begun
("began to feel") and a habit a kind of people took up ("shoppers began using") stay out.
Short sentences written for these tests, with invented names and places.
"""

from tests.test_events import event_triggers, nlp  # noqa: F401 (nlp is a fixture)

_LATER = "Acme Corp. opened a plant in Lyon on Monday. Tom Lee runs it. "


def test_an_activity_a_named_actor_started_is_a_happening(nlp):  # noqa: F811
    text = _LATER + "Mayor Ann Kolb started to call council members in Dunmore."

    assert "call" in event_triggers(nlp, text)


def test_a_state_begun_is_no_happening(nlp):  # noqa: F811
    text = _LATER + "Mayor Ann Kolb began to feel better in Dunmore."

    assert "feel" not in event_triggers(nlp, text)


def test_a_habit_a_bare_plural_took_up_is_no_happening(nlp):  # noqa: F811
    text = _LATER + "Shoppers began using the new app in Dunmore."

    assert "use" not in event_triggers(nlp, text)


def test_a_gerund_under_continue_stays_a_side_clause(nlp):  # noqa: F811
    text = _LATER + "The Varnian army continued withdrawing troops from the border."

    assert "withdraw" not in event_triggers(nlp, text)


def test_a_sources_could_reaches_a_complement_of_begin(nlp):  # noqa: F811
    text = _LATER + "The Dunmore clinic could begin to expand by December, officials said."

    assert "expand" in event_triggers(nlp, text)
