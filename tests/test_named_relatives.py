"""A relative clause set off by a comma whose subject is a "which" standing for a name ("the
builder Norcon, which won the tender") tells that named body's own deed
(events.named_relatives). Sentences written for these tests."""

from stories.extraction.events.named_relatives import named_which_clause
from tests.test_events import event_titles, nlp  # noqa: F401 (nlp is a fixture)


def test_a_which_clause_on_a_name_tells_the_named_bodys_deed(nlp):  # noqa: F811
    text = "The contract went to the builder Norcon, which won the tender for the new harbour."

    assert event_titles(nlp, text, "win") == ["Builder Norcon wins tender"]


def test_a_which_clause_on_a_common_noun_is_no_named_deed(nlp):  # noqa: F811
    text = "The contract went to a small builder, which won the tender for the new harbour."

    assert event_titles(nlp, text, "win") == []


def test_a_restrictive_that_clause_on_a_name_is_no_named_deed(nlp):  # noqa: F811
    text = "The contract went to the Norcon that won the tender for the new harbour."

    assert event_titles(nlp, text, "win") == []


def _relative_verb(nlp, text: str, word: str):  # noqa: F811
    return next(t for t in nlp(text) if t.text == word)


def test_a_which_clause_on_a_day_names_no_body(nlp):  # noqa: F811
    """A month or a day is a name but no body: "July 4, which fell on a Sunday" tells the
    calendar, not a deed of the day's."""
    verb = _relative_verb(
        nlp, "The town moved its parade from July 4, which fell on a Sunday.", "fell"
    )

    assert not named_which_clause(verb)


def test_a_which_clause_after_a_month_names_no_body(nlp):  # noqa: F811
    """ "sold in March, which hurt the workers": the "which" stands for the sale, not the month."""
    verb = _relative_verb(nlp, "The mill was sold in March, which hurt the workers.", "hurt")

    assert not named_which_clause(verb)
