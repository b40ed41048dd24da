"""A happening named by a noun that "continued" on the day of the news is still going on as
told (events.continued_on_the_day, read by events.certainty). What someone "continued to do"
keeps the certainty of its own clause: measured blind, reading those as going on added events
that matched nothing. The sentences are written for these tests."""

import datetime as dt

from stories.extraction.events.certainty import noun_certainty
from tests.test_events import PUBLISHED, certainty_of_verb, nlp  # noqa: F401 (nlp is a fixture)

TUESDAY = PUBLISHED - dt.timedelta(days=1)
LAST_WEEK = PUBLISHED - dt.timedelta(days=8)


def _noun(nlp, text, word, date):  # noqa: F811
    noun = next(t for t in nlp(text) if t.text == word)
    return noun_certainty(noun, date=date, published=PUBLISHED)


def test_an_event_noun_that_continued_on_the_news_day_is_ongoing(nlp):  # noqa: F811
    text = "The military buildup in Norland continued at a fever pace."
    assert _noun(nlp, text, "buildup", PUBLISHED) == "ongoing"


def test_an_event_noun_that_continued_the_day_before_the_news_is_ongoing(nlp):  # noqa: F811
    text = "The search for the missing hikers continued on Tuesday."
    assert _noun(nlp, text, "search", TUESDAY) == "ongoing"


def test_what_continued_until_a_closing_time_is_over(nlp):  # noqa: F811
    text = "The search for the suspect continued until dawn."
    assert _noun(nlp, text, "search", PUBLISHED) == "occurred"


def test_what_continued_for_a_span_of_time_is_over(nlp):  # noqa: F811
    text = "The chanting outside the court continued for an hour."
    assert _noun(nlp, text, "chanting", PUBLISHED) == "occurred"


def test_what_continued_in_a_clause_of_time_sets_the_scene(nlp):  # noqa: F811
    text = "As the search continued, officers found the suspect in a dumpster."
    assert _noun(nlp, text, "search", PUBLISHED) == "occurred"


def test_what_continued_days_before_the_news_is_history(nlp):  # noqa: F811
    text = "The search for the second suspect continued last week."
    assert _noun(nlp, text, "search", LAST_WEEK) == "occurred"


def test_what_had_continued_is_not_told_as_standing_now(nlp):  # noqa: F811
    text = "The search for the second suspect had continued, a spokesman said."
    assert _noun(nlp, text, "search", PUBLISHED) == "occurred"


def test_what_continued_after_a_sentence_set_in_a_past_year_is_history(nlp):  # noqa: F811
    text = "The Varn rebels split in mid-1996. The rebels' resistance continued in the hills."
    assert _noun(nlp, text, "resistance", None) == "occurred"


def test_what_someone_continued_to_do_keeps_its_own_clauses_certainty(nlp):  # noqa: F811
    text = "Water continued to pour out of the broken main, a city spokesman said."
    assert certainty_of_verb(nlp, text, "pour", PUBLISHED) == "occurred"


def test_what_continued_until_another_happening_is_over(nlp):  # noqa: F811
    text = "Protests continued in Varn before police cleared the square."
    assert _noun(nlp, text, "Protests", PUBLISHED) != "ongoing"


def test_what_continued_while_another_happening_went_on_is_over(nlp):  # noqa: F811
    text = "The chanting continued as the mayor spoke."
    assert _noun(nlp, text, "chanting", PUBLISHED) != "ongoing"


def test_what_continued_and_then_ended_is_over(nlp):  # noqa: F811
    text = "Talks continued in Varn but ended without a deal."
    assert _noun(nlp, text, "Talks", PUBLISHED) != "ongoing"
