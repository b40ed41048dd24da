"""More nouns of one happening (events.happening_nouns). The court's ruling on bail, carried by
a light verb, is a happening: "a judge set bail", "bail was set"; bail alone ("free on bail")
is none."""

import datetime

from stories.extraction.analysis import analyse_text
from stories.extraction.events.happening_nouns import MORE_NOUN_CLASSES
from tests.test_events import events_of, nlp  # noqa: F401 (nlp is a fixture)

# Two sentences first, so the clause under test is past the lead.
_LEAD = "Police in Norland arrested two men on Friday. Officers searched a house for hours. "


def _triggers(nlp, sentence: str) -> list[str]:  # noqa: F811
    return [e.trigger for e in events_of(nlp, _LEAD + sentence)]


_CHARGED = "Police in Ostburg arrested a man Monday on a charge of assault. "


def _analysed_triggers(text: str) -> list[str]:
    return [e.trigger for e in analyse_text(text, published=datetime.date(2009, 3, 18)).events]


def test_bail_is_a_class_of_its_own_in_the_happening_nouns():
    assert MORE_NOUN_CLASSES["bail"] == "bail"


def test_bail_a_judge_set_is_an_event(nlp):  # noqa: F811
    assert "bail" in _triggers(nlp, "A judge set bail at $40,000 for the second man on Monday.")


def test_bail_set_in_the_passive_is_an_event(nlp):  # noqa: F811
    assert "bail" in _triggers(nlp, "Bail was set at $40,000 for Tomas Vell on Monday.")


def test_bail_a_suspect_is_free_on_is_no_event(nlp):  # noqa: F811
    assert "bail" not in _triggers(nlp, "The second man, free on bail, lives in Ostburg.")


def test_bail_a_suspect_is_held_on_is_no_event(nlp):  # noqa: F811
    assert "bail" not in _triggers(nlp, "Tomas Vell is held on $40,000 bail in Ostburg.")


def test_an_agreement_of_a_named_month_is_an_event():
    text = "The board of Ostburg Mills met on Friday. "
    text += "The June agreement with the shareholders was a blow to the board."
    assert "agreement" in _analysed_triggers(text)


def test_arrested_without_incident_is_no_event():
    text = _CHARGED + "Officers said the man was arrested without incident at his home."
    assert "incident" not in _analysed_triggers(text)


def test_a_sit_in_students_hold_is_an_event(nlp):  # noqa: F811
    sentence = "Students held a sit-in at the parliament in Ostburg on Monday."
    assert "sit-in" in _triggers(nlp, sentence)


def test_a_sit_in_the_governor_condemned_is_an_event(nlp):  # noqa: F811
    sentence = "The governor condemned the sit-in at the Ostburg ministry on Monday."
    assert "sit-in" in _triggers(nlp, sentence)


def test_the_dated_agreement_a_deed_is_done_under_is_no_event():
    text = "The board of Ostburg Mills met on Friday. "
    text += "Under the 2015 agreement, Norland limited its exports."
    assert "agreement" not in _analysed_triggers(text)


def test_the_dated_agreement_that_remains_in_force_is_no_event():
    text = "The board of Ostburg Mills met on Friday. The 2020 agreement remains in force."
    assert "agreement" not in _analysed_triggers(text)


def test_an_agreement_of_a_named_month_a_deed_is_done_under_is_an_event():
    text = "The board of Ostburg Mills met on Friday. "
    text += "Ostburg Mills is trying to sell itself, under a June agreement with the shareholders."
    assert "agreement" in _analysed_triggers(text)


def test_a_dated_convention_a_present_relative_clause_says_grants_a_right_is_the_text():
    text = "The board of Ostburg Mills met on Friday. Officials said the rules overruled "
    text += "a 1971 convention which gives Norland the right to try the men."
    assert "convention" not in _analysed_triggers(text)


def test_a_dated_agreement_a_present_relative_clause_says_allows_a_deed_is_the_text():
    text = "The board of Ostburg Mills met on Friday. Critics pointed to the 2015 agreement, "
    text += "which allows Norland to enrich uranium."
    assert "agreement" not in _analysed_triggers(text)


def test_a_convention_a_relative_clause_says_drew_crowds_stays_a_gathering():
    text = "The board of Ostburg Mills met on Friday. Critics pointed to the 2019 convention, "
    text += "which drew 4,000 people to Lyon."
    assert "convention" in _analysed_triggers(text)


def test_a_convention_that_grants_a_right_cited_in_the_past_passive_is_the_text():
    text = "The board of Ostburg Mills met on Friday. The convention which gives Norland "
    text += "the right to try the men was cited by the judge."
    assert "convention" not in _analysed_triggers(text)
