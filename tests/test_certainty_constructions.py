"""Constructions that put a happening on a schedule, in an expectation or in the story's past,
which certainty reads instead of dropping the clause (events.certainty).

The sentences are written for these tests; mentions come from tests/test_events.py's helpers.
"""

import datetime as dt

from tests.test_events import certainty_of_verb, events_of, nlp  # noqa: F401 (nlp is a fixture)


def _certainty(nlp, text, trigger):  # noqa: F811
    return [e.certainty for e in events_of(nlp, text) if e.trigger == trigger]


def test_about_to_leave_is_planned(nlp):  # noqa: F811
    text = "Tom Lee is about to leave Harbor City for the summit in Geneva."
    assert _certainty(nlp, text, "leave") == ["planned"]


def test_supposed_to_meet_on_a_day_is_planned(nlp):  # noqa: F811
    text = "Ana Ruiz and Tom Lee were supposed to meet in Bergen on Friday."
    assert _certainty(nlp, text, "meet") == ["planned"]


def test_what_was_supposed_to_happen_on_a_past_day_is_no_event(nlp):  # noqa: F811
    text = "The bridge was supposed to open on Tuesday but was delayed."
    assert _certainty(nlp, text, "open") == []


def test_what_was_supposed_to_happen_leaves_the_deed_done_later(nlp):  # noqa: F811
    text = "The minister was supposed to sign the pact on Sunday but signed the pact on Tuesday."
    signings = [e for e in events_of(nlp, text) if e.trigger == "sign"]
    assert [(e.certainty, str(e.date_start)) for e in signings] == [("occurred", "2024-03-05")]


def test_a_hope_with_its_own_day_is_expected(nlp):  # noqa: F811
    text = "The Green Party hopes to win its first seats in Lisbon in May."
    assert _certainty(nlp, text, "win") == ["expected"]


def test_a_hope_a_speaker_states_is_expected(nlp):  # noqa: F811
    text = "Ana Ruiz said on Monday in Oslo that she hopes to recover the wreck."
    assert _certainty(nlp, text, "recover") == ["expected"]


def test_an_undated_hope_is_a_wish_not_an_event(nlp):  # noqa: F811
    text = "The Green Party hopes to win seats in Lisbon."
    assert _certainty(nlp, text, "win") == []


def test_should_with_its_own_day_to_come_is_expected(nlp):  # noqa: F811
    text = "The results, which should be released in Oslo on Friday, are awaited."
    assert _certainty(nlp, text, "release") == ["expected"]


def test_should_without_a_day_is_advice_not_an_event(nlp):  # noqa: F811
    text = "The government should release the results in Oslo."
    assert _certainty(nlp, text, "release") == []


def test_a_question_about_a_dated_past_happening_takes_it_as_given(nlp):  # noqa: F811
    # the event itself then needs a title without "who" (events.clauses)
    text = "Norland set up a panel in Oslo to find out who sank the ferry at Bergen on Monday."
    assert certainty_of_verb(nlp, text, "sank", dt.date(2024, 3, 4)) == "occurred"


def test_a_question_about_what_is_to_come_is_no_event(nlp):  # noqa: F811
    text = "Norland asked in Oslo how many ferries will dock at Bergen on Friday."
    assert certainty_of_verb(nlp, text, "dock", dt.date(2024, 3, 8)) is None


def test_an_undated_question_about_the_past_is_no_event(nlp):  # noqa: F811
    text = "Norland asked in Oslo who sank the ferry."
    assert certainty_of_verb(nlp, text, "sank", None) is None


def test_a_when_clause_in_a_present_that_narrates_the_past_occurred(nlp):  # noqa: F811
    text = "Last month, a guard is injured when a bomb explodes at a depot in Lisbon."
    assert certainty_of_verb(nlp, text, "explodes", None) == "occurred"


def test_a_when_clause_under_a_future_is_expected(nlp):  # noqa: F811
    text = "When Tom Lee returns from injury, he will start in Lisbon."
    assert certainty_of_verb(nlp, text, "returns", None) == "expected"


