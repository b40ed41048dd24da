"""An event noun named again is the happening already told (events.identity.refers_back), and a
noun of cause under a lexicon verb is a happening of its own (events.nominals)."""

import datetime as dt
from dataclasses import replace

from stories.extraction.events.deduplication import deduplicate
from stories.extraction.mentions import EventCandidate
from tests.test_events import events_of, nlp  # noqa: F401 (nlp is a fixture)

_DATED = {"date": {"source": "clause", "text": "March 3"}}


def _call(start: int, **changes) -> EventCandidate:
    base = EventCandidate(
        "Call with Jo Park", "", "the call", start, start + 8, "call", "occurred",
        extra={"kind": "noun"},
    )  # fmt: skip
    return replace(base, **changes)


def test_an_undated_event_noun_named_again_is_the_happening_told_before():
    dated = _call(0, date_start=dt.date(2024, 3, 3), date_precision="day", provenance=_DATED)
    assert deduplicate([dated, _call(100)]) == [dated]


def test_the_naming_with_a_date_stays_when_it_comes_second():
    dated = _call(100, date_start=dt.date(2024, 3, 3), date_precision="day", provenance=_DATED)
    assert [e.start for e in deduplicate([_call(0), dated])] == [100]


def test_two_event_nouns_each_with_a_date_of_their_own_stay_two():
    first = _call(0, date_start=dt.date(2024, 3, 3), date_precision="day", provenance=_DATED)
    second = _call(100, date_start=dt.date(2023, 5, 1), date_precision="day", provenance=_DATED)
    assert len(deduplicate([first, second])) == 2


def test_a_planned_naming_is_not_the_happening_already_told():
    dated = _call(0, date_start=dt.date(2024, 3, 3), date_precision="day", provenance=_DATED)
    assert len(deduplicate([dated, _call(100, certainty="planned")])) == 2


def test_a_noun_of_cause_under_a_lexicon_verb_is_a_happening_of_its_own(nlp):  # noqa: F811
    events = events_of(nlp, "Tom Lee was arrested on Monday for the call to Ana Ruiz's office.")
    assert sorted(e.trigger for e in events) == ["arrest", "call"]


def test_a_noun_a_lexicon_verb_takes_as_object_is_the_verb_s_happening(nlp):  # noqa: F811
    events = events_of(nlp, "Tom Lee attended the summit in Lyon on Monday.")
    assert [e.trigger for e in events] == ["attend"]


def test_an_undated_noun_of_the_same_class_is_the_happening_told_before():
    dated = _call(0, date_start=dt.date(2024, 3, 3), date_precision="day", provenance=_DATED)
    fight = replace(dated, trigger="fight", title="Fight with Jo Park")
    assert deduplicate([fight, _call(100, trigger="altercation")]) == [fight]


def test_a_verb_of_the_class_is_not_what_a_later_noun_names():
    hit = _call(0, trigger="hit", title="Storm hits Lyon", extra={"kind": "verb"})
    assert len(deduplicate([hit, _call(100, trigger="outbreak")])) == 2


def test_two_nouns_of_one_class_in_one_sentence_stay_two():
    victory = _call(0, trigger="victory", summary="Lee's victory and Doe's win.")
    assert len(deduplicate([victory, replace(victory, start=30, trigger="win")])) == 2


def test_a_later_noun_is_not_the_happening_a_verb_told_of_another_actor():
    visit = _call(0, trigger="visit", title="Jo Park visits", people=("Jo Park",))
    visit = replace(visit, extra={"kind": "light"})
    named = _call(100, trigger="visit", title="Tom Lee visits", people=("Tom Lee",))
    assert len(deduplicate([named, visit])) == 2


def test_a_later_noun_of_the_same_actor_points_at_the_happening_his_verb_told():
    trip = _call(0, trigger="trip", title="Tom Lee makes trip", people=("Tom Lee",))
    trip = replace(trip, extra={"kind": "light"})
    visit = _call(100, trigger="visit", title="Tom Lee visits", people=("Tom Lee",))
    assert deduplicate([trip, visit]) == [trip]
