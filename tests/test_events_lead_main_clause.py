"""Lead clauses that are the news even where a filter would drop them elsewhere: a change told
with "since" opening the story, a deed told "after having done" it, and a body's own dated
"we" opening its page.

Short sentences written for these tests.
"""

from tests.test_events import event_triggers, nlp  # noqa: F401 (nlp is a fixture)


def test_a_change_since_a_happening_opening_the_story_is_news(nlp):  # noqa: F811
    text = "Since the drought, the reservoir at Marrow Bay has fallen to record lows."

    assert "fall" in event_triggers(nlp, text)


def test_a_state_since_a_happening_after_the_lead_is_background(nlp):  # noqa: F811
    text = (
        "A storm flooded the Kell valley in Norvale on Monday. "
        "Crews pumped water from dozens of homes. "
        "The river has swollen since the summer."
    )

    assert "swell" not in event_triggers(nlp, text)


def test_a_deed_after_having_done_it_is_reported(nlp):  # noqa: F811
    text = (
        "A retired pilot from Norvale, after having adopted two parrots, began coughing "
        "at night and was treated for a rare allergy, his doctors said."
    )

    assert "adopt" in event_triggers(nlp, text)


def test_a_bodys_dated_we_opening_its_page_is_news(nlp):  # noqa: F811
    text = "In March 2021, we awarded a $2 million grant to Tallow Health in Norvale."

    assert "award" in event_triggers(nlp, text)


def test_an_undated_we_opening_a_page_stays_the_writers_words(nlp):  # noqa: F811
    text = "We awarded a $2 million grant to Tallow Health in Norvale."

    assert "award" not in event_triggers(nlp, text)


def test_a_change_since_a_happening_reaching_no_level_stays_a_state(nlp):  # noqa: F811
    text = "Since the festival, relations between Marrow Bay and Norvale have cooled."

    assert "cool" not in event_triggers(nlp, text)


def test_a_dated_we_without_a_year_stays_a_speakers_remark(nlp):  # noqa: F811
    text = "We beat Norvale United in Lyon on Tuesday."

    assert event_triggers(nlp, text) == []
