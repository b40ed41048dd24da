"""Sayings with an occasion of their own whose clause tells no happening are the event
(events.occasioned_sayings)."""

from tests.test_events import events_of, nlp  # noqa: F401 (nlp is a fixture)


def _sayings(events):
    return [e for e in events if e.extra.get("class") == "saying"]


def test_a_quote_said_on_a_stated_day_is_the_speakers_saying(nlp):  # noqa: F811
    text = '"We are winning this fight," Mayor Ivo Renn said on Tuesday.'
    (event,) = _sayings(events_of(nlp, text))
    assert (event.title, event.certainty, event.date_start.isoformat()) == (
        "Mayor Ivo Renn says “We are winning this fight”",
        "occurred",
        "2024-03-05",
    )


def test_a_long_quote_is_titled_by_its_opening_cut_at_a_word(nlp):  # noqa: F811
    text = (
        '"Every library in this county will stay open for as long as I hold this office," '
        "Mayor Ivo Renn said on Tuesday."
    )
    (event,) = _sayings(events_of(nlp, text))
    assert event.title == "Mayor Ivo Renn says “Every library in this county will stay open…”"


def test_a_short_reported_clause_before_its_saying_is_said_as_written(nlp):  # noqa: F811
    text = "The bridge was safe, Mayor Ivo Renn said on Tuesday."
    (event,) = _sayings(events_of(nlp, text))
    assert event.title == "Mayor Ivo Renn says the bridge was safe"


def test_a_quote_said_before_an_occasion_is_a_saying(nlp):  # noqa: F811
    text = '"She knows what she did," Talia Merrow said before the hearing.'
    (event,) = _sayings(events_of(nlp, text))
    assert event.trigger == "say"


def test_an_unnamed_insider_telling_an_outlet_on_a_day_is_a_saying(nlp):  # noqa: F811
    text = '"Halvor is furious," an insider told the outlet on Monday.'
    (event,) = _sayings(events_of(nlp, text))
    assert event.trigger == "tell"


def test_an_undated_quote_stays_a_frame(nlp):  # noqa: F811
    text = '"We are winning this fight," Mayor Ivo Renn said.'
    assert _sayings(events_of(nlp, text)) == []


def test_a_saying_whose_clause_is_an_event_stays_its_frame(nlp):  # noqa: F811
    text = (
        "Police said on Monday that a lorry crashed into a wall in Dunmore, "
        'calling it "a terrible accident".'
    )
    events = events_of(nlp, text)
    assert (_sayings(events), [e.trigger for e in events]) == ([], ["crash"])


def test_telling_the_press_is_no_audience_of_its_own(nlp):  # noqa: F811
    text = 'Dr. Ivo Renn told the media that the new case is "isolated".'
    assert _sayings(events_of(nlp, text)) == []


def test_a_pronoun_speaker_resolving_to_no_one_is_no_saying(nlp):  # noqa: F811
    text = '"It is a fine day," he said on Monday.'
    assert _sayings(events_of(nlp, text)) == []


def test_at_the_time_is_no_occasion(nlp):  # noqa: F811
    text = '"We will wait," the agency said at the time.'
    assert _sayings(events_of(nlp, text)) == []


def test_an_indirect_saying_on_a_stated_day_is_a_saying(nlp):  # noqa: F811
    text = "Organisers said on Sunday that about two thousand people had come."
    (event,) = _sayings(events_of(nlp, text))
    assert (event.trigger, event.date_start.isoformat()) == ("say", "2024-03-03")


def test_an_indirect_saying_at_an_occasion_stays_a_frame(nlp):  # noqa: F811
    text = "The coach said before the match that his team was tired."
    assert _sayings(events_of(nlp, text)) == []


def test_telling_an_audience_of_its_own_is_a_saying(nlp):  # noqa: F811
    text = 'Talia Merrow told supporters: "The fight goes on."'
    (event,) = _sayings(events_of(nlp, text))
    assert event.title == "Talia Merrow tells supporters “The fight goes on”"


def test_telling_reporters_is_no_audience_of_its_own(nlp):  # noqa: F811
    text = 'Talia Merrow told reporters: "The fight goes on."'
    assert _sayings(events_of(nlp, text)) == []


def test_a_quote_insisted_on_a_stated_day_is_the_speakers_saying(nlp):  # noqa: F811
    text = '"We are winning this fight," Mayor Ivo Renn insisted on Tuesday.'
    (event,) = _sayings(events_of(nlp, text))
    assert event.trigger == "insist"
