"""Deeds the event finder reached but dropped for want of an actor, a tense or a clause of
their own (real-news key-event recall): a motion a noun subject did with no date or place
(events.clauses _actor_named), a deed a verb of praise is for (events.praised_deeds) and a
deed under way on a named one (events.named_patients). Short sentences written for these tests.
"""

from tests.test_events import event_titles, event_triggers, nlp  # noqa: F401 (nlp is a fixture)

_FIRST = "Bruno Vell owns a garage. He sells cars. He keeps a dog. "


def test_a_noun_subject_moving_a_thing_off_something_is_a_happening(nlp):  # noqa: F811
    text = "The Norvik carmaker has finally pulled the covers off its new coupe."

    assert "pull" in event_triggers(nlp, text)


def test_the_deed_a_person_is_hailed_for_is_a_happening(nlp):  # noqa: F811
    text = "The injured included a guard hailed as a hero for stopping the intruder."

    assert "Guard stops intruder" in event_titles(nlp, text, "stop")


def test_a_participle_after_for_under_another_verb_stays_out(nlp):  # noqa: F811
    text = "The injured included a guard known in the town for stopping the traffic."

    assert "stop" not in event_triggers(nlp, text)


def test_a_named_one_being_arrested_now_is_a_happening(nlp):  # noqa: F811
    text = _FIRST + "Corin Dabb is being arrested on a charge of theft."

    assert "arrest" in event_triggers(nlp, text)


def test_an_unnamed_subject_being_arrested_stays_a_state_of_affairs(nlp):  # noqa: F811
    text = _FIRST + "Shoplifters are being arrested on a charge of theft."

    assert "arrest" not in event_triggers(nlp, text)
