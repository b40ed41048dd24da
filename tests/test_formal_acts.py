"""A named body's formal act in the present perfect ("the harbour board has adopted a rule")
reports the act even past the lead (events.formal_acts); the look-alikes of commentary, a
critic's or a company's stance and a town's struggle, stay dropped as summing up."""

from tests.test_events import event_triggers, nlp  # noqa: F401 (nlp is a fixture)

# Two sentences first, so the clause under test is past the lead, where a perfect sums up.
_LEAD = "The ferry service resumed on Monday. Passengers waited on the pier for hours. "


def test_a_boards_adopted_rule_past_the_lead_is_an_event(nlp):  # noqa: F811
    text = _LEAD + "The Velton Harbour Board has adopted a rule on mooring fees."
    assert "adopt" in event_triggers(nlp, text)


def test_a_districts_passed_resolution_past_the_lead_is_an_event(nlp):  # noqa: F811
    text = _LEAD + "The Marlow Water District has passed a resolution on the levy."
    assert "pass" in event_triggers(nlp, text)


def test_a_councils_set_up_panel_past_the_lead_is_an_event(nlp):  # noqa: F811
    text = _LEAD + "The county council has set up a panel to review the timetable."
    assert "set" in event_triggers(nlp, text)


def test_critics_who_have_long_questioned_stay_commentary(nlp):  # noqa: F811
    text = _LEAD + "Critics have long questioned the cost of the service."
    assert "question" not in event_triggers(nlp, text)


def test_a_company_that_has_resisted_change_stays_commentary(nlp):  # noqa: F811
    text = _LEAD + "The company has resisted change for years."
    assert "resist" not in event_triggers(nlp, text)


def test_a_city_that_has_struggled_stays_commentary(nlp):  # noqa: F811
    text = _LEAD + "The city has struggled."
    assert "struggle" not in event_triggers(nlp, text)


def test_a_formal_act_verb_without_an_object_stays_commentary(nlp):  # noqa: F811
    text = _LEAD + "Time has passed since the board met."
    assert "pass" not in event_triggers(nlp, text)


def test_a_formal_act_verb_with_an_unnamed_subject_stays_commentary(nlp):  # noqa: F811
    text = _LEAD + "Many travellers have adopted a habit of arriving early."
    assert "adopt" not in event_triggers(nlp, text)


def test_setting_a_standard_without_up_stays_commentary(nlp):  # noqa: F811
    text = _LEAD + "The ferry company has set a standard of poor service."
    assert "set" not in event_triggers(nlp, text)


def test_a_company_that_has_issued_a_statement_past_the_lead_stays_dropped(nlp):  # noqa: F811
    text = _LEAD + "The Velton Harbour Board has issued a statement about the delays."
    assert "issue" not in event_triggers(nlp, text)
