"""A deed after "for" goes to the one held in custody, jail, prison or detention only
(events.titles._held_for). Invented sentences."""

import pytest

from stories.extraction.events.titles import _held_for
from stories.extraction.nlp import get_nlp


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
    assert _held_for(_gerund(text)) is not None


def test_a_deed_after_for_on_any_other_noun_is_not_the_verbs_subjects():
    gerund = _gerund("Ana Ruiz spoke at a fundraiser for rescuing stray dogs.")

    assert gerund.head.head.lower_ == "fundraiser"
    assert _held_for(gerund) is None
