"""A story that keeps naming one country as a noun of its own, never "in X", is set in that
country (events.country_settings); one that names it only as a modifier ("a Sudland man") is not.

Short texts written for these tests; places arrive resolved, as analyse_text hands them over.
"""

from tests.test_event_placing import event_with, nlp, placed_events, where  # noqa: F401

CATALOGUE = {"Sudland": ("country", 1, "SE", 62.0, 15.0), "Lyon": ("city", 3, "FR", 45.75, 4.85)}


def test_a_country_written_three_times_as_a_noun_is_the_story_s_setting(nlp):  # noqa: F811
    text = (
        "Analysts in a Lyon paper wrote about the unity of Sudland. It was a hard week for "
        "Sudland, and the people of Sudland want calm.\n\n"
        "The party appointed a new minister on Monday."
    )

    appointment = event_with(placed_events(nlp, text, catalogue=CATALOGUE), "appoint")

    assert where(appointment) == ("Sudland", "setting")


def test_a_country_written_only_as_a_modifier_is_no_setting(nlp):  # noqa: F811
    text = (
        "A Sudland man, two Sudland teenagers and a Sudland lawyer wrote to a Lyon paper.\n\n"
        "The party appointed a new minister on Monday."
    )

    appointment = event_with(placed_events(nlp, text, catalogue=CATALOGUE), "appoint")

    assert appointment.place is None
