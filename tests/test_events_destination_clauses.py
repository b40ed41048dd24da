"""A "where" clause after the place someone was taken to, its verb a past passive ("was
booked into the county jail, where he was charged with theft"), tells the next step done to
that person there: reported, not described, though it has no date of its own
(events.destination_clauses). A "where" clause on a place nobody was taken to, or in a past
perfect, still describes."""

from tests.test_events import events_of, nlp  # noqa: F401 (nlp is a fixture)

_LEAD = "The county sheriff spoke to reporters on Monday. Deputies searched a field. "


def _triggers(nlp, sentence: str) -> list[str]:  # noqa: F811
    return [e.trigger for e in events_of(nlp, _LEAD + sentence)]


def test_a_passive_where_clause_after_a_place_taken_to_is_reported(nlp):  # noqa: F811
    text = "Tom Lee was booked into the county jail, where he was charged with theft."
    assert "charge" in _triggers(nlp, text)


def test_a_where_clause_after_a_place_inside_the_destination_is_reported(nlp):  # noqa: F811
    text = "Ana Ruiz was flown to a hospital in Galveston, where she was treated for burns."
    assert "treat" in _triggers(nlp, text)


def test_a_where_clause_on_a_place_nobody_was_taken_to_still_describes(nlp):  # noqa: F811
    text = "Tom Lee lives near the old mill, where grain was stored."
    assert "store" not in _triggers(nlp, text)


def test_a_past_perfect_where_clause_still_describes(nlp):  # noqa: F811
    text = "Tom Lee was taken to the county jail, where he had been questioned before."
    assert "question" not in _triggers(nlp, text)


def test_a_where_clause_after_a_verb_that_moves_nobody_still_describes(nlp):  # noqa: F811
    text = "Tom Lee belonged to the old club, where he was treated for burns."
    assert "treat" not in _triggers(nlp, text)


def test_a_where_clause_after_someone_sent_into_custody_is_reported(nlp):  # noqa: F811
    text = "Tom Lee was sent to the county jail, where he was charged with theft."
    assert "charge" in _triggers(nlp, text)
