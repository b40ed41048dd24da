"""A violent deed told again without a day takes the day of the violence the story dated
earlier (events.retold_violence).

Short texts written for these tests, read whole.
"""

import datetime as dt

from stories.extraction.analysis import analyse_text

PUBLISHED = dt.date(2024, 3, 6)  # a Wednesday
SATURDAY = dt.date(2024, 3, 2)


def dates_of(text: str, trigger: str) -> list[dt.date | None]:
    events = analyse_text(text, published=PUBLISHED).events
    return [event.date_start for event in events if event.trigger == trigger]


def test_a_killing_told_after_a_dated_attack_takes_the_attacks_day():
    text = (
        "Gunmen attacked a crowded market in Harbor City on Saturday. "
        "On Tuesday the governor visited the wounded at the city hospital. "
        "Nine shoppers were killed and dozens were hurt."
    )

    assert dates_of(text, "kill") == [SATURDAY]


def test_a_blow_by_a_person_told_after_a_dated_fight_takes_the_fights_day():
    text = (
        "The coach of the Harbor City club spoke about Saturday night's fight on Tuesday. "
        "Tom Reyes hit Sam Ortiz in the face with a bottle."
    )

    assert dates_of(text, "hit") == [SATURDAY]


def test_another_deed_of_violence_keeps_the_narratives_day():
    text = (
        "Gunmen attacked a crowded market in Harbor City on Saturday. "
        "On Tuesday the governor visited the wounded at the city hospital. "
        "Another bomb killed three soldiers near the port."
    )

    assert SATURDAY not in dates_of(text, "kill")


def test_violence_on_two_stated_days_lends_no_day():
    text = (
        "Gunmen attacked a crowded market in Harbor City on Saturday. "
        "Rebels attacked a police post in the hills on Sunday. "
        "On Tuesday the governor visited the wounded at the city hospital. "
        "Nine shoppers were killed and dozens were hurt."
    )

    assert SATURDAY not in dates_of(text, "kill")


def test_a_storm_hitting_after_a_dated_fight_keeps_its_own_day():
    text = (
        "The coach of the Harbor City club spoke about Saturday night's fight on Tuesday. "
        "A storm hit the coast and closed the stadium."
    )

    assert SATURDAY not in dates_of(text, "hit")


def test_a_death_told_before_its_day_takes_the_day_told_later_of_the_same_person():
    text = (
        "Searchers found the body of a Harbor City fisherman in the lake on Tuesday. "
        "Tests show Lee Park drowned, the coroner said. "
        "Park probably died on Saturday and has been in the water since then."
    )

    assert dates_of(text, "drown") == [SATURDAY]


def test_a_death_told_before_the_day_of_another_person_keeps_its_own_day():
    text = (
        "Searchers found the body of a Harbor City fisherman in the lake on Tuesday. "
        "Tests show Lee Park drowned, the coroner said. "
        "Ann Cole probably died on Saturday in a fall at the quarry."
    )

    assert SATURDAY not in dates_of(text, "drown")


def test_violence_dated_by_a_time_in_its_own_sentence_keeps_that_time():
    text = (
        "Gunmen attacked a crowded market in Harbor City on Saturday. "
        "On Tuesday the governor visited the wounded at the city hospital. "
        "Twenty villagers were killed last month as the army shelled the hills."
    )

    assert dates_of(text, "shell") == [dt.date(2024, 2, 1)]


def test_taking_part_in_a_fight_told_after_its_day_takes_the_fights_day():
    text = (
        "The coach of the Harbor City club spoke about Saturday night's fight on Tuesday. "
        "Tom Reyes and Sam Ortiz engaged in a scuffle near the bench."
    )

    assert dates_of(text, "engage") == [SATURDAY]


def test_taking_part_in_a_meeting_told_after_a_dated_fight_keeps_the_narratives_day():
    text = (
        "The coach of the Harbor City club spoke about Saturday night's fight on Tuesday. "
        "Tom Reyes and Sam Ortiz engaged in talks with the league."
    )

    assert SATURDAY not in dates_of(text, "engage")


def test_a_blow_dealt_during_a_later_happening_keeps_that_happenings_day():
    text = (
        "Gunmen attacked a crowded market in Harbor City on Saturday. "
        "Police arrested John Roe in Harbor City on Monday. "
        "Roe punched an officer during the arrest."
    )

    assert SATURDAY not in dates_of(text, "punch")


def test_a_storm_named_like_a_person_hitting_a_coast_keeps_the_narratives_day():
    text = (
        "Gunmen attacked a crowded market in Harbor City on Saturday. "
        "On Tuesday the governor visited the wounded at the city hospital. "
        "Tropical Storm Maria hit the coast and flooded the port."
    )

    assert SATURDAY not in dates_of(text, "hit")


def test_a_death_of_someone_hurt_in_the_violence_keeps_the_narratives_day():
    text = (
        "Gunmen attacked a crowded market in Harbor City on Saturday. "
        "On Tuesday the governor visited the wounded at the city hospital. "
        "A boy injured in the attack died at the hospital."
    )

    assert SATURDAY not in dates_of(text, "die")


def test_a_shooting_with_its_own_day_after_a_rally_keeps_its_own_day():
    text = (
        "Protesters fought police at Saturday's rally in Harbor City. "
        "On Tuesday, Tom Reyes shot Sam Ortiz outside a bar."
    )

    assert dates_of(text, "shoot") == [dt.date(2024, 3, 5)]


def test_an_undated_killing_after_a_peaceful_rally_does_not_take_the_rallys_day():
    text = (
        "Thousands marched at a rally in Harbor City on Saturday. "
        "On Tuesday the mayor thanked the marchers. "
        "A man was killed outside a bar."
    )

    assert SATURDAY not in dates_of(text, "kill")
