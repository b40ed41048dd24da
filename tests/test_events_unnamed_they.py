"""A "they" the story never names, in a clause with its own place or date, still tells a
happening (events.titles._done_there): people in general did it, so the title says what was
done ("Banner put up in Lisbon") or, with nothing done to a thing, which town, region or country
did it ("Ohio votes"). Without a place or date of its own such a "they" stays untitled.
Short sentences written for these tests.
"""

from tests.test_events import event_titles, nlp  # noqa: F401 (nlp is a fixture)

_LEAD = "Acme Corp. opened a plant in Lyon on Monday. "


def test_a_place_that_voted_is_the_subject(nlp):  # noqa: F811
    text = _LEAD + "In Norland, they voted for a new governor."

    assert event_titles(nlp, text, "vote") == ["Norland votes"]


def test_a_thing_done_by_an_unnamed_they_is_titled_as_a_passive(nlp):  # noqa: F811
    text = _LEAD + "In Lisbon, they put up a giant banner on Sunday."

    assert event_titles(nlp, text, "put up") == ["Banner put up in Lisbon"]


def test_an_unnamed_they_without_place_or_date_stays_untitled(nlp):  # noqa: F811
    text = _LEAD + "They voted for a new governor."

    assert event_titles(nlp, text, "vote") == []
