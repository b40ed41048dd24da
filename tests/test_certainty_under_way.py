"""Wordings that tell a happening still under way at the time of writing (events.under_way,
read by events.certainty). The sentences are written for these tests."""

import datetime as dt

from stories.extraction.events.certainty import noun_certainty
from tests.test_events import PUBLISHED, certainty_of_verb, nlp  # noqa: F401 (nlp is a fixture)

MONDAY = dt.date(2024, 3, 4)


def _noun(nlp, text, word, date):  # noqa: F811
    noun = next(t for t in nlp(text) if t.text == word)
    return noun_certainty(noun, date=date, published=PUBLISHED)


def test_a_perfect_progressive_since_an_onset_is_ongoing(nlp):  # noqa: F811
    text = "The Varn ferry crews have been striking since Monday over pay."
    assert certainty_of_verb(nlp, text, "striking", MONDAY) == "ongoing"


def test_a_perfect_progressive_without_an_onset_keeps_its_date(nlp):  # noqa: F811
    text = "Dock workers in Varn have been marching today against the new rules."
    assert certainty_of_verb(nlp, text, "marching", PUBLISHED) == "occurred"


def test_a_past_perfect_progressive_since_an_onset_is_not_ongoing(nlp):  # noqa: F811
    text = "The Varn ferry crews had been striking since Monday when the deal came."
    assert certainty_of_verb(nlp, text, "striking", MONDAY) != "ongoing"


def test_an_event_noun_that_continues_now_is_ongoing(nlp):  # noqa: F811
    text = "The search for the two missing climbers continues on Mount Orrin."
    assert _noun(nlp, text, "search", PUBLISHED) == "ongoing"


def test_an_event_noun_that_continued_is_not_ongoing(nlp):  # noqa: F811
    text = "The search for the two missing climbers continued on Mount Orrin on Monday."
    assert _noun(nlp, text, "search", MONDAY) == "occurred"


def test_a_counted_day_of_a_happening_in_the_present_is_ongoing(nlp):  # noqa: F811
    text = "It is the third day of a siege by the army against towns in Norland."
    assert _noun(nlp, text, "siege", MONDAY) == "ongoing"


def test_a_counted_day_of_a_happening_in_the_past_is_not_ongoing(nlp):  # noqa: F811
    text = "It was the third day of a siege by the army against towns in Norland."
    assert _noun(nlp, text, "siege", MONDAY) == "occurred"


def test_a_happening_entering_a_counted_week_is_ongoing(nlp):  # noqa: F811
    text = "The dock strike in Port Verin has entered its second week."
    assert certainty_of_verb(nlp, text, "entered", PUBLISHED) == "ongoing"


def test_the_inquiry_a_firm_is_now_the_subject_of_is_ongoing(nlp):  # noqa: F811
    text = "Halvor Bank is the subject of an inquiry by the Norland regulator."
    assert _noun(nlp, text, "inquiry", PUBLISHED) == "ongoing"


def test_the_inquiry_a_firm_was_the_subject_of_is_not_ongoing(nlp):  # noqa: F811
    text = "Halvor Bank was the subject of an inquiry by the Norland regulator."
    assert _noun(nlp, text, "inquiry", MONDAY) == "occurred"


def test_a_with_participle_beside_a_present_is_ongoing(nlp):  # noqa: F811
    text = "With protests erupting across Norland, the president is likely to send troops."
    assert certainty_of_verb(nlp, text, "erupting", PUBLISHED) == "ongoing"


def test_a_with_participle_beside_a_perfect_is_told_as_done(nlp):  # noqa: F811
    text = "Prices have soared in Velm, with the mayor declaring an emergency."
    assert certainty_of_verb(nlp, text, "declaring", PUBLISHED) == "occurred"


def test_a_with_participle_under_an_infinitive_takes_the_past_it_hangs_on(nlp):  # noqa: F811
    text = (
        "Twelve nations agreed to send a force to protect Norland, with the vanguard of Velm's "
        "contingent arriving Monday, according to diplomatic sources in Varn."
    )
    assert certainty_of_verb(nlp, text, "arriving", MONDAY) == "occurred"
