"""Happenings denied through a participant or a plan that lapsed, claims told as claims, a past
progressive left under way, and coordinated deeds that take no governor's cue
(events.denials, events.under_way, events.certainty).

The sentences are written for these tests.
"""

import datetime as dt

from tests.test_events import PUBLISHED, certainty_of_verb, nlp  # noqa: F401 (nlp is a fixture)

_WEEKS_BEFORE = PUBLISHED - dt.timedelta(days=20)
_DAY_BEFORE = PUBLISHED - dt.timedelta(days=1)


def test_a_subject_with_no_denies_the_happening(nlp):  # noqa: F811
    text = "No passengers were hurt when the tram left the rails in Dalby."
    assert certainty_of_verb(nlp, text, "hurt", _DAY_BEFORE) == "denied"


def test_nothing_as_object_denies_the_happening(nlp):  # noqa: F811
    text = "The burglars took nothing from the bakery in Dalby."
    assert certainty_of_verb(nlp, text, "took", _DAY_BEFORE) == "denied"


def test_an_object_with_no_denies_the_happening(nlp):  # noqa: F811
    text = "The burglars took no cash from the bakery in Dalby."
    assert certainty_of_verb(nlp, text, "took", _DAY_BEFORE) == "denied"


def test_a_past_schedule_for_a_day_gone_by_is_denied(nlp):  # noqa: F811
    text = "The new ferry was due to be launched at Dalby in March."
    assert certainty_of_verb(nlp, text, "launched", _WEEKS_BEFORE) == "denied"


def test_a_present_schedule_stays_planned(nlp):  # noqa: F811
    text = "The new ferry is due to be launched at Dalby in March."
    later = PUBLISHED + dt.timedelta(days=20)
    assert certainty_of_verb(nlp, text, "launched", later) == "planned"


def test_a_past_progressive_of_the_day_before_is_ongoing(nlp):  # noqa: F811
    text = "Hundreds of volunteers were searching the woods near Dalby on Friday."
    assert certainty_of_verb(nlp, text, "searching", _DAY_BEFORE) == "ongoing"


def test_a_past_progressive_weeks_back_occurred(nlp):  # noqa: F811
    text = "Hundreds of volunteers were searching the woods near Dalby in March."
    assert certainty_of_verb(nlp, text, "searching", _WEEKS_BEFORE) == "occurred"


def test_an_asserted_happening_is_speculated(nlp):  # noqa: F811
    text = "Ana Ruiz asserts that the talks in Dalby have resumed."
    assert certainty_of_verb(nlp, text, "resumed", None) == "speculated"


def test_an_insisted_happening_is_speculated(nlp):  # noqa: F811
    text = "Tom Lee insisted that he woke up in a park near Dalby."
    assert certainty_of_verb(nlp, text, "woke", _DAY_BEFORE) == "speculated"


def test_a_deed_coordinated_with_an_expectation_is_not_expected(nlp):  # noqa: F811
    text = "Ana Ruiz was expected to attend the gala in Dalby but left a note for her family."
    assert certainty_of_verb(nlp, text, "left", _WEEKS_BEFORE) == "occurred"


def test_no_after_have_tells_a_lack_not_a_denial(nlp):  # noqa: F811
    text = "The club had no fit strikers left before the final in Dalby."
    assert certainty_of_verb(nlp, text, "left", _DAY_BEFORE) != "denied"


def test_a_light_verbs_idiom_with_no_is_not_denied(nlp):  # noqa: F811
    text = "The Velton side took no chances against Norburg on Sunday."
    assert certainty_of_verb(nlp, text, "took", _DAY_BEFORE) != "denied"


def test_leaving_no_one_without_power_is_not_denied(nlp):  # noqa: F811
    text = "The storm left no one without power in Brenmoor."
    assert certainty_of_verb(nlp, text, "left", _DAY_BEFORE) != "denied"


def test_a_light_verbs_real_object_with_no_is_denied(nlp):  # noqa: F811
    text = "Police in Brenmoor made no arrests after the march."
    assert certainty_of_verb(nlp, text, "made", _DAY_BEFORE) == "denied"


