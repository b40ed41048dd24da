"""An adverbial clause that says where it happened reports a happening (events.clauses
_grounded): "while traffic in Lyon eased" tells of a change in a place, where "while
traffic eased" only sets the scene for its main clause. Short sentences written for
these tests.
"""

from tests.test_events import event_triggers, nlp  # noqa: F401 (nlp is a fixture)

_LEAD = "Acme Corp. opened a plant in Lyon on Monday. Tom Lee runs it. "


def test_an_adverbial_clause_with_its_own_place_is_a_happening(nlp):  # noqa: F811
    text = _LEAD + "While air quality in Oslo improved last year, analysts credit the weather."

    assert "improve" in event_triggers(nlp, text)


def test_an_adverbial_clause_without_place_or_date_sets_the_scene(nlp):  # noqa: F811
    text = _LEAD + "While air quality improved last year, analysts credit the weather."

    assert "improve" not in event_triggers(nlp, text)
