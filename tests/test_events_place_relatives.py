"""A speech act in a "where" clause is a deed done there (events.place_relatives)."""

from tests.test_events import events_of, nlp  # noqa: F401 (nlp is a fixture)


def _triggers(events):
    return {e.trigger for e in events}


def test_a_warning_in_a_where_clause_is_an_event(nlp):  # noqa: F811
    text = (
        "The dispute has spread to Lyon, where state prosecutors have warned the builders that"
        " the permit may be revoked."
    )
    assert "warn" in _triggers(events_of(nlp, text))


def test_a_warning_in_a_clause_about_its_object_is_no_event(nlp):  # noqa: F811
    text = (
        "The builders, whom state prosecutors warned on Monday that the permit may be revoked,"
        " plan to appeal."
    )
    assert "warn" not in _triggers(events_of(nlp, text))
