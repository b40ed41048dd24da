"""Event extraction: which clauses become events, and with which title, date, place and certainty.

The sentences are written for these tests (a ferry, a storm, a summit, an election...). Places,
people and times are handed in as mentions, the way the recognizers deliver them, so the tests
exercise event extraction alone.
"""

import datetime as dt
import re
from dataclasses import replace

import pytest

from stories.extraction.events import event_key, extract_events, same_event
from stories.extraction.events.certainty import verb_certainty
from stories.extraction.mentions import EventCandidate, PersonMention, PlaceMention
from stories.extraction.nlp import get_nlp
from stories.extraction.times import TimeMention

PUBLISHED = dt.date(2024, 3, 6)  # a Wednesday

# Kinds the gazetteer would report for the made-up places of these stories.
PLACES = {
    "Harbor City": ("city", 3, "US"),
    "Port Lanier": ("city", 3, "US"),
    "Galveston": ("city", 3, "US"),
    "Miami": ("city", 3, "US"),
    "Geneva": ("city", 3, "CH"),
    "Oslo": ("city", 3, "NO"),
    "Bergen": ("city", 3, "NO"),
    "Lisbon": ("city", 3, "PT"),
    "Nairobi": ("city", 3, "KE"),
    "Warsaw": ("city", 3, "PL"),
    "Quito": ("city", 3, "EC"),
    "Lima": ("city", 3, "PE"),
    "Lyon": ("city", 3, "FR"),
    "Paris": ("city", 3, "FR"),
    "Antwerp": ("city", 3, "BE"),
    "Kherson": ("city", 3, "UA"),
    "Tarvel Station": ("station", 4, "NL"),
    "Norland": ("country", 1, "NL"),
    "Sudland": ("country", 1, "SD"),
    "Port Sable": ("city", 3, "CA"),
    "Wall Street": ("other", 0, "US"),
}
PEOPLE = {
    "Ana Ruiz": "Ana Ruiz",
    "Ruiz": "Ana Ruiz",
    "Tom Lee": "Tom Lee",
    "Jane Doe": "Jane Doe",
}
TIMES = {
    "on Sunday": ("2024-03-03", "day"),
    "on Monday": ("2024-03-04", "day"),
    "on Tuesday": ("2024-03-05", "day"),
    "on Thursday": ("2024-03-07", "day"),
    "on Friday": ("2024-03-08", "day"),
    "this week": ("2024-W10", "week"),
    "next week": ("2024-W11", "week"),
    "in July": ("2023-07", "month"),
    "in May": ("2024-05", "month"),
    "in 2019": ("2019", "year"),
    "in 2018": ("2018", "year"),
}


@pytest.fixture(scope="session")
def nlp():
    """The pipeline's own spaCy, loaded once per test session (and shared with it)."""
    return get_nlp()


def _spans(text: str, phrase: str):
    return [(m.start(), m.end()) for m in re.finditer(rf"\b{re.escape(phrase)}\b", text)]


def _mentions(text: str):
    places = []
    for name, (kind, specificity, country) in PLACES.items():
        for start, end in _spans(text, name):
            places.append(PlaceMention(name, start, end, name, kind, specificity, country))
    people = []
    for form, name in PEOPLE.items():
        for start, end in _spans(text, form):
            if not any(p.start <= start < p.end for p in people):
                people.append(PersonMention(form, start, end, name))
    times = []
    for phrase, (value, precision) in TIMES.items():
        for _start, end in _spans(text, phrase):
            words = phrase.split(" ", 1)[-1]  # mentions never include the preposition
            begin = end - len(words)
            times.append(TimeMention(words, begin, end, "DATE", value, precision))
    for start, end in _spans(text, "three days"):
        times.append(TimeMention("three days", start, end, "DURATION", "P3D", "unknown"))
    key = lambda m: m.start  # noqa: E731
    return sorted(places, key=key), sorted(people, key=key), sorted(times, key=key)


