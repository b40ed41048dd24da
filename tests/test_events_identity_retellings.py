"""One happening told twice is one event, two happenings told alike stay two
(events.identity: `same_predicate` and what a merge takes from the later telling)."""

import datetime as dt
from dataclasses import replace

from stories.extraction.events.deduplication import deduplicate
from stories.extraction.mentions import EventCandidate, PlaceMention

_DATED = {"date": {"source": "clause", "text": "Monday"}}


def _found(start: int, title: str, quote: str, *people: str) -> EventCandidate:
    return EventCandidate(
        title, "", quote, start, start + len(quote), "find", "occurred", people=people,
        extra={"kind": "verb"},
    )  # fmt: skip


def test_the_lead_retold_in_the_next_sentence_is_one_event():
    lead = _found(0, "Man finds cell", "A man found a cell on Monday")
    retold = _found(40, "Jo Park finds cell", "Jo Park, 55, found a cell in the gut", "Jo Park")
    assert deduplicate([lead, retold]) == [lead]


def test_the_same_verb_told_far_apart_is_two_happenings():
    first = _found(0, "Herbert finds cell", "Herbert had found a cell", "Herbert")
    later = _found(5000, "Howitt finds", "when he inspected the tissue, Howitt found", "Howitt")
    assert len(deduplicate([first, later])) == 2


def test_a_subject_brought_in_with_an_indefinite_article_is_a_new_actor():
    first = _found(
        0, "Spacecraft finds evidence", "the spacecraft found evidence of a fluid", "Galileo"
    )
    later = _found(45, "2018 analysis finds evidence", "Then, a 2018 analysis found evidence")
    assert len(deduplicate([first, later])) == 2


def _meeting(start: int, title: str, quote: str, **changes) -> EventCandidate:
    base = EventCandidate(
        title, "", quote, start, start + len(quote), "meeting", "occurred", extra={"kind": "noun"}
    )
    return replace(base, **changes)


_CHILE = PlaceMention("Chile", 0, 5, name="Chile", kind="country", country_code="CL")


def test_a_naming_with_names_of_its_own_gives_the_first_telling_no_place():
    first = _meeting(
        0, "Cabinet meeting", "an Oct. 21 cabinet meeting",
        date_start=dt.date(2019, 10, 21), date_precision="day", provenance=_DATED,
    )  # fmt: skip
    later = _meeting(
        500, "Meeting between Trump and Xi in Chile",
        "a meeting between Mr. Trump and Xi in Chile", place=_CHILE, people=("Trump",),
    )  # fmt: skip
    assert [e.place for e in deduplicate([first, later])] == [None]


def test_a_place_taken_from_a_retelling_says_where_it_came_from():
    first = _meeting(
        0, "Meeting with Jo Park", "the meeting with Jo Park", people=("Jo Park",),
        date_start=dt.date(2019, 10, 21), date_precision="day", provenance=_DATED,
    )  # fmt: skip
    later = _meeting(
        500, "Meeting with Jo Park in Chile", "the meeting with Jo Park in Chile",
        place=_CHILE, people=("Jo Park",),
    )  # fmt: skip
    merged = deduplicate([first, later])
    assert merged[0].place == _CHILE
    assert merged[0].provenance["place"]["source"] == "retelling"


def _election(start: int, when: dt.date, precision: str) -> EventCandidate:
    return EventCandidate(
        "Election", "", "the election", start, start + 12, "election", "planned",
        date_start=when, date_precision=precision, provenance=_DATED, extra={"kind": "noun"},
    )  # fmt: skip


def test_an_event_noun_named_by_its_year_then_more_exactly_is_one_happening():
    by_year = _election(0, dt.date(2020, 1, 1), "year")
    exact = _election(900, dt.date(2020, 11, 1), "month")
    assert deduplicate([by_year, exact]) == [exact]


def test_two_event_nouns_with_exact_dates_of_their_own_stay_two():
    september = _election(0, dt.date(2020, 9, 1), "month")
    october = _election(900, dt.date(2020, 10, 1), "month")
    assert len(deduplicate([september, october])) == 2


def _held(
    start: int, title: str, quote: str, when: dt.date, precision: str, **date
) -> EventCandidate:
    return EventCandidate(
        title, "", quote, start, start + len(quote), "hold", "planned",
        date_start=when, date_precision=precision, extra={"kind": "verb", **date},
        provenance=_DATED if not date else {},
    )  # fmt: skip


def test_a_verb_retold_of_an_organisation_takes_the_exact_date_it_states():
    soon = _held(
        0,
        "Apple holds event",
        "Apple is holding an event",
        dt.date(2024, 11, 4),
        "day",
        date_inferred=True,
    )
    exact = _held(
        900,
        "Apple holds event",
        "the event will be held on December 2",
        dt.date(2024, 12, 2),
        "day",
    )
    assert [(e.start, e.date_start) for e in deduplicate([soon, exact])] == [
        (0, dt.date(2024, 12, 2))
    ]


def _laid_off(start: int, title: str, quote: str, *people: str) -> EventCandidate:
    return EventCandidate(
        title, "", quote, start, start + len(quote), "lay", "occurred", people=people,
        date_start=dt.date(2019, 1, 1), date_precision="year", extra={"kind": "verb"},
    )  # fmt: skip


def test_two_reports_alike_that_name_nothing_in_common_stay_two():
    first = _laid_off(0, "GateHouse lays off 60", "Earlier this year, GateHouse laid off 60")
    second = _laid_off(100, "Gannett lays off hundreds", "Gannett laid off several hundred")
    assert len(deduplicate([first, second])) == 2


