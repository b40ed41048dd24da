"""A time dates the happening it grammatically belongs to: not the clause around a noun that a
participle ("the plan announced on Monday") or an attributive date ("the July 25 call") dates.

Sentences are written for the tests; the story was published on Tuesday, 12 September 2023.
"""

import datetime

from stories.extraction.nlp import get_nlp
from stories.extraction.times.attachment import reduced_relative

PUBLISHED = datetime.date(2023, 9, 12)


def participle_of(sentence: str, time: str) -> str | None:
    doc = get_nlp()(sentence)
    start = sentence.index(time)
    offset = reduced_relative(doc, start, start + len(time))
    return None if offset is None else sentence[offset:].split()[0]


def test_a_time_in_a_passive_reduced_relative_belongs_to_its_participle():
    sentence = "The league condemned the plan announced on Monday by the mayor."

    assert participle_of(sentence, "Monday") == "announced"


def test_a_scheduling_participle_passes_its_time_on():
    sentence = "The ministers attended a summit scheduled for Monday in Oslo."

    assert participle_of(sentence, "Monday") is None


def test_a_participle_with_a_clause_of_its_own_is_no_reduced_relative():
    sentence = "The parent company, announced on Monday that it was withdrawing its filing."

    assert participle_of(sentence, "Monday") is None


def test_the_clause_around_a_dated_participle_takes_its_own_time(events_of):
    text = (
        "The mayor presented the budget on Sunday.\n\n"
        "Residents marched on Saturday.\n\n"
        "The council condemned the plan announced on Monday by the mayor."
    )

    event = events_of(text)["condemn"]

    assert event.date_start != datetime.date(2023, 9, 11)


def test_a_time_of_the_participle_after_the_object_does_not_date_the_clause(events_of):
    text = "Prosecutors have dropped an inquiry into a claim made against the founder in 2010."

    event = events_of(text)["drop"]

    assert event.date_start == PUBLISHED


HEARING = (
    "The committee met on Tuesday.\n\n"
    "In the morning, lawmakers grilled Jane Smith, an aide to the minister on the minister's "
    "July 25 phone call with the king.\n\n"
    "Later in the day, two diplomats testified before the committee."
)


def test_a_date_written_before_a_plain_noun_dates_no_clause(events_of):
    event = events_of(HEARING)["grill"]

    assert event.date_start == PUBLISHED


def test_later_that_day_follows_the_day_its_predecessor_was_given(events_of):
    event = events_of(HEARING)["testify"]

    assert event.date_start == PUBLISHED


def test_a_present_perfect_takes_the_reporters_now_not_the_story_s_last_date(events_of):
    text = (
        "The storm hit the coast in June.\n\n"
        "Crews repaired the levee.\n\n"
        "Volunteers from the county have offered to rebuild the old pier."
    )

    event = events_of(text)["offer"]

    assert (event.date_start, event.extra["date_from"]) == (PUBLISHED, "publication")


def test_a_hyphenated_quarter_dates_the_results_not_their_report(events_of):
    event = events_of("The retailer reported third-quarter earnings that beat estimates.")["report"]

    assert (event.date_start, event.date_precision) == (PUBLISHED, "day")


def test_a_happening_conducted_at_a_time_passes_the_time_to_its_noun():
    sentence = "In his physical conducted in 2018, the president was diagnosed with heart disease."

    assert participle_of(sentence, "2018") is None


def clause_of(sentence: str, time: str, find=None) -> str | None:
    from stories.extraction.times.attachment import relative_clause

    doc = get_nlp()(sentence)
    start = sentence.index(time)
    span = (find or relative_clause)(doc, start, start + len(time))
    return None if span is None else sentence[span[0] : span[1]]


def test_a_relative_clause_holds_the_time_it_tells():
    sentence = "The former mayor, who lost the race in 2016, welcomed the result."

    assert clause_of(sentence, "2016") == "who lost the race in 2016"


def test_a_time_in_a_relative_clause_on_the_subject_does_not_date_the_main_clause(events_of):
    text = "The former mayor, who lost the race in 2016, welcomed the result."

    event = events_of(text)["welcome"]

    assert event.date_start == PUBLISHED


def test_a_time_after_the_event_in_a_relative_clause_dates_that_clause(events_of):
    text = (
        "The company was founded in 1990.\n\n"
        "Its chief denied knowing the banker, who reportedly fled the country in August."
    )

    event = events_of(text)["deny"]

    assert event.date_start != datetime.date(2023, 8, 1)


def test_a_restrictive_relative_clause_after_the_event_may_set_its_scene(events_of):
    text = (
        "The club was founded in 1990.\n\n"
        "The young challenger beat the champion in a race that was called on Monday."
    )

    event = events_of(text)["beat"]

    assert event.date_start == datetime.date(2023, 9, 11)


def test_a_time_in_a_content_clause_after_the_event_dates_what_that_clause_tells(events_of):
    from stories.extraction.times.attachment import embedded_clause

    sentence = (
        "The ministers agreed to set up a panel to find out who fired on the crowd on June 3, 2001."
    )

    assert clause_of(sentence, "June 3, 2001", embedded_clause).startswith("who fired")
    assert events_of(sentence)["agree"].date_start != datetime.date(2001, 6, 3)


def test_a_reporting_verb_after_the_event_still_dates_it(events_of):
    text = "The company was founded in 1990.\n\nTwo men drowned in the river, police said Monday."

    event = events_of(text)["drown"]

    assert event.date_start == datetime.date(2023, 9, 11)
