"""One happening told twice in one sentence (events.one_deed).

Short texts written for these tests, run through the whole clause reader.
"""

from stories.extraction.analysis import analyse_text
from tests.test_events import PUBLISHED, events_of, nlp  # noqa: F401 (nlp is a fixture)


def titles(nlp, text: str) -> list[str]:  # noqa: F811
    return [event.title for event in events_of(nlp, text)]


def test_a_main_clause_restating_its_when_clause_as_an_effect_folds_into_it(nlp):  # noqa: F811
    text = "The shares became worthless on Monday when regulators seized the Dunmore bank."

    assert titles(nlp, text) == ["Regulators seize Dunmore bank"]


def test_a_search_that_ended_when_someone_was_found_is_the_finding(nlp):  # noqa: F811
    text = "The search ended on Friday when officers found the boy in a barn."

    assert titles(nlp, text) == ["Officers find boy"]


def test_a_death_when_a_bomb_exploded_is_the_death_told_over_both_clauses(nlp):  # noqa: F811
    text = "A guard was killed on Monday when a bomb exploded at the depot."

    (event,) = analyse_text(text, published=PUBLISHED).events  # whole_telling widens the quote
    assert event.title == "Guard killed"
    assert "bomb exploded" in event.quote


def test_a_saying_timed_by_a_happening_folds_into_that_happening(nlp):  # noqa: F811
    text = "“We are ready,” coach Ned Pike said on Friday before the Hawks' 3-1 win over the Owls."

    assert titles(nlp, text) == ["Hawks' 3-1 win over Owls"]


def test_a_saying_at_a_gathering_stays_the_speakers_happening(nlp):  # noqa: F811
    text = "“We are ready,” Ned Pike said at a rally on Friday."

    assert "Ned Pike says “We are ready”" in titles(nlp, text)
