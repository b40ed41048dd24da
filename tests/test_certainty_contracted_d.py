""" "'d" read by the word that follows it (stories.extraction.contractions): "would" before a
bare verb ("he'd double his money"), "had" before a participle ("she'd left the house"), and
advice in "'d better".

The sentences are written for these tests.
"""

import datetime as dt

from tests.test_events import (  # noqa: F401 (nlp is a fixture)
    PUBLISHED,
    certainty_of_verb,
    events_of,
    nlp,
)


def test_a_reported_would_contraction_is_read_as_would(nlp):  # noqa: F811
    would = certainty_of_verb(nlp, "The investor said he would double his money.", "double", None)
    contracted = certainty_of_verb(nlp, "The investor said he'd double his money.", "double", None)
    assert contracted == would != "occurred"


def test_a_typographic_would_contraction_is_read_as_would(nlp):  # noqa: F811
    would = certainty_of_verb(nlp, "The investor said he would double his money.", "double", None)
    contracted = certainty_of_verb(nlp, "The investor said he’d double his money.", "double", None)
    assert contracted == would


def test_a_would_contraction_before_have_is_no_happening(nlp):  # noqa: F811
    text = "The coach said they'd have won the match without the storm."
    assert certainty_of_verb(nlp, text, "won", None) != "occurred"


def test_a_had_contraction_before_a_participle_is_past_and_dated(nlp):  # noqa: F811
    events = events_of(nlp, "Police said she'd left the house in Dalby on Tuesday.")
    left = next(e for e in events if e.trigger == "leave")
    assert left.certainty == "occurred"
    assert left.date_start == PUBLISHED - dt.timedelta(days=1)


def test_advice_with_a_better_contraction_is_no_happening(nlp):  # noqa: F811
    text = "The mayor said residents they'd better leave their homes in Dalby."
    assert certainty_of_verb(nlp, text, "leave", None) != "occurred"
