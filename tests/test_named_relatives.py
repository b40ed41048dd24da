"""A relative clause set off by a comma whose subject is a "which" standing for a name ("the
builder Norcon, which won the tender") tells that named body's own deed
(events.named_relatives). Sentences written for these tests."""

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
