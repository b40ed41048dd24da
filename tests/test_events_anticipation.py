"""Event nouns the words around them put in the future or in the background (events.certainty,
events.nominals).

The sentences are written for these tests; mentions come from tests/test_events.py's helpers.
"""

from tests.extracting import with_trigger
from tests.test_events import events_of, nlp  # noqa: F401 (nlp is a fixture)


def test_a_meeting_a_future_clause_takes_is_planned(nlp):  # noqa: F811
    events = events_of(nlp, "Lisbon will be watching the Ruiz-Lee meeting with concern.")
    (meeting,) = with_trigger(events, "meeting")
    assert meeting.certainty == "planned"


def test_a_meeting_under_the_object_of_a_future_clause_is_planned(nlp):  # noqa: F811
    text = "Lisbon will be watching the outcome of the Ruiz-Lee meeting."
    (meeting,) = with_trigger(events_of(nlp, text), "meeting")
    assert meeting.certainty == "planned"


def test_a_crash_a_future_clause_takes_has_happened(nlp):  # noqa: F811
    text = "The club will distance itself from Tom Lee's crash in Harbor City."
    (crash,) = with_trigger(events_of(nlp, text), "crash")
    assert crash.certainty == "occurred"


def test_ahead_of_a_meeting_puts_the_meeting_in_the_future(nlp):  # noqa: F811
    text = "Tom Lee arrived in Harbor City on Monday ahead of his meeting with Ana Ruiz."
    (meeting,) = with_trigger(events_of(nlp, text), "meeting")
    assert meeting.certainty == "planned"


def test_fears_of_an_attack_make_the_attack_speculated(nlp):  # noqa: F811
    text = "The club spoke of fears of an attack by Tom Lee in Harbor City."
    (attack,) = with_trigger(events_of(nlp, text), "attack")
    assert attack.certainty == "speculated"


def test_an_attack_warned_of_on_a_city_is_speculated(nlp):  # noqa: F811
    text = "Officials in Harbor City warned of an attack on Lyon."
    (attack,) = with_trigger(events_of(nlp, text), "attack")
    assert attack.certainty == "speculated"


def test_a_war_named_without_a_date_is_a_backdrop_not_an_event(nlp):  # noqa: F811
    text = "Tom Lee sold shells for Ruritania's war in Harbor City."
    assert with_trigger(events_of(nlp, text), "war") == []


def test_an_attack_in_the_same_frame_is_an_event(nlp):  # noqa: F811
    text = "Tom Lee sold shells for Ruritania's attack in Harbor City."
    assert with_trigger(events_of(nlp, text), "attack")


def test_a_war_in_the_purpose_of_a_thing_is_a_backdrop_not_an_event(nlp):  # noqa: F811
    text = "Tom Lee sold shells to be used in Ruritania's war in Harbor City."
    assert with_trigger(events_of(nlp, text), "war") == []


def test_an_undated_war_a_clause_speaks_about_is_going_on(nlp):  # noqa: F811
    text = "Ana Ruiz spoke about Ruritania's war with Tom Lee's militia in Lyon."
    (war,) = with_trigger(events_of(nlp, text), "war")
    assert war.certainty == "ongoing"


def test_a_ceremony_due_to_be_held_is_planned(nlp):  # noqa: F811
    text = "Tom Lee's award ceremony is due to be held in Lyon."
    ceremonies = with_trigger(events_of(nlp, text), "ceremony")
    assert ceremonies and all(e.certainty == "planned" for e in ceremonies)
