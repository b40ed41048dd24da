"""A deadly happening's toll told in one sentence, the dead and then the hurt joined by "and"
("Two villagers were killed and three were wounded"), is one happening; a wounding told apart
stays an event of its own (events.wounded_tolls)."""

import pytest
import spacy

from stories.extraction.nlp import MODEL_NAME
from tests.test_events import event_triggers, events_of


@pytest.fixture(scope="module")
def nlp():
    return spacy.load(MODEL_NAME)


def test_the_hurt_counted_with_the_dead_by_and_are_one_happening(nlp):
    text = "Two villagers were killed and three were wounded in Lyon on Saturday."

    assert event_triggers(nlp, text) == ["kill"]


def test_the_toll_keeps_the_killing_as_its_event(nlp):
    text = "Two villagers were killed and three were wounded in Lyon on Saturday."

    (event,) = events_of(nlp, text)

    assert event.title.startswith("Two villagers killed")


def test_the_injured_after_the_dead_of_an_attack_add_no_event(nlp):
    text = (
        "Gunmen attacked a bus in Lyon on Saturday. "
        "Some 14 people were killed and scores were injured, including the mayor."
    )

    assert "injure" not in event_triggers(nlp, text)
    assert "kill" in event_triggers(nlp, text)


def test_a_wounding_set_apart_by_while_stays_an_event(nlp):
    text = (
        "A man was stabbed to death in Lyon on Saturday, while another man was critically "
        "injured in an attempt to stop the attacker."
    )

    assert event_triggers(nlp, text) == ["stab", "injure"]


def test_a_wounding_told_in_a_sentence_of_its_own_stays_an_event(nlp):
    text = "Two villagers were killed in Lyon on Saturday. Three others were wounded."

    assert event_triggers(nlp, text) == ["kill", "wound"]


def test_a_person_struck_and_hurt_in_one_sentence_is_one_happening(nlp):
    text = (
        "A gunman opened fire in Lyon on Saturday. "
        "The driver was struck and suffered minor injuries."
    )

    assert event_triggers(nlp, text) == ["fire", "strike"]


def test_a_blow_and_a_hurt_told_apart_by_another_word_stay_two(nlp):
    text = (
        "A gunman opened fire in Lyon on Saturday. "
        "The driver was struck, but a passenger suffered minor injuries."
    )

    assert "injury" in event_triggers(nlp, text)


def test_a_wounding_by_another_attacker_joined_by_and_stays_an_event(nlp):
    text = "Israel struck Gaza on Saturday and a rocket injured two Israelis in Sderot."

    assert event_triggers(nlp, text) == ["strike", "injure"]


def test_a_wounding_by_another_side_elsewhere_joined_by_and_stays_an_event(nlp):
    text = (
        "Russian missiles struck Kyiv on Monday and Ukrainian drones injured five people "
        "in Belgorod."
    )

    assert "injure" in event_triggers(nlp, text)


def test_the_killer_wounding_more_without_a_subject_of_its_own_is_one_happening(nlp):
    text = "A bomb killed three people in Kabul on Saturday and wounded 12 others."

    assert event_triggers(nlp, text) == ["kill"]


def test_a_team_beaten_and_a_player_hurt_stay_two(nlp):
    text = "The Yankees beat the Red Sox on Sunday and Judge hurt his wrist."

    assert event_triggers(nlp, text) == ["beat", "hurt"]


def test_the_killer_wounding_more_with_an_adverb_before_the_hurt_is_one_happening(nlp):
    text = "Gunmen killed three soldiers near Kabul on Monday and seriously wounded six others."

    assert event_triggers(nlp, text) == ["kill"]


def test_the_hurt_told_with_the_killings_own_subject_is_one_happening(nlp):
    text = "He killed his wife in Lyon on Saturday and he injured her sister."

    assert event_triggers(nlp, text) == ["kill"]


def test_a_killer_wounded_by_police_after_the_shooting_stays_two(nlp):
    text = "The gunman shot his wife in Denver on Monday and was wounded by police in Aurora."

    assert event_triggers(nlp, text) == ["shoot", "wound"]


def test_an_attacker_wounded_by_officers_after_the_stabbing_stays_two(nlp):
    text = "The attacker stabbed a guard in Lyon on Monday and was wounded by officers."

    assert event_triggers(nlp, text) == ["stab", "wound"]


def test_the_hurt_by_what_fell_in_the_same_toll_is_one_happening(nlp):
    text = "Three people were killed in Lyon on Monday and at least 12 were injured by debris."

    assert event_triggers(nlp, text) == ["kill"]


def test_a_wounding_in_a_separate_attack_stays_an_event(nlp):
    text = "A soldier was killed in Lyon on Sunday and a guard was wounded in a separate attack."

    assert event_triggers(nlp, text) == ["kill", "wound"]