def events_of(nlp, text: str, published: dt.date | None = PUBLISHED) -> list[EventCandidate]:
    doc = nlp(text)
    places, people, times = _mentions(text)
    return extract_events(doc, times=times, places=places, people=people, published=published)


def event_triggers(nlp, text: str) -> list[str]:
    """The triggers of the events of `text`, in the order events_of finds them."""
    return [e.trigger for e in events_of(nlp, text)]


def event_titles(nlp, text: str, trigger: str | None = None) -> list[str]:
    """The titles of the events of `text` (of those with `trigger` only, when it is given)."""
    return [e.title for e in events_of(nlp, text) if trigger is None or e.trigger == trigger]


def certainty_of_verb(nlp, text: str, word: str, date: dt.date | None) -> str:
    """verb_certainty of the first token of `text` spelled `word`, for an event dated `date`."""
    verb = next(t for t in nlp(text) if t.text == word)
    return verb_certainty(verb, event_class="", date=date, published=PUBLISHED)


def only_event(nlp, text: str) -> EventCandidate:
    events = events_of(nlp, text)
    assert len(events) == 1, [e.title for e in events]
    return events[0]


# --- which clauses are events -------------------------------------------------------------


def test_arrival_clause_becomes_one_event_titled_subject_verb_place(nlp):
    event = only_event(nlp, "The ferry docked at Harbor City on Monday.")
    assert event.title == "Ferry docks at Harbor City"
    assert event.trigger == "dock"


def test_said_attribution_alone_is_not_an_event(nlp):
    # Undated: a frame. With a day of its own it is the mayor's saying (events.occasioned_sayings).
    assert events_of(nlp, "The mayor said that the bridge was safe.") == []


def test_reported_content_is_the_event_not_the_saying(nlp):
    event = only_event(nlp, "Police said the suspect was arrested in Lyon on Tuesday.")
    assert event.trigger == "arrest"


def test_purpose_clause_is_not_a_separate_event(nlp):
    events = events_of(nlp, "Ana Ruiz arrived in Lima on Monday to attend a forum.")
    assert [e.trigger for e in events] == ["arrive"]


def test_coordinated_verbs_give_one_event_each(nlp):
    events = events_of(nlp, "The plane took off from Oslo on Tuesday and flew to Bergen.")
    assert [e.title for e in events] == ["Plane takes off from Oslo", "Plane flies to Bergen"]


def test_generic_statement_in_quotes_is_not_an_event(nlp):
    assert events_of(nlp, "“Ferries should never dock at night,” the captain said.") == []


def test_dated_noun_phrase_is_an_event(nlp):
    event = only_event(nlp, "Relations have cooled since the summit in Geneva in 2019.")
    assert (event.trigger, event.place.name) == ("summit", "Geneva")


def test_event_noun_without_a_date_is_not_an_event(nlp):
    assert events_of(nlp, "Officials will watch the summit closely.") == []


def test_light_verb_with_event_noun_reads_as_the_noun_event(nlp):
    event = only_event(nlp, "The defense minister made a rare visit to Norland in July.")
    assert event.title == "Defense minister visits Norland"


def test_motion_verb_without_a_place_is_not_an_event(nlp):
    assert events_of(nlp, "The convoy headed north on Monday.") == []


def test_verb_outside_the_lexicon_reports_an_event(nlp):
    event = only_event(nlp, "Firefighters rescued two hikers near Oslo on Monday.")
    assert (event.title, event.date_start) == (
        "Firefighters rescue two hikers near Oslo",
        dt.date(2024, 3, 4),
    )


def test_verb_of_state_is_not_an_event(nlp):
    assert events_of(nlp, "The old fortress lies on a hill above Quito.") == []


def test_participle_describing_a_noun_is_not_an_event(nlp):
    events = events_of(nlp, "Ships stranded by the storm sailed from Port Sable on Tuesday.")
    assert [e.trigger for e in events] == ["sail"]


def test_state_lasting_since_a_date_is_not_an_event(nlp):
    assert events_of(nlp, "The tanker has been stuck at Port Sable since Monday.") == []


