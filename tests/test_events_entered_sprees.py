""" "Went on a rampage", "went on a shooting spree": news tells an attack as a state entered,
with an article, like "went on strike" without one (events.motion entered_state,
lexicon ENTERED_WITH_ARTICLE). Sentences written for these tests.
"""

from tests.test_events import event_triggers, nlp  # noqa: F401 (nlp is a fixture)


def test_going_on_a_rampage_is_an_attack(nlp):  # noqa: F811
    text = "A gunman went on a rampage in a Tarvo care home on Sunday."

    assert "go on rampage" in event_triggers(nlp, text)


def test_going_on_the_tour_stays_a_journey_with_no_state(nlp):  # noqa: F811
    text = "The band went on the tour in May."

    assert not any(t.startswith("go on tour") for t in event_triggers(nlp, text))
