"""A participle after a passive "was found" and a day is the state the thing was found in, not
a clause of its own (stories.extraction.found_states). Sentences written for these tests."""

import datetime as dt

from stories.extraction.analysis import analyse_text
from tests.test_events import nlp  # noqa: F401 (nlp is a fixture)


def _word(doc, text: str):
    return next(t for t in doc if t.lower_ == text)


def test_a_participle_after_found_and_a_day_describes_what_was_found(nlp):  # noqa: F811
    doc = nlp("Officers say the van was found Tuesday morning submerged in a quarry.")

    state = _word(doc, "submerged")
    assert state.dep_ == "oprd" and state.head == _word(doc, "found")


def test_a_day_read_as_the_participle_subject_dates_the_finding(nlp):  # noqa: F811
    doc = nlp("Officers said the boy was found Monday wandering near the river in Dayton.")

    day = _word(doc, "monday")
    assert day.head == _word(doc, "found") and day.dep_ == "npadvmod"


def test_the_finding_is_an_event_dated_by_its_day():
    text = "Officers say the stolen van was found Tuesday morning submerged in a quarry."
    events = analyse_text(text, published=dt.date(2011, 6, 15)).events

    found = [e for e in events if e.trigger == "find"]
    assert found and found[0].date_start == dt.date(2011, 6, 14)


def test_a_that_clause_after_an_active_finding_stays_a_clause(nlp):  # noqa: F811
    doc = nlp("Investigators found that the driver had fallen asleep.")

    assert _word(doc, "fallen").dep_ == "ccomp"


def test_a_that_clause_after_a_passive_finding_stays_a_clause(nlp):  # noqa: F811
    doc = nlp("It was found Monday that the pipe had burst.")

    assert _word(doc, "burst").dep_ == "ccomp"


def test_the_state_the_thing_was_found_in_is_no_event_of_its_own():
    text = "Officers say the stolen van was found Tuesday morning submerged in a quarry."
    events = analyse_text(text, published=dt.date(2011, 6, 15)).events

    assert [e.trigger for e in events] == ["find"]


def test_a_saying_run_on_after_a_finding_and_its_day_stays_the_saying(nlp):  # noqa: F811
    doc = nlp("The missing hiker was found Sunday officers said.")

    assert _word(doc, "said").dep_ != "oprd"


def test_odd_short_sentences_pass_the_repair_without_a_crash(nlp):  # noqa: F811
    for text in ("Found Monday.", "It was found today", "Был найден Monday trapped."):
        doc = nlp(text)
        assert all(t.dep_ != "oprd" or t.head.lower_ in ("found",) for t in doc)


def test_a_participle_right_after_a_passive_finding_is_the_finding_of_a_state():
    text = "Police said a stolen truck was found submerged in a lake near Dayton on Monday."
    events = analyse_text(text, published=dt.date(2011, 6, 15)).events

    assert [e.trigger for e in events] == ["find"]


def test_a_finding_of_a_state_is_titled_as_the_finding():
    text = "A climber was discovered stranded on a ledge in Utah on Sunday."
    events = analyse_text(text, published=dt.date(2011, 6, 15)).events

    assert [e.title.split(" in ")[0] for e in events] == ["Climber discovered"]


def test_found_guilty_stays_the_verdict(nlp):  # noqa: F811
    doc = nlp("The driver was found guilty in Ohio on Monday.")

    assert _word(doc, "guilty").dep_ == "oprd"


def test_an_active_finding_with_a_participle_is_left_alone(nlp):  # noqa: F811
    doc = nlp("Divers found the truck submerged in a lake on Monday.")

    assert _word(doc, "submerged").dep_ != "oprd" or _word(doc, "submerged").head.lower_ == "found"


def test_a_deed_done_to_what_was_found_stays_the_event():
    text = "A courier was found stabbed in an alley in Tulsa on Friday."
    events = analyse_text(text, published=dt.date(2011, 6, 15)).events

    assert [e.trigger for e in events] == ["stab"]
