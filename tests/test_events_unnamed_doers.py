"""A lexicon happening verb in the past with an unresolved "it" for its subject, in a clause
with its own date, is titled as a headline passive (events.unnamed_doers)."""

from tests.test_events import event_titles, nlp  # noqa: F401 (nlp is a fixture)


def test_a_dated_deed_of_an_unresolved_it_is_titled_by_what_was_done(nlp):  # noqa: F811
    text = "Shares rose sharply. It announced plans in May to build a second plant."
    assert "Plans announced" in " ".join(event_titles(nlp, text, "announce"))


def test_an_undated_deed_of_an_unresolved_it_stays_untitled(nlp):  # noqa: F811
    text = "Shares rose sharply. It announced plans to build a second plant."
    assert event_titles(nlp, text, "announce") == []


def test_a_deed_of_an_it_with_no_thing_done_to_stays_untitled(nlp):  # noqa: F811
    text = "Shares rose sharply. It collapsed in May."
    assert event_titles(nlp, text, "collapse") == []
