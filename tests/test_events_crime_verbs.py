"""Crime verbs in the lexicon (events.happening_verbs): a crime told in a gerund after an
accusation, which no tensed clause carries, is an event of its own; a deed after "for" goes to
the one held in custody, jail, prison or detention only (events.verb_subjects.held_for).

The sentences are written for these tests; mentions come from tests/test_events.py's helpers.
"""

import pytest

from stories.extraction.events.lexicon import VERB_CLASSES
from stories.extraction.events.verb_subjects import held_for
from stories.extraction.nlp import get_nlp
from tests.test_events import event_titles, event_triggers, nlp  # noqa: F401 (nlp is a fixture)


def test_a_murder_told_after_an_accusation_with_its_own_date_is_an_event(nlp):  # noqa: F811
    text = "Deputies detained a Norfield courier, accused of murdering a pawnbroker in May 2012."
    assert "murder" in event_triggers(nlp, text)


def test_crime_verbs_share_the_class_of_the_nouns_that_name_them():
    assert VERB_CLASSES["rob"] == "attack"
    assert VERB_CLASSES["stab"] == "kill"


def test_verbs_of_a_habit_or_state_are_not_crime_verbs():
    assert "abuse" not in VERB_CLASSES
    assert "beat" not in VERB_CLASSES


def test_a_crime_after_for_on_where_someone_is_held_is_that_persons_deed(nlp):  # noqa: F811
    text = "Tom Lee was by then in custody for mugging a tourist in Brenton on Monday."
    assert any("Lee mugs tourist" in title for title in event_titles(nlp, text, "mug"))


def _gerund(text: str):
    return next(token for token in get_nlp()(text) if token.dep_ == "pcomp")


@pytest.mark.parametrize(
    "text",
    [
        "Tom Lee is in custody for robbing a bakery.",
        "Tom Lee was held in detention for burning a barn.",
    ],
)
def test_a_deed_after_for_on_a_place_of_holding_is_the_held_persons(text):
    assert held_for(_gerund(text)) is not None


def test_a_deed_after_for_on_any_other_noun_is_not_the_verbs_subjects():
    gerund = _gerund("Ana Ruiz spoke at a fundraiser for rescuing stray dogs.")

    assert gerund.head.head.lower_ == "fundraiser"
    assert held_for(gerund) is None


def test_gunning_down_is_in_the_class_of_shooting():
    assert VERB_CLASSES["gun"] == VERB_CLASSES["shoot"]


def test_a_gunning_down_told_after_an_accusation_is_an_event(nlp):  # noqa: F811
    text = "Deputies detained a Norfield courier, accused of gunning down a clerk in May 2012."
    assert "gun" in event_triggers(nlp, text)