def test_a_report_alike_brought_in_with_an_indefinite_article_is_another():
    first = _laid_off(0, "Tests show", "Breathing tests showed")
    second = _laid_off(100, "Scan shows pattern", "A scan of his chest showed a pattern")
    assert len(deduplicate([first, second])) == 2


def test_of_two_reports_alike_the_first_stays_unless_the_later_names_more_people():
    lead = _laid_off(0, "Paper lays off", "the paper laid off", "Jo Park")
    longer = _laid_off(
        100, "Paper lays off", "the news group, citing a source, laid off", "Jo Park"
    )
    named = replace(longer, people=("Jo Park", "Ana Ruiz"))
    assert deduplicate([lead, longer]) == [lead]
    assert deduplicate([lead, named]) == [named]


def test_a_month_is_not_a_name_that_sets_two_reports_apart():
    first = _laid_off(0, "House subcommittee lays off", "the House subcommittee laid off")
    second = _laid_off(100, "October layoffs", "the October layoffs were laid off")
    assert len(deduplicate([first, second])) == 1


def _caught(start: int, title: str, quote: str) -> EventCandidate:
    return EventCandidate(
        title, "", quote, start, start + len(quote), "contract", "occurred",
        date_start=dt.date(2024, 5, 1), date_precision="month", extra={"kind": "verb"},
    )  # fmt: skip


def test_an_indefinite_subject_a_few_words_before_its_noun_is_a_new_actor():
    first = _caught(0, "Two people contract fever", "two people contracted the fever this month")
    later = _caught(60, "Man contracts fever", "a 40-year-old man had contracted the fever")
    assert len(deduplicate([first, later])) == 2


def _poll(start: int, title: str, quote: str) -> EventCandidate:
    return EventCandidate(
        title, "", quote, start, start + len(quote), "poll", "occurred", extra={"kind": "noun"}
    )


def test_a_second_naming_brought_in_with_other_names_is_another_happening():
    first = _poll(0, "New Gallup poll", "A new Gallup poll")
    later = _poll(200, "Fresh Ipsos poll", "A similarly fresh Ipsos poll has lower numbers")
    assert len(deduplicate([first, later])) == 2


def test_a_definite_naming_after_an_indefinite_one_points_back():
    first = _poll(0, "New Gallup poll", "A new Gallup poll")
    later = _poll(200, "Poll", "the poll")
    assert deduplicate([first, later]) == [first]


def _day(start: int, trigger: str, title: str, quote: str, *people: str) -> EventCandidate:
    return EventCandidate(
        title, "", quote, start, start + len(quote), trigger, "occurred", people=people,
        date_start=dt.date(2024, 5, 6), date_precision="day", extra={"kind": "verb"},
    )  # fmt: skip


def test_two_groups_acting_about_one_person_are_two_happenings():
    protest = _day(
        0, "protest", "Students protest plans",
        "students who were protesting plans for the mayor to stay", "Ada Brown",
    )  # fmt: skip
    rally = _day(
        300, "rally", "Brown's backers hold rally", "the mayor's backers held a rally", "Ada Brown"
    )
    assert len(deduplicate([protest, rally])) == 2


def test_a_person_who_acts_in_both_tellings_makes_one_happening():
    lead = _day(0, "protest", "Brown protests plans", "Ada Brown protested the plans", "Ada Brown")
    retold = _day(300, "protest", "Brown protests", "Brown protested on Monday", "Ada Brown")
    assert deduplicate([lead, retold]) == [lead]


def test_one_verb_done_to_two_different_things_is_two_happenings():
    first = _day(0, "treat", "Nurse treats woman", "The nurse first treated the woman for a sprain")
    later = _day(400, "treat", "Patient treated", "The patient was treated for a broken wrist")
    assert len(deduplicate([first, later])) == 2


def test_one_verb_retold_of_the_same_thing_stays_one_happening():
    first = _day(0, "treat", "Nurse treats woman", "The nurse treated the woman for a sprain")
    later = _day(400, "treat", "Woman treated", "The woman was treated for the sprain")
    assert len(deduplicate([first, later])) == 1


def test_one_aim_told_twice_of_different_things_stays_one_happening():
    first = replace(
        _day(0, "seek", "Mayor seeks grants", "The mayor will seek grants and loans"),
        certainty="planned",
    )
    later = replace(
        _day(400, "seek", "Mayor seeks funds", "The mayor may also seek flood relief funds"),
        certainty="speculated",
    )
    assert len(deduplicate([first, later])) == 1


def test_a_deed_done_to_oneself_and_the_same_deed_done_to_another_are_two():
    first = _day(0, "cut", "Lee cuts man", "When a neighbour stepped in, Lee cut his hand", "Lee")
    later = _day(300, "cut", "Lee cuts", "Lee also cut himself on the knee", "Lee")
    assert len(deduplicate([first, later])) == 2


def test_short_object_nouns_keep_two_deeds_of_one_verb_apart():
    first = _day(0, "hit", "Driver hits car", "The driver hit a car near the bridge")
    later = _day(300, "hit", "Driver hits dog", "The driver then hit a dog")
    assert len(deduplicate([first, later])) == 2


def test_a_deed_done_to_oneself_told_twice_stays_one():
    first = _day(0, "cut", "Lee cuts", "Lee cut herself with a knife", "Lee")
    later = _day(300, "cut", "Lee cuts", "Lee had cut herself badly", "Lee")
    assert len(deduplicate([first, later])) == 1


def test_a_short_object_told_twice_stays_one_deed():
    first = _day(0, "hit", "Driver hits car", "The driver hit a car near the bridge")
    later = _day(300, "hit", "Driver hits car", "The driver hit the parked car")
    assert len(deduplicate([first, later])) == 1
