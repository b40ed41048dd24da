"""Places of an event said outside its clause's own parse (stories.extraction.events.places):
a verbless clause of where the subject was, and "over X" for happenings in the air."""

from tests.test_events import events_of, nlp  # noqa: F401 (nlp is a fixture)


def _place_of(nlp, text: str, trigger: str) -> str | None:  # noqa: F811
    event = next(e for e in events_of(nlp, text) if e.trigger == trigger)
    return event.place.name if event.place else None


def test_a_verbless_clause_of_where_the_subject_was_places_the_event(nlp):  # noqa: F811
    text = "Jane Doe died on Monday while in custody in a Norland jail."
    assert _place_of(nlp, text, "die") == "Norland"


def test_over_a_place_says_where_a_jet_was_blown_up(nlp):  # noqa: F811
    text = "Two men were charged with blowing up a cargo jet over Norland in 2019."
    assert _place_of(nlp, text, "blow up") == "Norland"


def test_a_row_over_a_place_is_not_where_it_happened(nlp):  # noqa: F811
    events = events_of(nlp, "Ana Ruiz resigned on Monday after a row over Sudland.")
    assert all(e.place is None or e.place.name != "Sudland" for e in events)
