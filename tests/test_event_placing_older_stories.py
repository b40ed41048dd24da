"""A paragraph opening goes on where the paragraph before ended: a background happening when that
paragraph was telling the older story too (events.older_stories), and across the quiet sentences
that close the paragraph before (events.quiet_sentences, events.carrying.opens_on).

Short texts written for these tests. Places arrive resolved, as in test_event_placing_carrying.
"""

import pytest

from stories.extraction.events import place_rules
from stories.extraction.events.older_stories import continues_older_story
from stories.extraction.nlp import get_nlp
from tests.test_event_placing import event_with
from tests.test_event_placing_carrying import placed_events, where

# Places in later paragraphs that lie apart, so that the story has no setting.
_SPREAD = "\n\nIts author was born in Lyon.\n\nShe later studied in Norland."


@pytest.fixture(scope="module")
def nlp():
    return get_nlp()


def test_today_s_happening_may_always_go_on_where_the_paragraph_before_ended():
    assert continues_older_story(False, False)
    assert continues_older_story(False, True)


def test_a_background_happening_goes_on_only_after_the_older_story():
    assert continues_older_story(True, True)
    assert not continues_older_story(True, False)


def test_a_background_paragraph_opening_goes_on_where_the_older_story_stood(nlp):
    text = (
        "The Lyon council approved a budget on Monday.\n\n"
        "The mayor was charged with fraud in Bergen in 2019.\n\n"
        "She faced a second inquiry, which was dropped in 2018." + _SPREAD
    )

    dropped = event_with(placed_events(nlp, text), "drop")

    assert dropped.background
    assert where(dropped) == ("Bergen", "previous sentence")


def test_a_background_opening_after_today_s_news_keeps_no_place(nlp):
    # The look-alike: the paragraph before told today's news, so the past may be elsewhere.
    text = (
        "The mayor was charged with fraud in Bergen on Monday.\n\n"
        "She faced a second inquiry, which was dropped in 2018." + _SPREAD
    )

    dropped = event_with(placed_events(nlp, text), "drop")

    assert dropped.background
    assert where(dropped)[1] != "previous sentence"


def test_without_the_rule_a_background_opening_keeps_no_place(nlp, monkeypatch):
    monkeypatch.setattr(place_rules, "ENABLED", place_rules.ENABLED - {"older stories"})
    text = (
        "The Lyon council approved a budget on Monday.\n\n"
        "The mayor was charged with fraud in Bergen in 2019.\n\n"
        "She faced a second inquiry, which was dropped in 2018." + _SPREAD
    )

    dropped = event_with(placed_events(nlp, text), "drop")

    assert where(dropped)[1] != "previous sentence"


def test_a_paragraph_opening_goes_on_across_a_quiet_sentence_closing_the_last_paragraph(nlp):
    text = (
        "The council approved a plan on Monday.\n\n"
        "Builders protested against it in Bergen on Tuesday. The plan is very old.\n\n"
        "Police arrested two of them." + _SPREAD
    )

    arrested = event_with(placed_events(nlp, text), "arrest")

    assert where(arrested) == ("Bergen", "previous sentence")


def test_a_sentence_naming_a_place_closing_the_last_paragraph_still_breaks_it(nlp):
    text = (
        "The council approved a plan on Monday.\n\n"
        "Builders protested against it in Bergen on Tuesday. The plan came from Lyon.\n\n"
        "Police arrested two of them." + _SPREAD
    )

    arrested = event_with(placed_events(nlp, text), "arrest")

    assert where(arrested) != ("Bergen", "previous sentence")


def test_without_quiet_sentences_the_closing_sentence_breaks_the_carry(nlp, monkeypatch):
    monkeypatch.setattr(place_rules, "ENABLED", place_rules.ENABLED - {"quiet sentences"})
    text = (
        "The council approved a plan on Monday.\n\n"
        "Builders protested against it in Bergen on Tuesday. The plan is very old.\n\n"
        "Police arrested two of them." + _SPREAD
    )

    arrested = event_with(placed_events(nlp, text), "arrest")

    assert where(arrested) != ("Bergen", "previous sentence")


@pytest.mark.parametrize(
    "relative",
    [
        "His brother was jailed for theft in 2018.",
        "The mayor's wife was jailed for theft in 2018.",
        "A son of the mayor was jailed for theft in 2018.",
        "His cousin was jailed for theft in 2018.",
        "Her nephew was jailed for theft in 2018.",
        "An aunt of the mayor was jailed for theft in 2018.",
    ],
)
def test_a_relative_s_background_opening_keeps_no_place_of_the_older_story(nlp, relative):
    # Someone named by their tie to the older story's person ("his brother") is another
    # person, whose own older story may have happened anywhere.
    text = (
        "The Lyon council approved a budget on Monday.\n\n"
        "The mayor was charged with fraud in Bergen in 2019.\n\n" + relative + _SPREAD
    )

    jailed = event_with(placed_events(nlp, text), "jail")

    assert jailed.background
    assert where(jailed)[1] != "previous sentence"


def test_the_same_person_s_background_opening_still_goes_on_in_the_older_story(nlp):
    text = (
        "The Lyon council approved a budget on Monday.\n\n"
        "The mayor was charged with fraud in Bergen in 2019.\n\n"
        "She was jailed for theft in 2018." + _SPREAD
    )

    jailed = event_with(placed_events(nlp, text), "jail")

    assert where(jailed) == ("Bergen", "previous sentence")
