"""A public body's act told as a light verb and an act noun (events.meeting_acts), and filing
for an office told in the present perfect (events.candidacies). Sentences written for these
tests."""

from tests.test_events import event_titles, event_triggers, nlp  # noqa: F401 (nlp is a fixture)

MET = "The Norfield Town Council met on Monday night. "


def test_approval_given_in_the_passive_is_the_councils_act(nlp):  # noqa: F811
    text = MET + "Unanimous approval was given to an ordinance raising parking fees."
    assert "approval" in event_triggers(nlp, text)


def test_a_council_hearing_a_first_reading_is_an_act(nlp):  # noqa: F811
    text = "The Norfield Town Council heard a first reading of the zoning ordinance on Monday."
    assert "reading" in event_triggers(nlp, text)


def test_a_body_given_an_update_receives_it(nlp):  # noqa: F811
    text = "The Norfield school board was given a budget update on Tuesday."
    assert "Norfield school board receives budget update" in event_titles(nlp, text, "update")


def test_an_act_noun_without_its_carrying_verb_is_no_event(nlp):  # noqa: F811
    text = MET + "The plan still awaits approval from the state, and a reading is planned."
    assert "approval" not in event_triggers(nlp, text)
    assert "reading" not in event_triggers(nlp, text)


def test_what_the_approved_ordinance_would_do_is_no_event_of_its_own(nlp):  # noqa: F811
    text = MET + "Approval was given to an ordinance that would move the town elections."
    assert "move" not in event_triggers(nlp, text)


def test_candidates_who_have_filed_for_a_seat_entered_the_race(nlp):  # noqa: F811
    text = "Two residents, Ann Pryor and Ted Walsh, both have filed for the open council seat."
    assert "file" in event_triggers(nlp, text)


def test_a_perfect_filing_of_papers_is_no_candidacy(nlp):  # noqa: F811
    text = "The Norfield clerk said the residents have filed their papers for years."
    assert "file" not in event_triggers(nlp, text)


def test_a_reading_named_before_the_approval_still_gives_the_approval(nlp):  # noqa: F811
    text = MET + (
        "First reading unanimous approval was given to an ordinance that would raise parking fees."
    )
    assert "approval" in event_triggers(nlp, text)


def test_two_approvals_of_one_meeting_are_titled_by_what_was_approved(nlp):  # noqa: F811
    text = (
        MET + "Approval was given to an ordinance that sets new parking fees. "
        "Approval was also given to a resolution that names a new clerk."
    )
    titles = event_titles(nlp, text, "approval")
    assert "Approval given to ordinance" in titles
    assert "Approval given to resolution" in titles


def test_an_update_an_app_receives_is_no_act_of_a_meeting(nlp):  # noqa: F811
    text = "The Norfield weather app will receive an update next month, its maker said."
    assert "update" not in event_triggers(nlp, text)


def test_a_jury_hearing_a_reading_is_no_act_of_a_meeting(nlp):  # noqa: F811
    text = "The jury heard a reading of the widow's letter on Tuesday in Norfield."
    assert "reading" not in event_triggers(nlp, text)


def test_a_presentation_to_investors_is_no_act_of_a_meeting(nlp):  # noqa: F811
    text = "The Norfield Mills chief executive gave a presentation to investors on Monday."
    assert "presentation" not in event_triggers(nlp, text)


def test_an_approval_given_years_ago_is_no_act_at_the_meeting(nlp):  # noqa: F811
    text = "The Norfield mayor said she had given approval to the landfill years ago."
    assert "approval" not in event_triggers(nlp, text)


def test_an_actorless_approval_needs_a_story_naming_a_public_body(nlp):  # noqa: F811
    text = "Approval was given to the new vaccine in Norfield last year."
    assert "approval" not in event_triggers(nlp, text)


def test_two_approvals_given_to_two_resolutions_are_two_acts(nlp):  # noqa: F811
    text = (
        MET + "Unanimous approval was given to a resolution thanking the volunteer firemen. "
        "Approval was also given to a resolution on the snow budget."
    )
    assert len(event_titles(nlp, text, "approval")) == 2


def test_a_passive_act_is_titled_by_the_whole_phrase_of_its_target(nlp):  # noqa: F811
    text = MET + "Approval was given to an ordinance rezoning farmland along Route 9."
    titles = event_titles(nlp, text, "approval")
    assert any("ordinance" in t for t in titles), titles


LEAD = "The Norfield clerk opened the filing period on Monday. Turnout is expected to be light. "


def test_a_perfect_filing_for_a_council_race_is_a_candidacy(nlp):  # noqa: F811
    text = LEAD + "Two residents have filed for the city council race."
    assert "file" in event_triggers(nlp, text)


def test_runners_registered_for_a_race_enter_no_election(nlp):  # noqa: F811
    text = LEAD + "Hundreds of runners have registered for the race."
    assert "register" not in event_triggers(nlp, text)


def test_voters_registered_for_an_election_enter_no_race(nlp):  # noqa: F811
    text = LEAD + "Many voters have registered for the election."
    assert "register" not in event_triggers(nlp, text)


def test_an_approval_given_by_regulators_is_no_act_of_a_meeting(nlp):  # noqa: F811
    text = "Approval was given to the Norfield vaccine by regulators in Europe last year."
    assert "approval" not in event_triggers(nlp, text)
