"""Titles that say what happened, not only who acted (events.titles).

A motion verb whose destination is no gazetteer place still says where it went ("Patient goes
to doctor", never "Patient goes"); a saying whose reported clause is too long for a title says
its subject, verb and object ("Ministry announces company would replace trains").
Short sentences written for these tests.
"""

from tests.test_events import event_titles, nlp  # noqa: F401 (nlp is a fixture)

_LEAD = "Acme Corp. opened a plant in Lyon on Monday. "


def test_a_motion_says_its_destination_when_it_is_no_place(nlp):  # noqa: F811
    text = _LEAD + "On Tuesday, the retired teacher went to her dentist in Lyon."

    found = event_titles(nlp, text, "go")
    assert found and all("to dentist" in t for t in found), found


def test_a_long_reported_clause_is_said_by_its_subject_verb_and_object(nlp):  # noqa: F811
    text = _LEAD + (
        "The ministry announced on Tuesday that the national railway company would replace all "
        "of its old diesel trains with electric ones by the end of next year."
    )

    found = event_titles(nlp, text, "announce")
    assert found and all("company would replace" in t and len(t) < 70 for t in found), found


def test_a_named_destination_is_not_said_again(nlp):  # noqa: F811
    text = _LEAD + "The minister then went to the Norland spaceport."

    found = event_titles(nlp, text, "go")
    assert found and all("spaceport" not in t for t in found), found


def test_a_parenthetical_for_example_is_no_destination(nlp):  # noqa: F811
    text = _LEAD + "Two bombers, for example, flew to within 200 kilometres of Lyon on Tuesday."

    found = event_titles(nlp, text, "fly")
    assert found and all("example" not in t for t in found), found


def test_a_matter_going_before_a_body_says_the_body(nlp):  # noqa: F811
    text = _LEAD + "The zoning bill went before the city council on Tuesday."

    found = event_titles(nlp, text, "go")
    assert found and all("before city council" in t for t in found), found
