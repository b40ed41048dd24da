"""A dated saying in the lead whose clause is about a thing that cannot act is the speaker's
finding, kept beside the clause's event (events.lead_findings)."""

from tests.test_events import events_of, nlp  # noqa: F401 (nlp is a fixture)


def _sayings(events):
    return [e for e in events if e.extra.get("class") == "saying"]


def test_a_lead_saying_that_a_thing_was_faked_is_the_speakers_finding(nlp):  # noqa: F811
    text = "The damage to the vault was faked to claim the insurance, detectives said on Monday."
    (event,) = _sayings(events_of(nlp, text))
    assert (event.trigger, event.date_start.isoformat()) == ("say", "2024-03-04")


def test_a_lead_saying_of_what_a_figure_did_is_the_speakers_finding(nlp):  # noqa: F811
    text = "Factory output rose sharply in February, the statistics office said on Tuesday."
    (event,) = _sayings(events_of(nlp, text))
    assert event.trigger == "say"


def test_a_lead_saying_about_what_people_suffered_stays_a_frame(nlp):  # noqa: F811
    text = "Three hikers were hurt in a rockfall near the pass, rescuers said on Monday."
    assert _sayings(events_of(nlp, text)) == []


def test_a_lead_saying_that_a_thing_had_an_accident_stays_a_frame(nlp):  # noqa: F811
    text = "A lorry crashed into a wall in Dunmore, police said on Monday."
    assert _sayings(events_of(nlp, text)) == []


def test_a_saying_about_a_thing_after_the_lead_stays_a_frame(nlp):  # noqa: F811
    text = (
        "Voters in Harlow chose a new council on Sunday. "
        "Turnout was the highest in a decade, officials said. "
        "The count ended late at night. "
        "The ballot boxes were sealed before midnight, the clerk said on Monday."
    )
    assert _sayings(events_of(nlp, text)) == []
