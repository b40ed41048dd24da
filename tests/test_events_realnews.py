"""Rules that real news needs: no bylines or captions as events, participants are not places,
datelines and narrative place, background, schedules.

Short sentences written for these tests; mentions are handed in as the recognizers deliver
them (see tests/test_events.py).
"""

import datetime as dt
from dataclasses import replace

import pytest
import spacy

from stories.extraction.events import extract_events, same_event
from stories.extraction.events.noise import is_noise_line
from stories.extraction.events.placing import with_context_cities
from stories.extraction.events.titles import MAX_TITLE, compose
from stories.extraction.mentions import EventCandidate, PlaceMention
from stories.extraction.nlp import MODEL_NAME
from stories.extraction.times import TimeMention
from tests.test_events import PUBLISHED, _mentions, events_of

COORDINATES = {"Lyon": (45.75, 4.85), "Paris": (48.85, 2.35), "Bergen": (60.39, 5.32)}


@pytest.fixture(scope="module")
def nlp():
    return spacy.load(MODEL_NAME)


def located_events(nlp, text: str, extra_times: tuple = ()) -> list[EventCandidate]:
    """Events with the places resolved (coordinates), as analyse_text hands them over."""
    places, people, times = _mentions(text)
    places = [
        replace(p, latitude=COORDINATES[p.name][0], longitude=COORDINATES[p.name][1])
        if p.name in COORDINATES
        else p
        for p in places
    ]
    if text.startswith("LYON,"):  # the dateline city, as with_context_cities adds it
        places.insert(0, PlaceMention("LYON", 0, 4, "Lyon", "city", 3, "FR", *COORDINATES["Lyon"]))
    times = sorted([*times, *extra_times], key=lambda t: t.start)
    return extract_events(nlp(text), times=times, places=places, people=people, published=PUBLISHED)


def only(events: list[EventCandidate]) -> EventCandidate:
    assert len(events) == 1, [e.title for e in events]
    return events[0]


# --- lines that are no part of the story ---------------------------------------------------


def test_a_credit_line_is_not_an_event(nlp):
    assert events_of(nlp, "Jane Doe in Lyon contributed to this report.") == []


def test_a_photo_caption_is_not_an_event(nlp):
    assert events_of(nlp, "In this photo, police arrest a man in Lyon on Tuesday.") == []


def test_a_byline_is_recognised_as_noise():
    assert is_noise_line("By Jane Doe and Tom Lee, Associated Press")


def test_a_sentence_opening_with_by_and_a_day_is_not_a_byline():
    assert not is_noise_line("By Tuesday, the storm had moved north.")


def test_a_general_verb_negated_is_not_an_event(nlp):
    assert events_of(nlp, "Officials did not immediately provide details on Tuesday.") == []


def test_a_present_state_is_not_an_event(nlp):
    assert events_of(nlp, "The base is located near Kherson.") == []


def test_a_clause_in_the_first_person_is_not_an_event(nlp):
    assert events_of(nlp, "We beat them in Lyon on Tuesday.") == []


def test_an_object_pronoun_that_says_nothing_leaves_no_event(nlp):
    assert events_of(nlp, "It is unclear how long the train would take to reach it.") == []


# --- certainty -----------------------------------------------------------------------------


def test_ruling_something_out_makes_it_denied(nlp):
    event = only(events_of(nlp, "Police ruled out an attack in Lyon on Tuesday."))

    assert event.certainty == "denied"


# --- where it happened ---------------------------------------------------------------------


def test_a_country_as_object_of_an_accusation_is_no_place(nlp):
    event = only(events_of(nlp, "The minister accused Sudland on Tuesday."))

    assert event.place is None


def test_teams_named_as_participants_leave_the_venue_as_the_place(nlp):
    event = only(events_of(nlp, "Norland beat Sudland in Lyon on Tuesday."))

    assert event.place.name == "Lyon"


def test_the_dateline_places_an_event_whose_clause_names_no_place(nlp):
    event = only(located_events(nlp, "LYON, France (AP) — Police arrested a man on Tuesday."))

    assert (event.place.name, event.provenance["place"]["source"]) == ("Lyon", "dateline")


def test_the_dateline_never_overrides_a_place_the_clause_states(nlp):
    text = "LYON, France (AP) — Police arrested a man in Paris on Tuesday."

    event = only(located_events(nlp, text))

    assert event.place.name == "Paris"


def test_the_place_carries_to_the_next_sentence_of_the_paragraph(nlp):
    text = "A fire broke out in Bergen on Monday. Firefighters rescued two sailors on Monday."

    rescue = located_events(nlp, text)[-1]

    assert (rescue.place.name, rescue.provenance["place"]["source"]) == (
        "Bergen",
        "previous sentence",
    )


def test_a_stated_place_has_its_confidence_in_the_provenance(nlp):
    event = only(located_events(nlp, "Police arrested a man in Paris on Tuesday."))

    assert event.provenance["place"] == {"source": "clause", "confidence": 0.9}


# --- main line and background --------------------------------------------------------------


def test_an_event_years_before_the_story_is_background(nlp):
    event = only(events_of(nlp, "Ana Ruiz visited Lisbon in 2019."))

    assert event.background


def test_an_event_of_the_story_s_own_week_is_main_line(nlp):
    event = only(events_of(nlp, "Ana Ruiz visited Lisbon on Tuesday."))

    assert not event.background


