"""A definite, named legal act inside another noun's phrase is told even in a modal clause
(events.presupposed_acts).

The sentences are written for these tests; mentions come from tests/test_events.py's helpers.
"""

from stories.extraction.events.genre import keep_news
from stories.extraction.mentions import EventCandidate
from tests.extracting import with_trigger
from tests.test_events import events_of, nlp  # noqa: F401 (nlp is a fixture)


def test_named_indictment_inside_a_nouns_phrase_is_told_under_a_modal(nlp):  # noqa: F811
    text = "In the aftermath of the ICC indictment of President Tom Lee, the economy may suffer."
    assert with_trigger(events_of(nlp, text), "indictment")


def test_legal_act_taken_by_the_modal_verb_itself_stays_to_come(nlp):  # noqa: F811
    text = "The judge may delay the trial of Tom Lee."
    assert not with_trigger(events_of(nlp, text), "trial")


def test_unnamed_legal_act_inside_a_nouns_phrase_stays_out_under_a_modal(nlp):  # noqa: F811
    text = "In the aftermath of the indictment, the economy may suffer."
    assert not with_trigger(events_of(nlp, text), "indictment")


def test_named_visit_inside_a_nouns_phrase_stays_out_under_a_modal(nlp):  # noqa: F811
    text = "In the aftermath of the visit of President Tom Lee, the economy may suffer."
    assert not with_trigger(events_of(nlp, text), "visit")


_EXPLAINER = (
    "The new phone arrived on Tuesday. It has three cameras and a larger screen. The battery "
    "lasts two days, and the software learns what the owner likes. It costs more than most."
)


def test_an_arguing_page_keeps_a_named_indictment_inside_a_nouns_phrase(nlp):  # noqa: F811
    text = _EXPLAINER + " In the aftermath of the FTC indictment of Tom Lee, sales may fall."
    start = text.index("the FTC indictment")
    late = EventCandidate(
        title="FTC indictment of Tom Lee",
        summary="FTC indictment of Tom Lee",
        quote="the FTC indictment of Tom Lee",
        start=start,
        end=start + len("the FTC indictment of Tom Lee"),
        trigger="indictment",
        certainty="occurred",
    )

    assert keep_news([late], nlp(text)) == [late]


def test_named_arrest_a_warrant_is_for_stays_out_under_a_modal(nlp):  # noqa: F811
    text = "The ICC warrant for the arrest of President Tom Lee could complicate his travel."
    assert not with_trigger(events_of(nlp, text), "arrest")


def test_named_arrest_people_call_for_stays_out_under_a_modal(nlp):  # noqa: F811
    text = "Calls for the arrest of Tom Lee may grow louder."
    assert not with_trigger(events_of(nlp, text), "arrest")


def test_adjourned_named_trial_stays_out_under_a_modal(nlp):  # noqa: F811
    text = "The adjournment of the trial of Tom Lee could frustrate the victims."
    assert not with_trigger(events_of(nlp, text), "trial")


def test_named_impeachment_people_talk_of_stays_out_under_a_modal(nlp):  # noqa: F811
    text = "Talk of the impeachment of President Tom Lee could hurt his party."
    assert not with_trigger(events_of(nlp, text), "impeachment")


def test_named_impeachment_a_vote_is_on_stays_out_under_a_modal(nlp):  # noqa: F811
    text = "A vote on the impeachment of President Tom Lee could come soon."
    assert not with_trigger(events_of(nlp, text), "impeachment")


def test_named_trial_in_its_run_up_stays_out_under_a_modal(nlp):  # noqa: F811
    text = "In the run-up to the trial of Tom Lee, police may close roads."
    assert not with_trigger(events_of(nlp, text), "trial")
