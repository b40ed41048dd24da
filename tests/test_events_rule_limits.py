"""The limits of rules that drop or re-read an event, each as narrow as its docstring says
(events.states, events.praised_deeds, events.subject_prospects).

The sentences are written for these tests.
"""

from stories.extraction.events.praised_deeds import praised_deed
from stories.extraction.events.subject_prospects import subject_of_a_verb_ahead
from tests.test_events import event_triggers, events_of, nlp  # noqa: F401 (nlp is a fixture)


def test_state_kept_leaves_a_stay_with_an_object_a_deed(nlp):  # noqa: F811
    assert "stay" in event_triggers(nlp, "The Velton appeals court stayed the hanging.")


def test_state_kept_still_reads_staying_indoors_as_no_event(nlp):  # noqa: F811
    assert "stay" not in event_triggers(nlp, "The Norburg villagers stayed indoors.")


def test_stat_line_skips_a_unit_holding_something(nlp):  # noqa: F811
    text = "Agents seized four sacks of flour at the Norburg depot."
    assert "seize" in event_triggers(nlp, text)


def test_stat_line_reads_for_only_when_the_verb_has_no_object(nlp):  # noqa: F811
    text = "Thieves dragged the guard for 30 yards in Brenmoor."
    assert "drag" in event_triggers(nlp, text)


def test_stat_line_still_drops_a_rushing_tally(nlp):  # noqa: F811
    assert "rush" not in event_triggers(nlp, "The Velton back rushed for 121 yards.")


def test_state_passive_keeps_a_classed_verb_paired_with_an_adjective(nlp):  # noqa: F811
    assert "injure" in event_triggers(nlp, "The Brenmoor cyclist was injured but awake.")


def test_praised_deed_with_names_no_deed_under_reward(nlp):  # noqa: F811
    text = "The Velton club was rewarded with staging the Norburg cup."
    assert "stage" not in event_triggers(nlp, text)


def test_praised_deed_with_names_the_deed_under_credit(nlp):  # noqa: F811
    text = "A Norburg nurse was credited with rescuing the toddler."
    assert praised_deed(_subject(nlp, text, "rescuing"))


def test_praised_deed_with_under_reward_is_no_praised_deed(nlp):  # noqa: F811
    text = "The Velton club was rewarded with staging the Norburg cup."
    assert not praised_deed(_subject(nlp, text, "staging"))


def _subject(nlp, text: str, word: str):  # noqa: F811
    return next(t for t in nlp(text) if t.text == word)


def test_subject_prospect_bare_would_is_not_ahead(nlp):  # noqa: F811
    crash = _subject(nlp, "The crash would kill three people.", "crash")
    assert not subject_of_a_verb_ahead(crash)


def test_subject_prospect_said_would_is_ahead(nlp):  # noqa: F811
    trial = _subject(nlp, "The judge said the trial would last a month.", "trial")
    assert subject_of_a_verb_ahead(trial)
