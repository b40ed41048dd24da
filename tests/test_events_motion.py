"""Verbs of motion (events.motion): they report a happening when they go somewhere named, move
something on a stated day, or enter a state in one of English's fixed phrases."""

from tests.test_events import events_of, nlp  # noqa: F401 (nlp is a fixture)


def test_going_on_sale_is_an_event_titled_with_the_state(nlp):  # noqa: F811
    (event,) = events_of(nlp, "The new phone will go on sale in Lyon on Friday.")
    assert event.title == "Phone goes on sale in Lyon" and event.certainty == "planned"


def test_going_on_strike_is_an_event(nlp):  # noqa: F811
    (event,) = events_of(nlp, "Dock workers went on strike on Monday.")
    assert event.title == "Dock workers go on strike" and event.trigger == "go on strike"


def test_coming_into_force_is_an_event(nlp):  # noqa: F811
    (event,) = events_of(nlp, "The new law came into force on Monday.")
    assert event.title == "Law comes into force"


def test_going_on_the_tour_is_a_trip_not_a_state(nlp):  # noqa: F811
    assert events_of(nlp, "The band went on the tour with friends.") == []


def test_a_motion_verb_going_nowhere_named_is_no_event(nlp):  # noqa: F811
    assert events_of(nlp, "The crowd came out for the encore.") == []


def test_a_named_person_coming_out_appears_before_an_audience(nlp):  # noqa: F811
    events = events_of(nlp, "Michael McDonald came out during the encore for a surprise song.")
    assert [(e.trigger, e.extra["class"]) for e in events] == [("come out", "appear")]


def test_moving_a_thing_somewhere_is_an_event_without_a_date(nlp):  # noqa: F811
    events = events_of(nlp, "The league moved the final to Lyon after the storm.")
    assert [e.trigger for e in events] == ["move"]


def test_moving_a_thing_without_saying_where_is_no_event_without_a_date(nlp):  # noqa: F811
    assert [
        e for e in events_of(nlp, "The new rule moved the needle.") if e.trigger == "move"
    ] == []


def test_going_to_ones_own_doctor_is_the_goers_deed(nlp):  # noqa: F811
    events = events_of(nlp, "The patient went to her doctor after weeks of pain.")
    assert [(e.trigger, e.extra["kind"]) for e in events] == [("go", "verb")]


def test_going_before_a_named_body_on_a_stated_day_is_an_event(nlp):  # noqa: F811
    events = events_of(nlp, "The bill will go before the Senate next week.")
    assert [(e.trigger, e.certainty) for e in events] == [("go", "planned")]


def test_going_to_a_state_a_figure_or_someone_elses_thing_is_no_event(nlp):  # noqa: F811
    for text in (
        "The talks came to an end without a deal.",
        "The euro went to its lowest point against the dollar.",
        "Shares moved to their highest level in a decade.",
        "The money went to his campaign.",
        "The director will move to the company's new offices.",
    ):
        assert [e for e in events_of(nlp, text) if e.trigger in ("go", "come", "move")] == [], text


def test_objects_moved_somewhere_count_when_the_parser_hangs_the_place_on_the_last(nlp):  # noqa: F811
    events = events_of(nlp, "The army had moved soldiers and a column of tanks into Kherson.")
    assert [e.trigger for e in events] == ["move"]


def test_going_before_a_council_or_delegation_is_an_event(nlp):  # noqa: F811
    for text in (
        "The annexation bill is scheduled to go before the county delegation on Tuesday.",
        "The zoning request will come before the city council next week.",
    ):
        assert [e.trigger for e in events_of(nlp, text)] in (["go"], ["come"]), text


def test_going_before_a_crowd_is_no_event(nlp):  # noqa: F811
    assert events_of(nlp, "The band went before the crowd with a new song.") == []


def test_flying_to_within_a_distance_of_a_named_place_goes_there(nlp):  # noqa: F811
    text = "Last week two bombers flew to within 200 kilometres of Norland's northern coast."
    events = events_of(nlp, text)
    assert [e.trigger for e in events] == ["fly"]


def test_coming_within_a_distance_of_a_named_place_goes_there(nlp):  # noqa: F811
    events = events_of(nlp, "On Monday the storm came within 50 miles of Miami.")
    assert [e.trigger for e in events] == ["come"]
