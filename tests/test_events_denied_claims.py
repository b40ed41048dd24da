"""A denied claim (events.denied_claims): the denial is the event, not what it denies."""

from tests.test_events import events_of, nlp  # noqa: F401 (nlp is a fixture)


def test_an_unnamed_speaker_denying_a_clause_is_the_event(nlp):  # noqa: F811
    text = "The harbour master denied on Monday that the ferry had left port without papers."
    events = events_of(nlp, text)
    assert [(e.trigger, e.certainty) for e in events] == [("deny", "occurred")]


def test_the_denied_clause_gives_no_event(nlp):  # noqa: F811
    text = "The treasurer on Friday denied he had moved the club's funds to his own account."
    assert [e.trigger for e in events_of(nlp, text) if e.trigger != "deny"] == []


def test_a_claim_noun_carrying_the_clause_is_denied_too(nlp):  # noqa: F811
    text = "The coach on Friday denied reports that he had resigned from the team."
    assert [e.trigger for e in events_of(nlp, text)] == ["deny"]


def test_a_further_denial_with_also_is_still_an_event(nlp):  # noqa: F811
    text = (
        "Ana Ruiz praised the new mayor on Monday. She also denied claims that she had "
        "joined the mayor's campaign."
    )
    assert "deny" in [e.trigger for e in events_of(nlp, text)]


def test_a_said_clause_still_gives_its_own_event(nlp):  # noqa: F811
    text = "The harbour master said on Monday that the ferry had left port without papers."
    assert "leave" in [e.trigger for e in events_of(nlp, text)]


def test_a_present_denial_of_a_claim_is_a_position_taken(nlp):  # noqa: F811
    text = "The ferry operator, Nordline, denies that any crossing has been cancelled."
    events = events_of(nlp, text)
    assert [(e.trigger, e.certainty) for e in events] == [("deny", "occurred")]


def test_a_denial_negated_with_not_is_no_denial(nlp):  # noqa: F811
    text = "The treasurer did not deny on Friday that he had moved the club's funds abroad."
    assert "deny" not in [e.trigger for e in events_of(nlp, text)]


def test_a_denial_whose_subject_is_no_one_is_no_denial(nlp):  # noqa: F811
    text = "No one denies that the bridge collapsed in the storm on Sunday night."
    assert "deny" not in [e.trigger for e in events_of(nlp, text)]


def test_a_clause_under_a_withheld_denial_is_left_open_not_denied(nlp):  # noqa: F811
    text = "The senator did not deny that he met the envoy in Paris last week."
    met = [e for e in events_of(nlp, text) if e.trigger == "meet"]
    assert [e.certainty for e in met] == ["speculated"]
