"""A suspect charged with an offence in the present or perfect passive, with no date of its
own, after the lead (events.charges): the charging is reported, not described."""

from tests.test_events import events_of, nlp  # noqa: F401 (nlp is a fixture)

# Two sentences first, so the clause under test is past the lead, where a perfect sums up.
_LEAD = "The county board met on Monday. Members argued for hours about the budget. "


def _triggers(nlp, sentence: str) -> list[str]:  # noqa: F811
    return [e.trigger for e in events_of(nlp, _LEAD + sentence)]


def test_perfect_passive_charge_with_an_offence_is_an_event(nlp):  # noqa: F811
    text = "Her neighbour, Tomas Vell, has been charged with arson and burglary."
    assert "charge" in _triggers(nlp, text)


def test_present_passive_charge_with_an_offence_is_an_event(nlp):  # noqa: F811
    text = "Tomas Vell is charged with arson in the fire at the Norland mill."
    assert "charge" in _triggers(nlp, text)


def test_charge_with_a_duty_named_by_a_verb_still_describes(nlp):  # noqa: F811
    text = "The new panel has been charged with reviewing the budget."
    assert "charge" not in _triggers(nlp, text)


def _events(nlp, sentence: str):  # noqa: F811
    return events_of(nlp, _LEAD + sentence)


def test_crime_a_suspect_is_accused_of_is_an_event(nlp):  # noqa: F811
    text = "Tom Lee is accused of killing his landlord, Jane Doe."
    assert "kill" in [e.trigger for e in _events(nlp, text)]


def test_crime_a_suspect_is_accused_of_is_only_speculated(nlp):  # noqa: F811
    text = "Tom Lee is accused of killing his landlord, Jane Doe."
    killing = next(e for e in _events(nlp, text) if e.trigger == "kill")
    assert killing.certainty == "speculated"


def test_crime_describing_a_person_by_an_accusation_is_no_event(nlp):  # noqa: F811
    text = "Police questioned a gunman accused of killing Jane Doe, his landlord."
    assert "kill" not in [e.trigger for e in _events(nlp, text)]


def test_charge_of_a_body_with_a_duty_noun_is_no_offence(nlp):  # noqa: F811
    text = "The new panel is charged with oversight of the county jails."
    assert "charge" not in _triggers(nlp, text)


def test_charge_of_things_with_a_load_is_no_offence(nlp):  # noqa: F811
    text = "The town's new trams are charged with wind power."
    assert "charge" not in _triggers(nlp, text)


def test_charge_in_a_non_offence_noun_of_a_body_is_no_offence(nlp):  # noqa: F811
    text = "The committee is charged in the new plan with the school budget."
    assert "charge" not in _triggers(nlp, text)


def test_a_fee_charged_to_customers_is_no_offence(nlp):  # noqa: F811
    text = "Customers are charged $5 for each bag at the store."
    assert "charge" not in _triggers(nlp, text)


def test_a_person_charged_with_an_offence_noun_stays_an_event(nlp):  # noqa: F811
    text = "Ana Ruiz has been charged with robbery and assault."
    assert "charge" in _triggers(nlp, text)


def test_a_man_charged_in_a_death_stays_an_event(nlp):  # noqa: F811
    text = "A man is charged in the beating death of his neighbour."
    assert "charge" in _triggers(nlp, text)


def test_a_person_charged_with_a_list_opening_on_a_gerund_naming_an_offence_is_an_event(nlp):  # noqa: F811
    text = "Tomas Vell is charged with fleeing police and possession of a controlled substance."
    assert "charge" in _triggers(nlp, text)


def test_a_person_charged_with_duties_told_by_gerunds_still_describes(nlp):  # noqa: F811
    text = "Tomas Vell is charged with reviewing the budget and hiring new staff."
    assert "charge" not in _triggers(nlp, text)


def test_a_participle_charging_a_held_person_with_an_offence_is_an_event(nlp):  # noqa: F811
    text = "Tomas Vell, 42, is at the county jail, charged with two counts of assault."
    assert "charge" in _triggers(nlp, text)


def test_a_participle_charging_with_a_duty_is_no_event(nlp):  # noqa: F811
    text = "Tomas Vell, 42, sat on the board, charged with reviewing the budget."
    assert "charge" not in _triggers(nlp, text)


def test_a_person_charged_with_investigating_a_named_crime_is_given_a_duty(nlp):  # noqa: F811
    text = "Tomas Vell is charged with investigating the theft and the murder."
    assert "charge" not in _triggers(nlp, text)