def test_embedded_question_is_not_an_event(nlp):
    assert events_of(nlp, "Nobody knows how long the crew will stay in Bergen.") == []


def test_opinion_is_not_a_report(nlp):
    assert events_of(nlp, "Critics argue that officials in Lima rigged the count.") == []


def test_moving_something_on_a_stated_day_is_an_event(nlp):
    event = only_event(nlp, "Tugs pulled the barge clear on Tuesday.")
    assert event.trigger == "pull"


# --- dates ---------------------------------------------------------------------------------


def test_event_takes_the_date_of_its_own_clause(nlp):
    event = only_event(nlp, "The ferry docked at Harbor City on Monday.")
    assert (event.date_start, event.date_precision) == (dt.date(2024, 3, 4), "day")


def test_event_without_date_in_its_clause_takes_its_paragraphs_time_marked_inferred(nlp):
    events = events_of(nlp, "The storm hit Port Lanier on Monday. Rescue teams reached Galveston.")
    assert events[1].date_start == events[0].date_start
    assert events[1].extra["date_inferred"] is True


def test_background_event_keeps_year_precision(nlp):
    event = only_event(nlp, "The two presidents met in Geneva in 2019.")
    assert (event.date_start, event.date_precision) == (dt.date(2019, 1, 1), "year")


def test_month_date_keeps_month_precision_without_an_end(nlp):
    event = only_event(nlp, "The defense minister visited Norland in July.")
    assert (event.date_start, event.date_precision, event.date_end) == (
        dt.date(2023, 7, 1),
        "month",
        None,
    )


def test_date_of_a_later_clause_is_not_borrowed(nlp):
    events = events_of(nlp, "Ana Ruiz arrived in Lima to attend a forum that ends on Friday.")
    arrival = next(e for e in events if e.trigger == "arrive")
    assert arrival.date_text == ""  # the lead's publication day at most, never "Friday"


def test_coordinated_verb_shares_its_partners_date(nlp):
    events = events_of(nlp, "The plane took off from Oslo on Tuesday and flew to Bergen.")
    assert events[1].date_start == dt.date(2024, 3, 5)


def test_duration_alone_gives_no_date_of_its_own(nlp):
    """A lead sentence may take the publication day, never a day made from the duration."""
    event = only_event(nlp, "The ferry sailed to Harbor City for three days.")
    assert event.date_text == ""
    assert event.extra.get("date_from") in (None, "publication")


def test_later_takes_the_day_the_story_was_at_as_inferred(nlp):
    events = events_of(nlp, "The ferry left Oslo on Monday. The ferry later docked at Bergen.")
    assert events[1].date_start == dt.date(2024, 3, 4)
    assert events[1].extra["date_inferred"] is True


def test_date_of_the_reporting_verb_dates_a_past_event_as_inferred(nlp):
    event = only_event(nlp, "Officials reported on Tuesday that the ferry had docked at Bergen.")
    assert event.date_start == dt.date(2024, 3, 5)
    assert event.extra["date_inferred"] is True


def test_when_after_a_date_gives_the_clause_that_date(nlp):
    events = events_of(nlp, "Counting began on Sunday, when officials sealed the boxes in Quito.")
    sealed = next(e for e in events if e.trigger == "seal")
    assert sealed.date_start == dt.date(2024, 3, 3)


# --- certainty -----------------------------------------------------------------------------


def test_past_tense_event_occurred(nlp):
    assert only_event(nlp, "The ferry docked at Harbor City on Monday.").certainty == "occurred"


def test_may_marks_an_event_speculated(nlp):
    assert only_event(nlp, "Ana Ruiz may visit Lisbon next week.").certainty == "speculated"


def test_speculate_governs_the_clause_it_introduces(nlp):
    event = only_event(nlp, "Some analysts speculate the fleet is headed for Port Sable.")
    assert event.certainty == "speculated"


def test_unclear_whether_marks_an_event_speculated(nlp):
    event = only_event(nlp, "It is unclear whether the ferry will dock at Harbor City.")
    assert event.certainty == "speculated"


