"""Titles of verbs that take a gerund (events.titles): the gerund keeps its object."""

from tests.test_events import events_of, nlp  # noqa: F401 (nlp is a fixture)


def test_a_gerund_taken_by_a_verb_keeps_its_object_in_the_title(nlp):  # noqa: F811
    events = events_of(nlp, "Tom Lee resumed building the bridge in Lyon on Monday.")
    (resumed,) = [e for e in events if e.trigger == "resume"]
    assert resumed.title.startswith("Tom Lee resumes building bridge")


def test_a_gerund_without_an_object_stays_alone_in_the_title(nlp):  # noqa: F811
    events = events_of(nlp, "The crew resumed flying on Monday.")
    (resumed,) = [e for e in events if e.trigger == "resume"]
    assert resumed.title == "Crew resumes flying"
