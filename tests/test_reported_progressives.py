"""A present progressive a present saying reports, with a noun subject, is an act under way
(events.reported_progressives): "the agency says its staff are delivering food"; on its own,
under a past saying or with a pronoun subject it still describes."""

from tests.test_events import events_of, nlp  # noqa: F401 (nlp is a fixture)

# Two sentences first, so the clause under test is past the lead.
_LEAD = "Floods cut off three villages near Brenmoor on Sunday. The river rose overnight. "


def _triggers(nlp, sentence: str) -> list[str]:  # noqa: F811
    return [e.trigger for e in events_of(nlp, _LEAD + sentence)]


def test_present_saying_reports_an_activity_under_way(nlp):  # noqa: F811
    text = "The relief agency says its volunteers are collecting blankets for the villages."
    assert "collect" in _triggers(nlp, text)


def test_noted_progressive_of_a_lexicon_verb_is_under_way(nlp):  # noqa: F811
    text = "The council notes several charities are opening shelters in the town."
    assert "open" in _triggers(nlp, text)


def test_reported_progressive_is_ongoing(nlp):  # noqa: F811
    text = "The relief agency says its volunteers are collecting blankets for the villages."
    events = [e for e in events_of(nlp, _LEAD + text) if e.trigger == "collect"]
    assert events and events[0].certainty == "ongoing"


def test_unreported_progressive_still_describes(nlp):  # noqa: F811
    text = "Its volunteers are collecting blankets for the villages."
    assert "collect" not in _triggers(nlp, text)


def test_pronoun_subject_progressive_still_describes(nlp):  # noqa: F811
    text = "The relief agency says they are collecting blankets for the villages."
    assert "collect" not in _triggers(nlp, text)


def test_past_saying_progressive_still_describes(nlp):  # noqa: F811
    text = "The relief agency said its volunteers are collecting blankets for the villages."
    assert "collect" not in _triggers(nlp, text)


def test_negated_saying_reports_no_activity(nlp):  # noqa: F811
    text = "The relief agency does not say its volunteers are collecting blankets."
    assert "collect" not in _triggers(nlp, text)


def test_dated_past_saying_reports_a_crossing_under_way_in_a_named_land(nlp):  # noqa: F811
    text = "The minister said on Friday that some allied forces are crossing Iraqi territory."
    assert "cross" in _triggers(nlp, text)


def test_undated_past_saying_of_a_progressive_still_paraphrases(nlp):  # noqa: F811
    text = "The minister said some allied forces are crossing Iraqi territory."
    assert "cross" not in _triggers(nlp, text)


def test_dated_past_saying_of_a_progressive_with_no_place_still_paraphrases(nlp):  # noqa: F811
    text = "The minister said on Friday that the queen is taking an interest in the matter."
    assert "take" not in _triggers(nlp, text)
