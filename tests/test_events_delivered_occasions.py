"""An event noun that a past participle of its own places (events.delivered_occasions).

The sentences are written for these tests; mentions come from tests/test_events.py's helpers.
"""

from stories.extraction.events.delivered_occasions import placed_by_its_participle
from tests.extracting import with_trigger
from tests.test_events import events_of, nlp  # noqa: F401 (nlp is a fixture)


def test_a_speech_delivered_in_a_named_place_is_an_event(nlp):  # noqa: F811
    text = (
        "In a speech delivered in Geneva, the governor seemed to hint that the troops could "
        "stay for months."
    )

    (speech,) = with_trigger(events_of(nlp, text), "speech")
    assert speech.place is not None and speech.place.name == "Geneva"


def test_a_speech_with_no_participle_placing_it_is_no_event(nlp):  # noqa: F811
    text = "In a speech, the governor seemed to hint that the troops could stay for months."

    assert not with_trigger(events_of(nlp, text), "speech")


def test_an_event_noun_with_a_participle_naming_a_target_is_not_placed(nlp):  # noqa: F811
    doc = nlp("The minister announced a campaign aimed at young drivers.")

    assert not placed_by_its_participle(next(t for t in doc if t.lower_ == "campaign"))
