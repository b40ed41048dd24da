"""A happening that "continued" on the day of the news is still going on as told
(events.continued_on_the_day, read by events.certainty). The sentences are written for these
tests."""

import datetime as dt

from stories.extraction.events.certainty import noun_certainty, verb_certainty
from tests.test_events import PUBLISHED, certainty_of_verb, nlp  # noqa: F401 (nlp is a fixture)

TUESDAY = PUBLISHED - dt.timedelta(days=1)
LAST_WEEK = PUBLISHED - dt.timedelta(days=8)


def _noun(nlp, text, word, date):  # noqa: F811
    noun = next(t for t in nlp(text) if t.text == word)
    return noun_certainty(noun, date=date, published=PUBLISHED)


def test_what_deputies_continued_to_do_on_the_news_day_is_ongoing(nlp):  # noqa: F811
    text = "Deputies continued to search for the second suspect, a sheriff's spokesman said."
    assert certainty_of_verb(nlp, text, "search", PUBLISHED) == "ongoing"


def test_what_continued_the_day_before_the_news_is_ongoing(nlp):  # noqa: F811
    text = "Rescue crews continued to dig through the rubble in Varn on Tuesday."
    assert certainty_of_verb(nlp, text, "dig", TUESDAY) == "ongoing"


def test_an_event_noun_that_continued_on_the_news_day_is_ongoing(nlp):  # noqa: F811
    text = "The military buildup in Norland continued at a fever pace."
    assert _noun(nlp, text, "buildup", PUBLISHED) == "ongoing"


def test_what_continued_until_a_closing_time_is_over(nlp):  # noqa: F811
    text = "Deputies continued to search for the suspect until dawn."
    assert certainty_of_verb(nlp, text, "search", PUBLISHED) == "occurred"


def test_what_continued_for_a_span_of_time_is_over(nlp):  # noqa: F811
    text = "The Varn crowd continued to chant for an hour outside the court."
    assert certainty_of_verb(nlp, text, "chant", PUBLISHED) == "occurred"


def test_what_continued_in_a_clause_of_time_sets_the_scene(nlp):  # noqa: F811
    text = "As the search continued, officers found the suspect in a dumpster."
    assert _noun(nlp, text, "search", PUBLISHED) == "occurred"


def test_what_continued_days_before_the_news_is_history(nlp):  # noqa: F811
    text = "Deputies continued to search for the second suspect last week."
    assert certainty_of_verb(nlp, text, "search", LAST_WEEK) == "occurred"


def test_what_had_continued_is_not_told_as_standing_now(nlp):  # noqa: F811
    text = "Deputies had continued to search for the second suspect, a spokesman said."
    assert certainty_of_verb(nlp, text, "search", PUBLISHED) == "occurred"


def test_a_happening_that_continued_undated_in_the_news_is_ongoing(nlp):  # noqa: F811
    text = "The military buildup in Norland continued at a fever pace."
    assert certainty_of_verb(nlp, text, "continued", None) == "ongoing"


def test_a_statement_that_something_continued_is_ongoing(nlp):  # noqa: F811
    verb = next(
        t for t in nlp("A news release said deputies continued to search.") if t.text == "said"
    )
    certainty = verb_certainty(verb, event_class="statement", date=PUBLISHED, published=PUBLISHED)
    assert certainty == "ongoing"


def test_what_continued_after_a_sentence_set_in_a_past_year_is_history(nlp):  # noqa: F811
    text = "The Varn rebels split in mid-1996. A hardcore group continued to hold out in the hills."
    assert certainty_of_verb(nlp, text, "hold", None) == "occurred"


def test_what_continued_until_another_happening_is_over(nlp):  # noqa: F811
    text = "Protests continued in Varn before police cleared the square."
    assert certainty_of_verb(nlp, text, "continued", PUBLISHED) != "ongoing"


def test_what_continued_while_another_happening_went_on_is_over(nlp):  # noqa: F811
    text = "The crowd continued to chant as the mayor spoke."
    assert certainty_of_verb(nlp, text, "chant", PUBLISHED) != "ongoing"


def test_what_continued_and_then_ended_is_over(nlp):  # noqa: F811
    text = "Talks continued in Varn but ended without a deal."
    assert certainty_of_verb(nlp, text, "continued", PUBLISHED) != "ongoing"
