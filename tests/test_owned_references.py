"""An event noun named only by its owner ("his appointment") is no event of its own.

Short sentences written for these tests, parsed by the pipeline's own spaCy; the owned noun's
own particulars (a party, a day, a noun naming it), a crime or death, an occasion, or a clause
that tells it happened or dates it keep it an event (events.owned_references).
"""

import datetime

from stories.extraction.analysis import analyse_text
from tests.test_events import event_triggers, nlp  # noqa: F401 (nlp is a fixture)


def test_a_departure_named_by_its_owner_after_the_resignation_is_no_second_event(nlp):  # noqa: F811
    text = (
        "Provigo chairman Pierre Lortie resigned in Montreal on Thursday. "
        "Mr. Lortie's departure, while sudden, was seen as inevitable."
    )

    assert "departure" not in event_triggers(nlp, text)


def test_an_acquisition_the_story_weighs_by_its_owner_is_not_an_event(nlp):  # noqa: F811
    text = (
        "Polly Peck bought Sansui in Tokyo on Friday. "
        "Whether Polly Peck's acquisition makes sense remains to be seen."
    )

    assert "acquisition" not in event_triggers(nlp, text)


def test_a_speech_named_by_its_owner_as_a_setting_is_not_an_event(nlp):  # noqa: F811
    text = (
        "Voters in Dayton cheered on Monday. Paula Starr was visibly moved during Obama's speech."
    )

    assert "speech" not in event_triggers(nlp, text)


def test_an_owned_appointment_someone_comments_on_is_not_an_event(nlp):  # noqa: F811
    text = (
        "The mayor named Roy Jones police chief in Mansfield on Tuesday. "
        "McCoy said of Jones' appointment that it was a good step."
    )

    assert "appointment" not in event_triggers(nlp, text)


def test_an_owned_noun_with_its_target_is_an_event(nlp):  # noqa: F811
    text = "Iran condemned Iraq's invasion of Kuwait."

    assert "invasion" in event_triggers(nlp, text)


def test_an_owned_noun_with_a_noun_naming_it_is_an_event(nlp):  # noqa: F811
    text = "Scientists praised NASA's Europa Clipper mission."

    assert "mission" in event_triggers(nlp, text)


def test_an_owned_noun_with_no_particular_of_its_own_is_not_an_event(nlp):  # noqa: F811
    text = "Scientists praised NASA's mission."

    assert "mission" not in event_triggers(nlp, text)


def test_an_owned_death_is_an_event(nlp):  # noqa: F811
    text = (
        "Police found the girl in Lancaster on Tuesday. "
        "Her mother insisted that Emma's death was an accident."
    )

    assert "death" in event_triggers(nlp, text)


def test_an_owned_execution_is_an_event(nlp):  # noqa: F811
    text = "Officials confirmed Smith's execution."

    assert "execution" in event_triggers(nlp, text)


def test_an_owned_kidnapping_is_an_event(nlp):  # noqa: F811
    text = "Police said Maria's kidnapping came after a long dispute."

    assert "kidnapping" in event_triggers(nlp, text)


def test_an_owned_assault_is_an_event(nlp):  # noqa: F811
    text = "Police said Maria's assault came after a long dispute."

    assert "assault" in event_triggers(nlp, text)


def test_an_owned_arrest_with_no_time_is_not_an_event(nlp):  # noqa: F811
    text = "Police said Maria's arrest came after a long dispute."

    assert "arrest" not in event_triggers(nlp, text)


def test_an_owned_occasion_is_an_event():
    text = "Thousands lined the streets of Dublin for the city's parade."

    events = analyse_text(text, published=datetime.date(2024, 5, 22)).events

    assert "parade" in [e.trigger for e in events]


def test_a_noun_owned_by_a_day_is_an_event(nlp):  # noqa: F811
    text = "Richardson praised Thursday's fight."

    assert "fight" in event_triggers(nlp, text)


def test_an_owned_noun_said_to_have_happened_is_an_event(nlp):  # noqa: F811
    text = (
        "The palace issued a statement in London on Sunday. "
        "Andrew's interview only appears to have happened thanks to his publicist."
    )

    assert "interview" in event_triggers(nlp, text)


def test_an_owned_noun_a_past_copula_describes_is_an_event(nlp):  # noqa: F811
    text = "Police said Maria's arrest was unlawful."

    assert "arrest" in event_triggers(nlp, text)


def test_an_owned_noun_given_as_a_cause_is_an_event(nlp):  # noqa: F811
    text = "Voters in Dayton cheered on Monday. Sales fell thanks to Obama's speech."

    assert "speech" in event_triggers(nlp, text)


def test_an_owned_noun_a_deed_is_attributed_to_is_an_event(nlp):  # noqa: F811
    text = "Voters in Dayton cheered on Monday. Analysts attributed the sell-off to Obama's speech."

    assert "speech" in event_triggers(nlp, text)


def test_an_owned_noun_given_as_a_result_is_an_event(nlp):  # noqa: F811
    text = "Voters in Dayton cheered on Monday. Sales fell as a result of Obama's speech."

    assert "speech" in event_triggers(nlp, text)


def test_an_owned_noun_answered_in_response_is_an_event(nlp):  # noqa: F811
    text = "Voters in Dayton cheered on Monday. Sales fell in response to Obama's speech."

    assert "speech" in event_triggers(nlp, text)


def test_an_owned_noun_that_prompts_another_happening_is_an_event(nlp):  # noqa: F811
    text = "Voters in Dayton cheered on Monday. Obama's speech prompted a sell-off."

    assert "speech" in event_triggers(nlp, text)


def test_an_owned_noun_that_leads_to_another_happening_is_an_event(nlp):  # noqa: F811
    text = "Voters in Dayton cheered on Monday. Obama's speech led to a sell-off."

    assert "speech" in event_triggers(nlp, text)


def test_a_date_on_the_verb_of_its_clause_keeps_the_owned_noun(nlp):  # noqa: F811
    text = "Scientists praised NASA's mission on June 3."

    assert "mission" in event_triggers(nlp, text)


def test_a_date_on_a_complement_of_its_clause_keeps_the_owned_noun(nlp):  # noqa: F811
    text = "Scientists said NASA's mission is to begin at 9 a.m."

    assert "mission" in event_triggers(nlp, text)


def test_a_duration_in_its_clause_does_not_date_the_owned_noun(nlp):  # noqa: F811
    text = "Scientists praised NASA's mission for two years."

    assert "mission" not in event_triggers(nlp, text)


def test_an_age_in_its_clause_does_not_date_the_owned_noun(nlp):  # noqa: F811
    text = "Police said Maria's arrest came after a dispute with her 54-year-old neighbour."

    assert "arrest" not in event_triggers(nlp, text)


def test_an_age_in_the_subject_does_not_date_the_owned_noun(nlp):  # noqa: F811
    text = "Voters in Dayton cheered on Monday. Paula Starr, 54, was moved during Obama's speech."

    assert "speech" not in event_triggers(nlp, text)
