"""One happening per actor per sentence (events.folding) and quoted words (events.quotations).

Short texts written for these tests, run through the whole clause reader.
"""

from stories.extraction.events.quotations import quotation_spans
from tests.test_events import event_titles, events_of, nlp  # noqa: F401 (nlp is a fixture)


def test_a_continuation_with_no_date_or_place_of_its_own_folds_into_its_governor(nlp):  # noqa: F811
    assert event_titles(nlp, "Tom Lee led the band for a decade and won many awards.") == [
        "Tom Lee leads band"
    ]


def test_an_infinitive_that_continues_its_governor_folds_into_it(nlp):  # noqa: F811
    assert event_titles(nlp, "The actress agreed to play the lead in the film.") == [
        "Actress agrees to play lead"
    ]


def test_the_continuation_that_carries_the_date_stands_for_both(nlp):  # noqa: F811
    text = "Ana Ruiz apologised for the flaw and launched a repair program in July."

    assert event_titles(nlp, text) == ["Ana Ruiz launches repair program"]


def test_two_verbs_each_with_its_own_date_stay_two_happenings(nlp):  # noqa: F811
    text = "The man was arrested on Monday and charged on Tuesday."

    assert event_titles(nlp, text) == ["Man arrested", "Man charged"]


def test_a_next_step_marked_then_stays_its_own_happening(nlp):  # noqa: F811
    text = "Officers stopped a car on Monday and then arrested the driver."

    assert len(events_of(nlp, text)) == 2


def test_two_verbs_the_lexicon_knows_stay_two_happenings(nlp):  # noqa: F811
    text = "Tom Lee flew to Paris on Monday and met Ana Ruiz."

    assert len(events_of(nlp, text)) == 2


def test_a_verb_with_a_subject_of_its_own_is_another_actors_happening(nlp):  # noqa: F811
    text = "Police arrested two men on Monday and the court charged them."

    assert len(events_of(nlp, text)) == 2


def test_a_dated_happening_inside_a_quotation_is_the_speakers_words(nlp):  # noqa: F811
    text = "“Our teams will reopen the harbor in May,” the mayor said on Friday."

    # The mayor's saying is an event (events.occasioned_sayings); the quoted plan is not.
    assert [e.trigger for e in events_of(nlp, text)] == ["say"]


def test_a_deed_and_a_prospect_of_one_actor_stay_two_happenings(nlp):  # noqa: F811
    text = (
        "Maria Lopez, a teacher from the valley, defeated the mayor and will become "
        "the first teacher to lead Fresno."
    )

    assert any("defeat" in title.lower() for title in event_titles(nlp, text))


def test_a_quotation_closed_with_the_other_kind_of_mark_ends_there():
    text = 'He said, “call me," the office said. Omar was elected to Congress.'

    assert quotation_spans(text) == [(9, 19)]


def test_a_quotation_carried_over_from_the_paragraph_before_ends_at_its_close():
    text = "“We will win.\n\nAnd we will stay,” she said."

    assert quotation_spans(text) == [(0, 13), (15, 33)]


def test_a_quotation_left_open_runs_to_the_end_of_its_paragraph_only():
    text = "“We will win, she said.\n\nThe vote was held on Monday."

    assert quotation_spans(text) == [(0, 23)]