def test_a_plan_told_in_the_simple_past_is_not_denied(nlp):  # noqa: F811
    text = "Officials in Velton planned to reopen the bridge on Monday."
    assert certainty_of_verb(nlp, text, "reopen", _WEEKS_BEFORE) != "denied"


def test_a_plan_told_in_the_past_perfect_is_not_denied(nlp):  # noqa: F811
    text = "Officials in Velton had planned to reopen the bridge on Monday."
    assert certainty_of_verb(nlp, text, "reopen", _WEEKS_BEFORE) != "denied"


def test_a_schedule_told_with_had_been_for_a_day_gone_by_is_denied(nlp):  # noqa: F811
    text = "The bridge in Velton had been scheduled to reopen on Monday."
    assert certainty_of_verb(nlp, text, "reopen", _WEEKS_BEFORE) == "denied"


def test_a_possibility_with_not_is_speculated_not_denied(nlp):  # noqa: F811
    text = "The mayor of Dalby may not attend the ceremony on Friday."
    later = PUBLISHED + dt.timedelta(days=2)
    assert certainty_of_verb(nlp, text, "attend", later) == "speculated"


def test_the_writers_would_not_is_a_view_not_a_denial(nlp):  # noqa: F811
    text = "At this rate the Dalby Rovers would probably not reach the final."
    assert certainty_of_verb(nlp, text, "reach", None) is None


def test_a_sources_would_not_is_a_refusal_denied(nlp):  # noqa: F811
    text = "The mayor of Dalby said she would not resign."
    assert certainty_of_verb(nlp, text, "resign", None) == "denied"


def test_a_plain_not_still_denies(nlp):  # noqa: F811
    text = "The ferry did not sail from Dalby on Tuesday."
    assert certainty_of_verb(nlp, text, "sail", _DAY_BEFORE) == "denied"


def test_no_statement_is_a_note_not_a_denied_happening(nlp):  # noqa: F811
    text = "The Dalby council made no statement on the closure."
    assert certainty_of_verb(nlp, text, "made", None) is None


def test_no_signs_is_a_note_not_a_denied_happening(nlp):  # noqa: F811
    text = "The rescued hiker showed no signs of injury."
    assert certainty_of_verb(nlp, text, "showed", None) is None


def test_pleading_no_contest_is_a_plea_not_a_denial(nlp):  # noqa: F811
    text = "The driver pleaded no contest to a charge of reckless driving in Brenmoor."
    assert certainty_of_verb(nlp, text, "pleaded", _DAY_BEFORE) == "occurred"


def test_a_subject_with_no_still_denies_a_plea(nlp):  # noqa: F811
    text = "No defendant pleaded guilty in the Brenmoor fraud case."
    assert certainty_of_verb(nlp, text, "pleaded", _DAY_BEFORE) == "denied"


def test_a_finding_of_nothing_is_a_finding(nlp):  # noqa: F811
    text = "Shipments resumed after an inspection in Dalby found no cause of the illness."
    assert certainty_of_verb(nlp, text, "found", _DAY_BEFORE) == "occurred"


def test_a_search_that_found_nothing_still_turned_up_no_deed(nlp):  # noqa: F811
    # the finding verbs are the only exception: taking nothing is still a denial
    text = "The burglars took no cash and found no jewels in the bakery in Dalby."
    assert certainty_of_verb(nlp, text, "took", _DAY_BEFORE) == "denied"


def test_a_finding_of_nothing_told_in_the_passive_is_a_finding(nlp):  # noqa: F811
    text = "No survivors were found in the wreckage in Dalby."
    assert certainty_of_verb(nlp, text, "found", _DAY_BEFORE) == "occurred"


def test_a_passive_with_no_subject_still_denies_other_verbs(nlp):  # noqa: F811
    text = "No survivors were rescued from the wreckage in Dalby."
    assert certainty_of_verb(nlp, text, "rescued", _DAY_BEFORE) == "denied"
