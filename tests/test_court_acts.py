"""Verbs of custody and of the court's first hearing report a step of a case
(events.court_acts): "was jailed", "was imprisoned", "was arraigned", "set bail"."""

from tests.test_events import events_of, nlp  # noqa: F401 (nlp is a fixture)

# Two sentences first, so the clause under test is past the lead.
_LEAD = "Police in Norland arrested two men on Friday. Officers searched a house for hours. "


def _triggers(nlp, sentence: str) -> list[str]:  # noqa: F811
    return [e.trigger for e in events_of(nlp, _LEAD + sentence)]


def test_passive_jailing_on_a_day_is_an_event(nlp):  # noqa: F811
    assert "jail" in _triggers(nlp, "Tomas Vell was jailed on Tuesday in Ostburg.")


def test_passive_imprisoning_is_an_event(nlp):  # noqa: F811
    assert "imprison" in _triggers(nlp, "The older brother was imprisoned for six years in May.")


def test_arraignment_told_by_its_verb_is_an_event(nlp):  # noqa: F811
    text = "The driver was arraigned last week and pleaded not guilty to both counts."
    assert "arraign" in _triggers(nlp, text)


def test_jail_as_a_noun_is_no_event(nlp):  # noqa: F811
    text = "The county jail on Mill Road holds about two hundred inmates."
    assert "jail" not in _triggers(nlp, text)


def test_bail_a_judge_set_is_an_event(nlp):  # noqa: F811
    assert "bail" in _triggers(nlp, "A judge set bail at $40,000 for the second man on Monday.")


def test_bail_a_suspect_is_free_on_is_no_event(nlp):  # noqa: F811
    assert "bail" not in _triggers(nlp, "The second man, free on bail, lives in Ostburg.")