def test_a_plan_and_an_earlier_happening_without_dates_are_two_events():
    planned = EventCandidate("", "", "", 0, 0, "meet", "planned", people=("Ana Ruiz",))
    summit = replace(planned, certainty="occurred", place=PlaceMention("Lima", 0, 4, "Lima"))

    assert not same_event(planned, replace(summit, people=("Ana Ruiz", "Tom Lee")))


# --- schedules -----------------------------------------------------------------------------


def _day(text: str, words: str, value: str) -> TimeMention:
    start = text.index(words)
    return TimeMention(words, start, start + len(words), "DATE", value, "day")


SCHEDULE = "The Band Tour Dates\n\nJune 9 – Lyon, FR @ Halle Garnier\nJune 10 – Paris, FR @ Zenith"


def test_each_line_of_a_date_list_is_one_event(nlp):
    times = (_day(SCHEDULE, "June 9", "2024-06-09"), _day(SCHEDULE, "June 10", "2024-06-10"))

    events = located_events(nlp, SCHEDULE, times)

    assert [(e.date_start, e.place.name) for e in events] == [
        (dt.date(2024, 6, 9), "Lyon"),
        (dt.date(2024, 6, 10), "Paris"),
    ]


def test_a_date_list_line_is_titled_by_its_heading_and_venue(nlp):
    times = (_day(SCHEDULE, "June 9", "2024-06-09"), _day(SCHEDULE, "June 10", "2024-06-10"))

    events = located_events(nlp, SCHEDULE, times)

    assert events[0].title == "The Band at Halle Garnier in Lyon"


def test_a_single_line_opening_with_a_date_is_not_a_schedule(nlp):
    text = "June 9 – Lyon, FR @ Halle Garnier"

    assert located_events(nlp, text, (_day(text, "June 9", "2024-06-09"),)) == []


# --- titles --------------------------------------------------------------------------------


def test_a_long_title_is_never_cut_in_the_middle_of_a_word():
    subject = "The international committee for the protection of migratory birds"

    title = compose(subject, "announces", "", "")

    assert len(title) <= MAX_TITLE and subject.startswith(title)


def test_a_dateline_city_the_recognizers_missed_is_added_for_resolution():
    text = "BUFFALO, N.Y. (AP) — The Wild beat the Sabres."

    added = with_context_cities(text, [])

    assert [(p.text, p.start) for p in added] == [("BUFFALO", 0)]


def test_one_happening_told_twice_in_an_article_is_one_event(nlp):
    text = "Ana Ruiz arrived in Lisbon on Tuesday. Ruiz landed on Tuesday."

    assert len(events_of(nlp, text)) == 1


def test_he_without_a_named_person_is_the_noun_subject_before(nlp):
    text = "The suspect fled on foot on Tuesday. He was arrested in Lyon on Tuesday."

    arrest = events_of(nlp, text)[-1]

    assert arrest.title == "Suspect arrested in Lyon"


def test_an_undated_participle_hung_on_a_clause_is_not_an_event_of_its_own(nlp):
    events = events_of(nlp, "Ana Ruiz arrived in Lisbon on Tuesday, visiting the old harbour.")

    assert [e.trigger for e in events] == ["arrive"]


def test_the_side_someone_scored_for_is_not_the_place(nlp):
    event = only(events_of(nlp, "Tom Lee scored for Norland on Tuesday."))

    assert event.place is None


def test_an_undated_event_noun_the_story_points_at_is_an_event(nlp):
    events = events_of(nlp, "The parade in Lyon was a success.")

    assert [e.trigger for e in events] == ["parade"]


def test_an_undated_event_noun_in_general_is_not_an_event(nlp):
    assert events_of(nlp, "Crowds in Lyon like parades.") == []


def test_a_place_the_sentence_states_outside_the_clause_places_its_event(nlp):
    text = "Riots broke out in Paris on Monday, and police arrested two men on Monday."

    arrest = next(e for e in located_events(nlp, text) if e.trigger == "arrest")

    assert (arrest.place.name, arrest.provenance["place"]["source"]) == ("Paris", "sentence")


def test_a_particle_parsed_as_an_adverb_stays_in_the_title(nlp):
    event = only(events_of(nlp, "Tom Lee stepped down on Tuesday."))

    assert event.title == "Tom Lee steps down"


def test_he_never_stands_for_a_thing(nlp):
    text = "The refuge ended on Monday. He was arrested in Lyon on Monday."

    arrest = [e for e in events_of(nlp, text) if e.trigger == "arrest"]

    assert arrest == []


def test_the_company_stands_for_the_organisation_named_as_subject_before(nlp):
    text = "Acme Corp. said on Monday it would cut jobs. The company closed a plant on Tuesday."

    closing = next(e for e in events_of(nlp, text) if e.trigger == "close")

    assert closing.title.startswith("Acme Corp.")


def test_a_source_s_could_is_reported_as_speculation(nlp):
    event = only(events_of(nlp, "Officials said the port could reopen in May."))

    assert event.certainty == "speculated"


def test_the_writer_s_own_could_on_a_general_verb_is_not_an_event(nlp):
    assert events_of(nlp, "The deal could eventually raise money in May.") == []


def test_a_present_perfect_that_did_something_is_an_event(nlp):
    assert [e.trigger for e in events_of(nlp, "Relatives have filed lawsuits in Lyon.")] == ["file"]
