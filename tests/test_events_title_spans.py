"""A stretch of time or a portion is said by what it measures (events.noun_phrases): "months
of dizziness" is the dizziness, "three days of fighting" the fighting, "some of the floods"
the floods, and the title's verb agrees with what is said."""

from tests.test_events import events_of, nlp  # noqa: F401 (nlp is a fixture)


def _title(nlp, text, trigger):  # noqa: F811
    return next(e.title for e in events_of(nlp, text) if e.trigger == trigger)


def test_a_stretch_of_time_as_object_is_said_by_what_filled_it(nlp):  # noqa: F811
    text = "The farmer had suffered months of dizziness by the time he saw a doctor on Monday."
    assert _title(nlp, text, "suffer") == "Farmer suffers dizziness"


def test_a_stretch_of_time_as_subject_is_said_by_what_filled_it_and_agrees(nlp):  # noqa: F811
    text = "Three days of heavy fighting in the hills ended on Saturday."
    assert _title(nlp, text, "end") == "Fighting ends"


def test_a_portion_is_said_by_the_whole_it_is_taken_from(nlp):  # noqa: F811
    text = "Some of the worst floods this year occurred on Monday."
    assert _title(nlp, text, "occur") == "Floods occur"
