"""Only a clause that is really a verb's complement makes the verb a frame
(events.complement_reach).

Short sentences written for these tests.
"""

from tests.test_events import events_of, nlp  # noqa: F401 (nlp is a fixture)

_OPENING = "The wardens closed the trail on Monday. "


def test_a_clause_before_the_verb_is_no_complement_of_it(nlp):  # noqa: F811
    # The parser hangs "flooded" on "picks up"; a clause before a verb is not what it does.
    text = _OPENING + (
        "The storm flooded the lower valley; after a pause, the relay picks up on Friday in "
        "Dunmore."
    )

    assert "pick" in [e.trigger for e in events_of(nlp, text)]


def test_finding_someone_in_a_state_is_a_deed_not_a_claim(nlp):  # noqa: F811
    # "found the climber exhausted": an adjective, not a clause of what was concluded
    text = _OPENING + (
        "Rangers found the climber exhausted and badly bruised near the summit, Okafor said."
    )

    assert "find" in [e.trigger for e in events_of(nlp, text)]


def test_a_possessive_apostrophe_is_no_quotation_mark(nlp):  # noqa: F811
    # "rangers'" ends in an apostrophe tagged POS: it quotes nothing, so the clause before
    # "picks up" is still no complement of it.
    text = _OPENING + (
        "The storm flooded the lower valley; after the rangers' pause, the relay picks up on "
        "Friday in Dunmore."
    )

    assert "pick" in [e.trigger for e in events_of(nlp, text)]
