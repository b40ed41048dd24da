"""Governors of an open question and a second deed joined to a past one (events.told_deeds).

Short sentences written for these tests.
"""

import pytest

from stories.extraction.events.told_deeds import second_deed
from tests.extracting import site_triggers
from tests.test_events import events_of, nlp  # noqa: F401 (nlp is a fixture)


def test_an_inquiry_into_an_open_question_is_the_deed(nlp):  # noqa: F811
    text = "Detectives in Norvale investigated whether Tom Brask started the fire."

    assert "investigate" in [e.trigger for e in events_of(nlp, text)]


def test_a_governor_of_a_stated_clause_stays_a_frame(nlp):  # noqa: F811
    doc = nlp("Detectives in Norvale concluded that Tom Brask started the fire.")

    assert "conclude" not in site_triggers(doc)


def test_a_second_past_deed_with_its_own_object_is_reported(nlp):  # noqa: F811
    text = "Striker Ola Brann went after the referee and threw a bottle."

    assert "throw" in [e.trigger for e in events_of(nlp, text)]


def test_a_joined_verb_without_an_object_is_the_same_happening(nlp):  # noqa: F811
    text = "Striker Ola Brann went after the referee and shouted loudly."

    assert "shout" not in [e.trigger for e in events_of(nlp, text)]


def test_an_inquiry_into_an_open_question_now_under_way_is_news(nlp):  # noqa: F811
    text = "Detectives in Norvale are now investigating whether Tom Brask started the fire."

    assert "investigate" in [e.trigger for e in events_of(nlp, text)]


def test_an_unmarked_inquiry_under_way_after_the_lead_is_background(nlp):  # noqa: F811
    text = (
        "A fire destroyed the Kell warehouse in Norvale on Monday. "
        "Crews fought the blaze for six hours. "
        "Detectives are examining whether a heater was left on."
    )

    assert "examine" not in [e.trigger for e in events_of(nlp, text)]


def test_a_second_passive_step_with_its_own_complement_is_a_deed(nlp):  # noqa: F811
    doc = nlp("Tom Brask, 45, was arrested last week and charged with one count of theft.")

    assert second_deed(next(t for t in doc if t.lower_ == "charged"))


def test_a_second_passive_step_without_a_complement_is_no_deed_of_its_own(nlp):  # noqa: F811
    doc = nlp("Tom Brask, 45, was arrested last week and quickly released.")

    assert not second_deed(next(t for t in doc if t.lower_ == "released"))


@pytest.mark.parametrize(
    ("text", "step"),
    [
        ("The man was arrested on Monday and identified as John Smith, 34.", "identified"),
        ("The drug was approved in 2019 and marketed as a cure for baldness.", "marketed"),
        ("The stadium was built in 1932 and named after a local hero.", "named"),
        ("The school was founded in 1890 and named for its first teacher.", "named"),
    ],
)
def test_a_second_passive_step_that_only_says_what_it_is_called_or_taken_for_is_no_deed(
    nlp,  # noqa: F811
    text,
    step,
):
    # "identified as X", "marketed as a cure", "named after a hero": the complement says what
    # the thing is called or taken for, not a second thing done to it.
    doc = nlp(text)

    assert not second_deed(next(t for t in doc if t.lower_ == step))
