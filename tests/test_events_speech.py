"""Speech acts that are news in themselves (events.speech): who takes which position."""

from tests.test_events import events_of, nlp  # noqa: F401 (nlp is a fixture)


def _speech(events):
    return [e for e in events if e.extra.get("kind") == "speech"]


def test_named_speaker_rejecting_something_is_an_event(nlp):  # noqa: F811
    (event,) = _speech(events_of(nlp, "Tom Lee rejected the accusations as false."))
    assert (event.title, event.certainty) == ("Tom Lee rejects accusations", "occurred")


def test_condemning_with_an_object_is_an_event(nlp):  # noqa: F811
    (event,) = _speech(events_of(nlp, "Ana Ruiz condemned the attack in Lyon."))
    assert event.title.startswith("Ana Ruiz condemns attack")


def test_saying_stays_a_frame(nlp):  # noqa: F811
    # Outside the lead and undated: in the lead it is the news (events.sayings).
    text = "The ferry left Dover on Sunday. It reached Calais later. Tom Lee said it was late."
    assert [e.trigger for e in events_of(nlp, text) if e.trigger == "say"] == []


def test_denial_restating_a_position_is_not_an_event(nlp):  # noqa: F811
    assert _speech(events_of(nlp, "Ana Ruiz denied being unfair.")) == []


def test_telling_an_audience_on_a_stated_day_is_an_event(nlp):  # noqa: F811
    text = "Jane Doe told investors on Tuesday that the merger would cut costs."
    (event,) = _speech(events_of(nlp, text))
    assert (event.title, event.date_start.isoformat()) == (
        "Jane Doe tells investors the merger would cut costs",
        "2024-03-05",
    )


def test_telling_without_an_occasion_is_only_a_frame(nlp):  # noqa: F811
    text = "Jane Doe told the newspaper that the merger would cut costs."
    assert _speech(events_of(nlp, text)) == []


def test_reporting_a_thing_is_an_event(nlp):  # noqa: F811
    (event,) = _speech(events_of(nlp, "Norland Ferries reported a loss of $3 million."))
    assert event.title == "Norland Ferries reports loss"


def test_reporting_a_happening_is_only_its_frame(nlp):  # noqa: F811
    events = events_of(nlp, "Norland Ferries reported that a ferry sank off Dover on Monday.")
    assert [e.trigger for e in events] == ["sink"]


def test_testifying_is_an_event_without_content(nlp):  # noqa: F811
    (event,) = _speech(events_of(nlp, "Ana Ruiz testified before the committee."))
    assert event.trigger == "testify"


def test_unnamed_speaker_takes_no_position_event(nlp):  # noqa: F811
    assert _speech(events_of(nlp, "Someone criticised the plan.")) == []


def test_officials_take_a_position_without_being_named(nlp):  # noqa: F811
    text = "Officials in Oregon warned farmers that the floods would reach the valley."
    (event,) = _speech(events_of(nlp, text))
    assert event.title.startswith("Officials warn farmers")


def test_a_judge_rejecting_a_request_is_an_event(nlp):  # noqa: F811
    (event,) = _speech(events_of(nlp, "A judge rejected the request to delay the trial."))
    assert event.trigger == "reject"


def test_the_company_named_before_denies(nlp):  # noqa: F811
    (event,) = _speech(events_of(nlp, "The company denied the claims in a short statement."))
    assert event.trigger == "deny"


def test_companies_or_a_group_of_people_are_anyone(nlp):  # noqa: F811
    text = "Several companies criticised the plan. A group of teachers condemned the cuts."
    assert _speech(events_of(nlp, text)) == []
