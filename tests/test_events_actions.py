"""Acts of will and finds that the general verb rule passes over (events.actions)."""

from tests.test_events import events_of, nlp  # noqa: F401 (nlp is a fixture)


def test_offer_to_do_something_is_an_event(nlp):  # noqa: F811
    events = events_of(nlp, "The doctors offered to stage a clinic at the port.")
    assert events[0].title == "Doctors offer to stage clinic"


def test_invitation_is_an_event(nlp):  # noqa: F811
    events = events_of(nlp, "The police invited Tom Lee to appear before the committee.")
    assert events[0].title == "Police invite Tom Lee to appear before committee"


def test_simple_present_offer_describes_rather_than_reports(nlp):  # noqa: F811
    assert events_of(nlp, "A prolonged strike offers the company some advantages.") == []


def test_past_passive_find_with_a_place_is_an_event(nlp):  # noqa: F811
    (event,) = events_of(nlp, "A dog missing for two years has been found in Lyon.")
    assert (event.title, event.place.name) == ("Dog found in Lyon", "Lyon")


def test_present_passive_find_is_where_things_usually_are(nlp):  # noqa: F811
    assert events_of(nlp, "Such fish are usually found in deep water.") == []


def test_verb_of_a_state_in_the_present_reports_an_act_in_the_past(nlp):  # noqa: F811
    events = events_of(nlp, "Thousands of teachers surrounded the town hall on Tuesday.")
    assert [e.trigger for e in events] == ["surround"]


def test_verb_of_a_state_in_the_simple_present_describes(nlp):  # noqa: F811
    assert events_of(nlp, "Hills surround the town.") == []


def test_ordering_an_event_noun_makes_the_noun_a_planned_event(nlp):  # noqa: F811
    (event,) = events_of(nlp, "The court ordered a new vote within 60 days.")
    assert (event.trigger, event.certainty) == ("vote", "planned")


def test_the_us_as_subject_is_a_country_not_a_speaker(nlp):  # noqa: F811
    events = events_of(nlp, "The US sought the extradition of Tom Lee from Norland on Monday.")
    assert [e.trigger for e in events] == ["seek"]


def test_adverbial_clause_of_a_named_actor_reports_its_act(nlp):  # noqa: F811
    events = events_of(nlp, "Prices rose as Norland Ferries concluded its review.")
    assert "conclude" in [e.trigger for e in events]


def test_motion_past_someone_named_on_a_stated_day_is_an_event(nlp):  # noqa: F811
    events = events_of(nlp, "Port Sable rolled past Norland City, 45-17, on Tuesday.")
    assert [e.trigger for e in events] == ["roll"]


def test_it_after_a_named_organisation_stands_for_it_in_the_title(nlp):  # noqa: F811
    text = "Acme Corp. said that it sold its oldest ship in Lyon on Monday."
    assert [e.title for e in events_of(nlp, text)] == ["Acme Corp. sells ship in Lyon"]


def test_an_attempt_told_in_the_past_is_a_deed_titled_with_its_aim(nlp):  # noqa: F811
    (event,) = events_of(nlp, "The suspect tried to steal a van in Lyon on Monday.")
    assert event.title == "Suspect tries to steal van in Lyon" and event.certainty == "occurred"


def test_an_attempt_going_on_describes(nlp):  # noqa: F811
    assert events_of(nlp, "The company is still trying to fix the design.") == []


def test_an_act_of_will_titles_the_infinitive_it_takes(nlp):  # noqa: F811
    (event,) = events_of(nlp, "The doctors offered to stage a clinic in Lyon on Monday.")
    assert event.title == "Doctors offer to stage clinic in Lyon"