def test_expected_to_marks_an_event_expected(nlp):
    assert only_event(nlp, "The storm is expected to hit Miami on Friday.").certainty == "expected"


def test_will_with_a_natural_event_is_expected(nlp):
    assert only_event(nlp, "The storm will hit Galveston on Friday.").certainty == "expected"


def test_will_with_an_intention_is_planned(nlp):
    assert only_event(nlp, "The leaders will meet in Oslo on Friday.").certainty == "planned"


def test_plans_to_marks_an_event_planned(nlp):
    assert only_event(nlp, "Ana Ruiz plans to visit Nairobi in May.").certainty == "planned"


def test_is_to_marks_an_event_planned(nlp):
    assert only_event(nlp, "Tom Lee is to visit Warsaw on Thursday.").certainty == "planned"


def test_reported_will_stays_planned_through_said(nlp):
    event = only_event(nlp, "A spokesman said the leaders will meet in Oslo on Friday.")
    assert event.certainty == "planned"


def test_present_progressive_is_ongoing(nlp):
    event = only_event(nlp, "Dock workers are striking in Antwerp this week.")
    assert event.certainty == "ongoing"


def test_present_tense_with_a_future_date_is_planned(nlp):
    assert only_event(nlp, "The trial opens in Paris on Friday.").certainty == "planned"


def test_did_not_marks_an_event_denied(nlp):
    event = only_event(nlp, "The ferry did not dock at Harbor City on Monday.")
    assert event.certainty == "denied"


def test_denied_that_makes_the_denial_the_event(nlp):
    # What a denial denies is not told as happening; the denial is (events.denied_claims).
    event = only_event(nlp, "The army denied that its troops attacked Kherson on Sunday.")
    assert (event.trigger, event.certainty) == ("deny", "occurred")


def test_managed_to_marks_the_complement_occurred(nlp):
    event = only_event(nlp, "Engineers managed to restore power in Lima on Tuesday.")
    assert (event.trigger, event.certainty) == ("restore", "occurred")


def test_simple_present_with_a_coming_date_is_planned(nlp):
    event = only_event(nlp, "The new cabinet takes office in Nairobi next week.")
    assert event.certainty == "planned"


def test_present_passive_progressive_is_ongoing(nlp):
    event = only_event(nlp, "Two sailors are being treated at a hospital in Bergen.")
    assert event.certainty == "ongoing"


# --- places and people ---------------------------------------------------------------------


def test_most_specific_place_of_the_clause_wins(nlp):
    event = only_event(nlp, "The convoy stopped at Tarvel Station in Norland on Monday.")
    assert event.place.name == "Tarvel Station"


def test_place_the_verb_takes_by_preposition_breaks_a_tie(nlp):
    event = only_event(nlp, "Norland's ferry docked in Sudland on Monday.")
    assert event.place.name == "Sudland"


def test_place_used_as_a_modifier_is_not_the_event_place(nlp):
    event = only_event(nlp, "Ana Ruiz and Tom Lee will meet after the Geneva forum.")
    assert event.place is None


def test_departure_destination_is_not_its_place(nlp):
    event = only_event(nlp, "Ana Ruiz boarded a plane bound for Lima on Sunday.")
    assert event.place is None


def test_relative_where_gives_the_antecedent_place(nlp):
    text = "Geneva is a city where the two leaders had their first meeting in 2018."
    event = only_event(nlp, text)
    assert (event.place.name, event.date_precision) == ("Geneva", "year")


def test_dateline_is_not_a_place_or_subject(nlp):
    event = only_event(nlp, "OSLO, Norland (AP) — The ferry docked at Bergen on Monday.")
    assert (event.title, event.place.name) == ("Ferry docks at Bergen", "Bergen")


def test_people_of_the_clause_come_subject_first(nlp):
    event = only_event(nlp, "Jane Doe met Tom Lee in Geneva on Friday.")
    assert event.people == ("Jane Doe", "Tom Lee")


