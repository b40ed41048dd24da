"""A plea made for help is a public appeal, an event noun a light verb carries
(lexicon.NOUN_CLASSES "announce"). Sentences written for these tests.
"""

from tests.test_events import events_of, nlp  # noqa: F401 (nlp is a fixture)


def test_making_a_plea_for_help_is_an_event(nlp):  # noqa: F811
    text = "Tarvo police made a plea on Saturday for help with the robbery case."

    assert "plea" in [e.trigger for e in events_of(nlp, text)]
