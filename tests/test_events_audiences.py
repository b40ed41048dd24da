"""Telling the authorities or a gathered audience is a deed of its own (events.audiences);
telling reporters frames a quote. Short sentences written for these tests.
"""

from tests.test_events import event_triggers, nlp  # noqa: F401 (nlp is a fixture)

# Two sentences first, so that the telling is past the lead (events.sayings).
_LEAD = "Acme Corp. opened a plant in Lyon on Monday. Jane Doe runs it. "


def test_telling_police_is_a_statement_of_record(nlp):  # noqa: F811
    text = _LEAD + "Tom Lee told police that he was at home all evening."

    assert "tell" in event_triggers(nlp, text)


def test_telling_a_counted_audience_is_a_speech_given(nlp):  # noqa: F811
    text = _LEAD + "Ana Ruiz told several hundred cheering farmers that the dam would be finished."

    assert "tell" in event_triggers(nlp, text)


def test_telling_reporters_only_frames_a_quote(nlp):  # noqa: F811
    text = _LEAD + "Tom Lee told reporters that he was at home all evening."

    assert "tell" not in event_triggers(nlp, text)


def test_telling_one_listener_only_frames_a_quote(nlp):  # noqa: F811
    text = _LEAD + "Tom Lee told a friend that he was at home all evening."

    assert "tell" not in event_triggers(nlp, text)
