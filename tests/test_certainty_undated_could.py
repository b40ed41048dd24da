"""An undated "could" is an ability or a hypothetical, no happening; with a time of its own it
is a speculated possibility (events.undated_could, events.certainty).

The sentences are written for these tests.
"""

import datetime as dt

from tests.test_events import certainty_of_verb, events_of, nlp  # noqa: F401 (nlp is a fixture)


def test_a_reported_could_with_no_time_tells_no_happening(nlp):  # noqa: F811
    text = "The owner said the scooter could reach speeds of 40 mph."
    assert certainty_of_verb(nlp, text, "reach", None) is None


def test_a_hypothetical_could_of_a_lexicon_deed_tells_no_happening(nlp):  # noqa: F811
    text = "The minister said a war could kill thousands of people."
    assert certainty_of_verb(nlp, text, "kill", None) is None


def test_could_have_with_no_time_tells_no_happening(nlp):  # noqa: F811
    text = "The expert said the girl could have drowned in the bath."
    assert certainty_of_verb(nlp, text, "drowned", None) is None


def test_a_dated_could_is_speculated(nlp):  # noqa: F811
    text = "Officials said the bridge could reopen next month."
    assert certainty_of_verb(nlp, text, "reopen", dt.date(2024, 6, 1)) == "speculated"


def test_a_could_with_a_time_written_in_its_clause_is_speculated(nlp):  # noqa: F811
    text = "Officials said the bridge could reopen by December."
    assert certainty_of_verb(nlp, text, "reopen", None) == "speculated"


def test_an_undated_might_stays_speculated(nlp):  # noqa: F811
    text = "Officials said the litigation might resume."
    assert certainty_of_verb(nlp, text, "resume", None) == "speculated"


def test_an_undated_passive_could_is_a_deed_someone_may_do(nlp):  # noqa: F811
    text = "The general said the army could be deployed in the capital."
    assert certainty_of_verb(nlp, text, "deployed", None) == "speculated"


def test_an_undated_could_told_of_a_natural_hazard_is_a_forecast_and_speculated(nlp):  # noqa: F811
    # a storm or a fire has no abilities: "could" weighs what it may do, as "may" would
    text = "Officials said the fire could reach the town of Paradise."
    assert certainty_of_verb(nlp, text, "reach", None) == "speculated"


def test_an_undated_could_of_a_natural_happening_is_speculated(nlp):  # noqa: F811
    text = "Scientists said the volcano could erupt again."
    assert [e.certainty for e in events_of(nlp, text) if e.trigger == "erupt"] == ["speculated"]


def test_a_natural_hazard_that_could_have_killed_tells_no_happening(nlp):  # noqa: F811
    text = "Police said the blast could have killed dozens of people."
    assert certainty_of_verb(nlp, text, "killed", None) is None


def test_a_could_told_in_a_warning_is_a_threatened_happening_and_speculated(nlp):  # noqa: F811
    # a warning weighs what may happen, not what anyone is able to do
    text = "The army warned that rebels could attack the capital."
    assert certainty_of_verb(nlp, text, "attack", None) == "speculated"


def test_a_could_told_as_feared_is_speculated(nlp):  # noqa: F811
    text = "Workers fear the plant could close."
    assert certainty_of_verb(nlp, text, "close", None) == "speculated"


def test_a_could_with_the_warning_after_it_is_speculated(nlp):  # noqa: F811
    text = "Rebels could attack the capital, the army warned."
    assert certainty_of_verb(nlp, text, "attack", None) == "speculated"


def test_a_could_with_soon_is_a_possibility_on_the_timeline_and_speculated(nlp):  # noqa: F811
    text = "Officials said the plant could close soon."
    assert certainty_of_verb(nlp, text, "close", None) == "speculated"


def test_a_could_as_soon_as_a_condition_is_met_tells_no_happening(nlp):  # noqa: F811
    # "as soon as" brings a condition, not a time of the clause's own
    text = "The ambassador said the foreigners could leave as soon as the threats are removed."
    assert certainty_of_verb(nlp, text, "leave", None) is None


def test_a_could_with_eventually_is_a_possibility_on_the_timeline_and_speculated(nlp):  # noqa: F811
    # "eventually" puts the happening later on the story's line, as "soon" puts it near
    text = "Leaders said their republics could eventually declare independence."
    assert certainty_of_verb(nlp, text, "declare", None) == "speculated"
