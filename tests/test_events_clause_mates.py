"""A subject "they" bound by its own sentence (events.clause_mates): the plural people who
report its clause, or whose adverbial clause opens the sentence, are who "they" are, even
when they are named only as "officials"."""

from stories.extraction.events.clause_mates import bound_they
from tests.test_events import event_titles, nlp  # noqa: F401 (nlp is a fixture)


def test_they_reported_by_officials_is_the_officials(nlp):  # noqa: F811
    text = "Development officials in Ohio say they will check whether the retailer broke its deal."
    assert any(t.startswith("Development officials check") for t in event_titles(nlp, text))


def test_they_after_an_opening_clause_of_officials_is_the_officials(nlp):  # noqa: F811
    text = "When officials searched the car on Monday they found 15 pills in a bag."
    assert any(t.startswith("Officials find") for t in event_titles(nlp, text, "find"))


def test_they_bound_in_its_sentence_passes_over_people_named_before(nlp):  # noqa: F811
    text = "Deputies stopped her car in Lyon. When officials searched her purse they found pills."
    titles = event_titles(nlp, text, "find")
    assert titles and all(t.startswith("Officials find") for t in titles)


def test_they_after_a_clause_of_cause_is_not_bound_by_its_sentence(nlp):  # noqa: F811
    doc = nlp("After residents complained on Monday, they closed the park in Lyon.")
    they = next(t for t in doc if t.lower_ == "they")
    assert bound_they(they, None) is None
