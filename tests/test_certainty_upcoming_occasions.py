"""Occasions named by a noun that the wording puts still to come (events.upcoming_occasions).

The sentences are written for these tests.
"""

import datetime as dt

from stories.extraction.events.certainty import noun_certainty
from tests.test_events import PUBLISHED, nlp  # noqa: F401 (nlp is a fixture)


def _noun(nlp, text, word):  # noqa: F811
    return next(t for t in nlp(text) if t.text == word)


def test_an_arranged_occasion_of_this_year_is_planned(nlp):  # noqa: F811
    noun = _noun(nlp, "Supporters urged Ana Ruiz to run in this year's election.", "election")
    year = dt.date(PUBLISHED.year, 1, 1)
    assert noun_certainty(noun, date=year, published=PUBLISHED, event_class="vote") == "planned"


def test_an_occasion_ahead_of_which_one_speaks_today_is_planned(nlp):  # noqa: F811
    text = "Tom Lee spoke to reporters ahead of a news conference in Dalby."
    noun = _noun(nlp, text, "conference")
    told = noun_certainty(noun, date=PUBLISHED, published=PUBLISHED, event_class="ceremony")
    assert told == "planned"


def test_an_occasion_of_a_past_year_occurred(nlp):  # noqa: F811
    noun = _noun(nlp, "Supporters recalled last year's election in Dalby.", "election")
    year = dt.date(PUBLISHED.year - 1, 1, 1)
    assert noun_certainty(noun, date=year, published=PUBLISHED, event_class="vote") == "occurred"


def test_an_occasion_of_this_year_told_in_the_past_occurred(nlp):  # noqa: F811
    noun = _noun(nlp, "This year's election was marred by violence in Velton.", "election")
    year = dt.date(PUBLISHED.year, 1, 1)
    assert noun_certainty(noun, date=year, published=PUBLISHED, event_class="vote") == "occurred"


def test_an_occasion_of_this_year_as_a_past_verbs_object_occurred(nlp):  # noqa: F811
    noun = _noun(nlp, "Norburg held this year's election under heavy rain.", "election")
    year = dt.date(PUBLISHED.year, 1, 1)
    assert noun_certainty(noun, date=year, published=PUBLISHED, event_class="vote") == "occurred"


def test_an_occasion_of_this_year_before_which_one_met_is_planned(nlp):  # noqa: F811
    noun = _noun(nlp, "Officials met before this year's election in Velton.", "election")
    year = dt.date(PUBLISHED.year, 1, 1)
    assert noun_certainty(noun, date=year, published=PUBLISHED, event_class="vote") == "planned"
