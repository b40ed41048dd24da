"""A lead that describes someone unnamed ("A Norfield man has been arrested") and a later
paragraph that names him ("Tom Reed, 41, was arrested on charges of…") tell one happening
(events.unnamed_leads)."""

import datetime as dt
from dataclasses import replace

from stories.extraction.analysis import analyse_text
from stories.extraction.events.deduplication import deduplicate
from stories.extraction.events.named_next import SENTENCE
from stories.extraction.events.unnamed_leads import named_after_its_lead
from stories.extraction.mentions import EventCandidate, PlaceMention

_NORFIELD = PlaceMention("Norfield", 0, 8, name="Norfield")
_OWN = {"date": {"source": "clause", "text": "Friday"}}


def _lead(**changes) -> EventCandidate:
    base = EventCandidate(
        "Norfield man arrested", "", "A Norfield man has been arrested", 40, 72, "arrest",
        "occurred", date_start=dt.date(2024, 5, 11), date_precision="day", place=_NORFIELD,
        extra={"kind": "verb", SENTENCE: 1},
    )  # fmt: skip
    return replace(base, **changes)


def _named(**changes) -> EventCandidate:
    base = EventCandidate(
        "Reed arrested", "", "Tom Reed, 41, was arrested on charges of attempted robbery", 740,
        800, "arrest", "occurred", date_start=dt.date(2024, 5, 10), date_precision="day",
        place=_NORFIELD, people=("Tom Reed",), extra={"kind": "verb", SENTENCE: 9},
    )  # fmt: skip
    return replace(base, **changes)


def test_a_later_paragraph_naming_the_unnamed_person_of_the_lead_tells_one_happening():
    assert named_after_its_lead(_lead(), _named())
    assert deduplicate([_lead(), _named()]) == [_named()]


def test_the_lead_stays_when_it_states_its_own_day():
    lead = _lead(date_start=dt.date(2024, 5, 10), provenance=_OWN)
    kept = deduplicate([lead, _named()])
    assert [c.start for c in kept] == [lead.start]


def test_a_lead_that_names_its_person_is_no_description_to_join():
    assert not named_after_its_lead(_lead(people=("Ann Lee",)), _named())


def test_another_person_brought_in_is_another_happening():
    another = _named(quote="Another man, Tom Reed, was arrested later")
    assert not named_after_its_lead(_lead(), another)


def test_stated_days_that_differ_are_two_happenings():
    lead = _lead(provenance=_OWN, date_start=dt.date(2024, 5, 1))
    assert not named_after_its_lead(lead, _named(provenance=_OWN))


def test_a_lead_of_many_people_is_not_one_named_person():
    assert not named_after_its_lead(_lead(title="Ten protesters arrested"), _named())


def test_deeds_not_told_as_done_stay_apart():
    assert not named_after_its_lead(_lead(), _named(certainty="speculated"))


def test_a_naming_in_the_next_three_sentences_is_left_to_the_fold_that_quotes_both():
    near = _named(extra={"kind": "verb", SENTENCE: 4})
    assert not named_after_its_lead(_lead(), near)


def test_a_naming_four_short_sentences_on_is_joined_however_few_characters_lie_between():
    short = _named(start=300, end=360, extra={"kind": "verb", SENTENCE: 5})
    assert named_after_its_lead(_lead(), short)


def test_tellings_not_numbered_by_sentence_are_not_measured_and_stay_apart():
    assert not named_after_its_lead(_lead(extra={"kind": "verb"}), _named())


def test_a_naming_that_says_its_deed_is_another_stays_apart():
    also = _named(quote="Tom Reed, 41, was also arrested on charges of attempted robbery")
    assert not named_after_its_lead(_lead(), also)


def test_the_other_driver_named_later_is_another_person_than_the_lead_described():
    other = _named(quote="The other driver, Tom Reed, 41, was arrested on charges of robbery")
    assert not named_after_its_lead(_lead(), other)


def test_a_naming_told_of_a_she_is_not_the_man_the_lead_described():
    she = _named(quote="Ann Reed, 41, was arrested after she fled the scene")
    assert not named_after_its_lead(_lead(), she)


def test_a_naming_told_of_a_her_is_the_woman_the_lead_described():
    lead = _lead(title="Norfield woman arrested", quote="A Norfield woman has been arrested")
    her = _named(quote="Ann Reed, 41, was arrested after her car was found")
    assert named_after_its_lead(lead, her)


def test_a_victim_him_in_the_naming_does_not_tell_the_named_woman_s_sex():
    lead = _lead(title="Norfield woman arrested", quote="A Norfield woman has been arrested")
    named = _named(
        quote="Ann Reed, 41, was arrested, accused of stabbing him in the neck",
        people=("Ann Reed",),
    )
    assert named_after_its_lead(lead, named)


def test_a_victim_her_in_the_naming_does_not_tell_the_named_man_s_sex():
    named = _named(quote="Tom Reed, 41, was arrested, accused of hitting her with a bat")
    assert named_after_its_lead(_lead(), named)


def test_a_his_in_the_naming_does_not_tell_the_named_woman_s_sex():
    lead = _lead(title="Norfield woman arrested", quote="A Norfield woman has been arrested")
    named = _named(quote="Ann Reed, 41, was arrested after his car was stolen")
    assert named_after_its_lead(lead, named)


def test_a_woman_killed_in_the_lead_and_the_other_driver_named_later_are_two_deaths():
    filler = " ".join(["Traffic on the highway was slow for hours, officials said."] * 8)
    text = (
        f"A DeKalb woman was killed in a crash in Atlanta on Monday. {filler} "
        "The other driver, Keith Johnson, 41, was killed on Monday."
    )
    events = analyse_text(text, published=dt.date(2023, 9, 12)).events
    assert len([e for e in events if e.trigger == "kill"]) == 2


def test_a_lead_of_a_man_and_a_woman_does_not_describe_one_person():
    assert not named_after_its_lead(_lead(title="Man and woman arrested"), _named())


def test_a_lead_of_two_men_does_not_describe_one_person():
    assert not named_after_its_lead(_lead(title="Two Norfield men and driver arrested"), _named())


def test_a_second_degree_charge_does_not_say_the_deed_is_another():
    charged = _named(quote="Tom Reed, 41, was arrested on charges of second-degree murder")
    assert named_after_its_lead(_lead(), charged)
