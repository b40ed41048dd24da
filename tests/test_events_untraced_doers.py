"""An untraced "he" or "she" (no person named before it, no role) in a clause with its own
date or place, doing something to a thing a noun names, still tells a happening
(events.untraced_doers): the title says what was done, as a headline passive ("Man shot in
Lyon"), even in a clause of time or a "charges he …" clause. Without a date or place of its
own, or with nothing named that was done to, such a clause stays untitled.
Short sentences written for these tests.
"""

from tests.test_events import event_titles, nlp  # noqa: F401 (nlp is a fixture)


def test_a_thing_done_by_an_untraced_he_on_a_day_is_titled_as_a_passive(nlp):  # noqa: F811
    text = "Officers caught a suspect late on Tuesday. He shot a man in Lyon on Monday."

    assert event_titles(nlp, text, "shoot") == ["Man shot in Lyon"]


def test_an_untraced_he_in_a_clause_of_time_with_its_own_day_tells_a_happening(nlp):  # noqa: F811
    text = (
        "Officers caught a suspect late on Tuesday. The events that led to his arrest began "
        "on Monday, when he shot a man near the market."
    )

    assert [t.split()[:2] for t in event_titles(nlp, text, "shoot")] == [["Man", "shot"]]


def test_charges_an_untraced_he_did_a_dated_deed_tell_the_deed(nlp):  # noqa: F811
    text = (
        "A Lyon mason was arraigned on Tuesday on charges he sexually assaulted a "
        "10-year-old girl in 2019."
    )

    assert len(event_titles(nlp, text, "assault")) == 1


def test_an_untraced_he_without_a_date_or_place_stays_untitled(nlp):  # noqa: F811
    text = "Officers caught a suspect late on Tuesday. He shot a man."

    assert event_titles(nlp, text, "shoot") == []


def test_an_untraced_he_doing_nothing_to_a_named_thing_stays_untitled(nlp):  # noqa: F811
    text = "Officers caught a suspect late on Tuesday. He shot him in Lyon on Monday."

    assert event_titles(nlp, text, "shoot") == []


def test_an_irregular_past_unlike_its_participle_gives_no_passive(nlp):  # noqa: F811
    text = "Officers caught a suspect late on Tuesday. He stole a car in Lyon on Monday."

    assert event_titles(nlp, text, "steal") == []


def test_a_past_spelt_as_its_base_is_titled_by_its_own_participle(nlp):  # noqa: F811
    text = "Officers caught a suspect late on Tuesday. He beat a man in Paris on Monday."

    assert event_titles(nlp, text, "beat") == ["Man beaten in Paris"]


def test_an_idiom_of_a_verb_and_the_road_is_no_thing_done_to(nlp):  # noqa: F811
    text = "Officers caught a suspect late on Tuesday. He hit the road in Paris on Monday."

    assert event_titles(nlp, text, "hit") == []