def test_title_uses_the_shortest_name_the_article_uses(nlp):
    events = events_of(nlp, "Ana Ruiz left Quito on Sunday. Ruiz arrived in Lima on Monday.")
    assert [e.title for e in events] == ["Ruiz leaves Quito", "Ruiz arrives in Lima"]


def test_pronoun_subject_is_the_last_person_who_acted(nlp):
    events = events_of(nlp, "Tom Lee left Oslo on Sunday. He arrived in Bergen on Monday.")
    assert events[1].title == "Tom Lee arrives in Bergen"
    assert events[1].people == ("Tom Lee",)


def test_quote_is_the_clause_at_its_exact_offsets(nlp):
    text = "After a long night, the ferry docked at Harbor City on Monday, officials said."
    event = only_event(nlp, text)
    assert text[event.start : event.end] == event.quote
    assert event.quote == "After a long night, the ferry docked at Harbor City on Monday"


def test_summary_is_the_sentence(nlp):
    text = "The storm hit Port Lanier on Monday. Rescue teams reached Galveston."
    assert events_of(nlp, text)[0].summary == "The storm hit Port Lanier on Monday."


def test_title_stays_under_seventy_characters(nlp):
    text = (
        "The Northern Coastal Passenger and Freight Shipping Company's oldest ferry docked at "
        "Harbor City on Monday."
    )
    assert len(only_event(nlp, text).title) <= 70


# --- identity across versions ---------------------------------------------------------------


def test_event_key_ignores_offsets_and_wording(nlp):
    first = only_event(nlp, "The ferry docked at Harbor City on Monday.")
    text = "After a rough night at sea, the old ferry arrived in Harbor City on Monday."
    second = only_event(nlp, text)
    assert event_key(first) == event_key(second)


def test_event_key_changes_with_the_date(nlp):
    first = only_event(nlp, "The ferry docked at Harbor City on Monday.")
    assert event_key(first) != event_key(replace(first, date_start=dt.date(2024, 3, 5)))


def test_same_event_merges_two_departure_reports_of_one_day(nlp):
    boarded = only_event(nlp, "Ana Ruiz boarded a plane bound for Lima on Sunday.")
    left = only_event(nlp, "Ana Ruiz left Quito on her plane on Sunday.")
    assert same_event(boarded, left)


def test_same_event_keeps_different_days_apart(nlp):
    monday = only_event(nlp, "Ana Ruiz left Quito on Monday.")
    sunday = only_event(nlp, "Ana Ruiz left Quito on Sunday.")
    assert not same_event(monday, sunday)


def test_same_event_keeps_different_kinds_of_happening_apart(nlp):
    arrival = only_event(nlp, "Ana Ruiz arrived in Lima on Monday.")
    vote = only_event(nlp, "Ana Ruiz voted in Lima on Monday.")
    assert not same_event(arrival, vote)


def test_same_event_accepts_a_place_inside_the_reported_country(nlp):
    stop = only_event(nlp, "The convoy stopped at Tarvel Station on Monday.")
    crossing = only_event(nlp, "The convoy crossed into Norland on Monday.")
    assert same_event(stop, crossing)


def test_same_event_accepts_a_city_inside_the_state_another_report_names():
    city = PlaceMention("Sacramento", 0, 10, "Sacramento", "city", 3, "US", 38.58, -121.49, 5389489)
    state = PlaceMention(
        "California", 0, 10, "California", "admin1", 2, "US", 37.13, -119.86, 5332921
    )
    day = dt.date(2024, 3, 4)
    first = EventCandidate("Balloon lands", "", "", 0, 1, "land", "occurred", day, place=city)
    second = replace(first, place=state)
    assert same_event(first, second)


# --- cost ------------------------------------------------------------------------------------


def test_an_object_pronoun_never_means_its_own_clauses_subject(nlp):
    text = "Ana Ruiz visited Lisbon in July, when Tom Lee invited her to a summit."

    invitation = next(e for e in events_of(nlp, text) if e.trigger == "invite")

    assert invitation.title == "Tom Lee invites Ana Ruiz"
