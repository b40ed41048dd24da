"""More nouns of one happening (events.happening_nouns). The court's ruling on bail, carried by
a light verb, is a happening: "a judge set bail", "bail was set"; bail alone ("free on bail")
is none."""

from stories.extraction.events.happening_nouns import MORE_NOUN_CLASSES
from tests.test_events import events_of, nlp  # noqa: F401 (nlp is a fixture)

# Two sentences first, so the clause under test is past the lead.
_LEAD = "Police in Norland arrested two men on Friday. Officers searched a house for hours. "


def _triggers(nlp, sentence: str) -> list[str]:  # noqa: F811
    return [e.trigger for e in events_of(nlp, _LEAD + sentence)]


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


def test_a_cleanup_on_a_day_is_an_event(nlp):  # noqa: F811
    assert "cleanup" in _triggers(nlp, "Tom Lee was hurt in a cleanup on Monday.")


def test_a_cleanup_a_light_verb_carries_is_an_event(nlp):  # noqa: F811
    assert "cleanup" in _triggers(nlp, "The volunteers held a river cleanup near the dam.")


def test_a_cleanup_still_under_way_with_no_day_is_no_event(nlp):  # noqa: F811
    assert "cleanup" not in _triggers(nlp, "The cleanup could take weeks, officials said.")


def test_an_incident_on_a_day_is_an_event(nlp):  # noqa: F811
    sentence = "The charge stemmed from an incident on Monday at a bar in Lyon."

    assert "incident" in _triggers(nlp, sentence)


def test_the_incident_named_again_with_no_day_is_no_event(nlp):  # noqa: F811
    assert "incident" not in _triggers(nlp, "Officers are still looking into the incident.")
