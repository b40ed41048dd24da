"""Clauses that describe how things stand, and nouns for the medium of a saying (real-news
precision: events.certainty, events.statements, events.noise).

Short sentences written for these tests; mentions come as the recognizers deliver them (see
tests/test_events.py).
"""

from stories.extraction.events.noise import is_noise_line
from tests.test_events import event_triggers, nlp  # noqa: F401 (nlp is a fixture)

_LEAD = "Acme Corp. opened a plant in Lyon on Monday. "


# --- progressives: going on rather than happening ---------------------------------------------


def test_an_undated_progressive_of_an_event_verb_describes(nlp):  # noqa: F811
    text = _LEAD + "The bank is offering loans to anyone who asks."

    assert "offer" not in event_triggers(nlp, text)


def test_an_undated_perfect_progressive_of_an_event_verb_describes(nlp):  # noqa: F811
    text = _LEAD + "The index has been rallying for weeks."

    assert "rally" not in event_triggers(nlp, text)


def test_a_progressive_with_its_place_is_going_on_there(nlp):  # noqa: F811
    text = _LEAD + "Tom Lee is attending a summit in Lisbon."

    assert "attend" in event_triggers(nlp, text)


def test_a_progressive_with_its_onset_is_going_on_since(nlp):  # noqa: F811
    text = _LEAD + "Workers have been striking since it opened."

    assert "strike" in event_triggers(nlp, text)


def test_a_progressive_with_its_day_is_a_happening(nlp):  # noqa: F811
    text = _LEAD + "Workers are marching in Lyon on Tuesday."

    assert "march" in event_triggers(nlp, text)


def test_a_progressive_carrying_an_event_noun_is_a_happening_under_way(nlp):  # noqa: F811
    text = _LEAD + "The two firms are holding talks."

    assert "talk" in event_triggers(nlp, text)


# --- the medium of a saying ------------------------------------------------------------------


def test_the_statement_a_saying_came_in_is_not_an_event(nlp):  # noqa: F811
    text = _LEAD + "Acme Corp. denied the claims in a statement on Tuesday."

    found = event_triggers(nlp, text)
    assert "statement" not in found
    assert "deny" in found


def test_releasing_the_statement_a_saying_came_in_is_not_an_event(nlp):  # noqa: F811
    text = _LEAD + "In a statement released on Tuesday, Acme Corp. denied the claims."

    assert "release" not in event_triggers(nlp, text)


def test_a_statement_as_the_object_of_a_verb_stays_its_event(nlp):  # noqa: F811
    text = _LEAD + "Acme Corp. issued a statement on Tuesday."

    assert "statement" in event_triggers(nlp, text) or "issue" in event_triggers(nlp, text)


# --- words that head no report ---------------------------------------------------------------


def test_according_to_is_no_event(nlp):  # noqa: F811
    text = _LEAD + "Dealers sold 300 cars in May, according to a report by Acme Data."

    assert "accord" not in event_triggers(nlp, text)


def test_a_sentence_in_the_imperative_reports_nothing(nlp):  # noqa: F811
    text = _LEAD + "Now consider what we know about the minister's visit to Lyon on Tuesday."

    found = event_triggers(nlp, text)
    assert "visit" not in found
    assert "consider" not in found


def test_a_declarative_sentence_beside_it_still_reports(nlp):  # noqa: F811
    text = _LEAD + "The mayor visited Lyon on Tuesday."

    assert "visit" in event_triggers(nlp, text)


def test_a_saying_with_also_continues_a_statement_already_told(nlp):  # noqa: F811
    text = (
        _LEAD + "Tom Lee, the mayor, accused Norland of fraud in Lyon. "
        "Lee also accused the bank of delays in Paris."
    )

    assert event_triggers(nlp, text).count("accuse") == 1


def test_a_saying_coordinated_with_another_of_its_speaker_is_one_statement(nlp):  # noqa: F811
    text = (
        _LEAD
        + "Tom Lee, the mayor, accused Norland of fraud in Lyon and warned that it would fail."
    )

    found = event_triggers(nlp, text)
    assert "accuse" in found
    assert "warn" not in found


def test_a_speech_act_going_on_is_a_position_being_taken(nlp):  # noqa: F811
    text = _LEAD + "Norland's unions are demanding an inquiry into the plant."

    assert "demand" in event_triggers(nlp, text)


# --- notes about the page itself -------------------------------------------------------------


def test_republication_and_correction_notes_are_noise_lines():
    assert is_noise_line("This article was reprinted on Example.com.")
    assert is_noise_line("An earlier version of this story misstated the mayor's age.")
    assert is_noise_line("Correction: the plant opened on Monday, not Tuesday.")


def test_a_study_published_in_a_journal_is_not_a_page_note():
    assert not is_noise_line("The article was published in a journal on Monday.")