def test_a_when_clause_under_a_present_habit_stays_out(nlp):  # noqa: F811
    text = "A guard is injured when a bomb explodes at a depot in Lisbon."
    assert certainty_of_verb(nlp, text, "explodes", None) is None


def test_an_infinitive_under_a_future_governor_is_planned(nlp):  # noqa: F811
    text = "Ann Fox will be permitted to perform in Harbor City on Friday."
    assert _certainty(nlp, text, "perform") == ["planned"]


def test_an_infinitive_under_a_denied_future_governor_is_no_plan(nlp):  # noqa: F811
    text = "Ann Fox will not be permitted to perform in Harbor City on Friday."
    assert "planned" not in _certainty(nlp, text, "perform")


def test_an_attempt_to_come_plans_no_outcome(nlp):  # noqa: F811
    text = "Ann Fox will try to win the race in Harbor City on Friday."
    assert _certainty(nlp, text, "win") == []


def test_a_simple_past_with_a_later_year_inside_occurred(nlp):  # noqa: F811
    # the clause took the year of the contest it names; the entering is done
    text = "The governor entered himself into the 2026 contest in recent days."
    assert certainty_of_verb(nlp, text, "entered", dt.date(2026, 1, 1)) == "occurred"


def test_a_perfect_with_a_later_year_inside_occurred(nlp):  # noqa: F811
    text = "The council has scrapped its pledge to finish the bridge by 2027."
    assert certainty_of_verb(nlp, text, "scrapped", dt.date(2027, 1, 1)) == "occurred"


def test_a_past_progressive_with_a_later_day_is_still_a_plan(nlp):  # noqa: F811
    text = "The minister was leaving for Oslo next week."
    assert certainty_of_verb(nlp, text, "leaving", dt.date(2024, 3, 12)) == "planned"


def test_a_negated_condition_is_no_denial(nlp):  # noqa: F811
    text = "The blaze would have reached Vell Street if the crew hadn't closed the gate."
    assert certainty_of_verb(nlp, text, "closed", None) is None


def test_a_negated_open_condition_is_no_denial(nlp):  # noqa: F811
    text = "Ministers in Norland warn of sanctions if the firm doesn't stop drilling."
    assert certainty_of_verb(nlp, text, "stop", None) is None


def test_what_a_future_waits_for_is_no_happening_of_its_own(nlp):  # noqa: F811
    text = "The ferry company said the boats would sail again as soon as the fog lifted."
    assert _certainty(nlp, text, "lift") == []


def test_an_as_long_as_clause_is_a_condition_not_a_happening(nlp):  # noqa: F811
    text = "Players may enter the games in Oslo as long as their birthday falls before May."
    assert certainty_of_verb(nlp, text, "falls", dt.date(2024, 5, 1)) is None


def test_a_so_long_as_clause_is_a_condition_not_a_happening(nlp):  # noqa: F811
    text = "The mill in Brenton can stay open so long as the council renews its lease on Friday."
    assert certainty_of_verb(nlp, text, "renews", dt.date(2024, 3, 15)) is None


def test_a_past_as_long_as_clause_keeps_its_event(nlp):  # noqa: F811
    text = "Police kept the road closed on Friday for as long as the fire burned."
    assert "burn" in [e.trigger for e in events_of(nlp, text)]


def test_a_plain_past_as_long_as_clause_is_a_span_not_a_condition(nlp):  # noqa: F811
    text = "The crowd in Oslo cheered on Monday as long as the band played."
    assert certainty_of_verb(nlp, text, "played", dt.date(2024, 3, 11)) == "occurred"


def test_lasting_as_long_as_a_span_is_no_condition(nlp):  # noqa: F811
    text = "Tom Lee waited in Oslo as long as two hours on Monday."
    assert certainty_of_verb(nlp, text, "waited", dt.date(2024, 3, 11)) == "occurred"
