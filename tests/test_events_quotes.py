"""What an event quotes from its article (events.clauses): the words a reader checks it by."""

from tests.test_events import events_of, nlp  # noqa: F401 (nlp is a fixture)


def test_a_relative_clause_event_quotes_the_noun_it_tells_about(nlp):  # noqa: F811
    text = "A judge refused to delay the full hearing, which is scheduled to take place in May."
    (hearing,) = [e for e in events_of(nlp, text) if "scheduled" in e.quote]
    assert hearing.quote.startswith("the full hearing, which")
