"""A happening someone reacted to is a happening of its own (events.reacted_happenings).

Short sentences written for these tests; mentions come as the recognizers deliver them (see
tests/test_events.py).
"""

from stories.extraction.events.reacted_happenings import reacted_to
from tests.test_events import event_triggers, nlp  # noqa: F401 (nlp is a fixture)

_LEAD = "Acme Corp. opened a plant in Lyon on Monday. "


def _noun(nlp, text: str, word: str):  # noqa: F811
    return next(t for t in nlp(text) if t.text == word)


def test_the_object_of_a_denouncing_verb_is_a_happening_reacted_to(nlp):  # noqa: F811
    text = "Norland has denounced a Velton court ruling on the harbour fees."

    assert reacted_to(_noun(nlp, text, "ruling"))


def test_an_undated_ruling_that_was_denounced_is_an_event_of_its_own(nlp):  # noqa: F811
    text = _LEAD + "Norland has denounced a Velton court ruling on the harbour fees."

    triggers = event_triggers(nlp, text)
    assert "ruling" in triggers
    assert "denounce" in triggers


def test_a_verdict_that_was_welcomed_is_an_event_of_its_own(nlp):  # noqa: F811
    text = _LEAD + "The governor of Norland welcomed the verdict in the Harlow fraud case."

    assert "verdict" in event_triggers(nlp, text)


def test_appealing_against_a_ruling_is_a_reaction_to_it(nlp):  # noqa: F811
    text = "The union appealed against the ruling of the labour court."

    assert reacted_to(_noun(nlp, text, "ruling"))


def test_a_reaction_still_to_come_vouches_for_nothing(nlp):  # noqa: F811
    text = "The mayor of Brindle will appeal the ruling."

    assert not reacted_to(_noun(nlp, text, "ruling"))


def test_a_verb_that_is_no_reaction_does_not_make_its_object_a_happening(nlp):  # noqa: F811
    text = "The mayor of Brindle studied the ruling on the harbour fees."

    assert not reacted_to(_noun(nlp, text, "ruling"))


def test_a_happening_told_before_is_not_told_again_by_the_reaction(nlp):  # noqa: F811
    text = _LEAD + "Troops invaded Sudland on Monday. Norland condemned the invasion on Tuesday."

    triggers = event_triggers(nlp, text)
    assert triggers.count("invade") + triggers.count("invasion") == 1


def test_a_bare_definite_noun_points_back_at_a_happening_told_before(nlp):  # noqa: F811
    text = "The judges of Velton dismissed the objections. Norland hailed the ruling."

    assert not reacted_to(_noun(nlp, text, "ruling"))


def test_a_proposed_closure_that_was_protested_is_no_happening(nlp):  # noqa: F811
    text = "Parents in Brindle protested the proposed closure of the village school."

    assert not reacted_to(_noun(nlp, text, "closure"))


def test_a_planned_merger_that_was_denounced_adds_no_event(nlp):  # noqa: F811
    text = _LEAD + "Nurses in Velton denounced the planned merger of the two clinics."

    assert "merger" not in event_triggers(nlp, text)


def test_a_closure_without_a_modifier_of_doubt_is_still_reacted_to(nlp):  # noqa: F811
    text = "Parents in Brindle protested the sudden closure of the village school."

    assert reacted_to(_noun(nlp, text, "closure"))
