"""A present perfect past the lead, with no date or place of its own, sums up rather than
reports (events.noise.describes_rather_than_reports). Round 30 measured every such drop on the
four dev batches (76 built candidates: AEB dev 0 gold of 38, tb 1 of 5, lgldev 8 of 19, tbdev 3
of 14); no subject kind, object, date, place or position split out a sub-class that is mostly
gold on every batch, so the commentary perfect stays dropped, and these tests pin it."""

from tests.test_events import event_triggers, nlp  # noqa: F401 (nlp is a fixture)

# Two sentences first, so the clause under test is past the lead, where a perfect sums up.
_LEAD = "The harbour bridge reopened on Tuesday. Drivers queued for an hour. "


def test_a_perfect_of_struggling_past_the_lead_is_commentary(nlp):  # noqa: F811
    text = _LEAD + "The town has struggled with its road budget."
    assert "struggle" not in event_triggers(nlp, text)


def test_a_perfect_of_questioning_with_long_past_the_lead_is_commentary(nlp):  # noqa: F811
    text = _LEAD + "Critics of the toll have long questioned its cost."
    assert "question" not in event_triggers(nlp, text)


def test_a_named_bodys_perfect_with_an_object_past_the_lead_still_sums_up(nlp):  # noqa: F811
    # measured: named body or official subject with an object, AEB dev 0 gold of 7 (none a
    # formal act: resist, reduce, limit, provide, hold, attract, take)
    text = _LEAD + "The Velton Harbour Board has resisted a new toll."
    assert "resist" not in event_triggers(nlp, text)


def test_a_named_bodys_perfect_in_the_lead_is_the_news(nlp):  # noqa: F811
    text = "The Velton Harbour Board has adopted a new toll. Drivers queued for an hour."
    assert "adopt" in event_triggers(nlp, text)
