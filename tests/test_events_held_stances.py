"""A stance held or a condition lived with ("supported the mayor", "opposed the plan",
"disapproved of the book", "suffered from asthma") tells a state, not a happening
(events.held_stances).

Short sentences written for these tests, each after a lead that reports a happening.
"""

from stories.extraction.events.held_stances import holds_a_stance, tells_a_tally
from tests.test_events import event_triggers, nlp  # noqa: F401 (nlp is a fixture)

LEAD = "Acme Corp. opened a plant in Lyon on Monday. "


def test_supporting_a_person_is_not_an_event(nlp):  # noqa: F811
    text = LEAD + "The plant manager, Jean Dupont, told police he supported the mayor of Lyon."

    assert "support" not in event_triggers(nlp, text)


def test_opposing_a_plan_is_not_an_event(nlp):  # noqa: F811
    text = LEAD + "The Lyon Tenants Union strongly opposed the zoning plan."

    assert "oppose" not in event_triggers(nlp, text)


def test_disapproving_of_a_thing_is_not_an_event(nlp):  # noqa: F811
    text = LEAD + "Friends said Jean Dupont's father disapproved of the plant in Lyon."

    assert "disapprove" not in event_triggers(nlp, text)


def test_approving_of_a_thing_is_not_an_event(nlp):  # noqa: F811
    text = LEAD + "Jean Dupont's family in Lyon did not approve of his new job."

    assert "approve" not in event_triggers(nlp, text)


def test_suffering_from_an_illness_is_not_an_event(nlp):  # noqa: F811
    text = LEAD + "In Lyon, Dupont defended the plant, saying its manager suffered from asthma."

    assert "suffer" not in event_triggers(nlp, text)


def test_approving_a_thing_is_still_an_event(nlp):  # noqa: F811
    text = LEAD + "The Lyon city council approved the zoning plan on Tuesday."

    assert "approve" in event_triggers(nlp, text)


def test_suffering_an_injury_is_still_an_event(nlp):  # noqa: F811
    text = LEAD + "A Lyon worker, Jean Dupont, suffered a broken arm at the plant on Tuesday."

    assert "suffer" in event_triggers(nlp, text)


def test_a_plan_supported_by_a_body_is_still_an_event(nlp):  # noqa: F811
    text = LEAD + "The zoning plan was supported by the Lyon city council."

    assert "support" in event_triggers(nlp, text)


def test_troops_supporting_an_attack_take_part_in_it(nlp):  # noqa: F811
    # Support given to an attack or a fight is a share in the deed, not a view of it.
    text = LEAD + "Army gunners supported the assault on the ridge with heavy shelling."

    assert "support" in event_triggers(nlp, text)


def test_suffering_from_an_injury_is_a_harm_done(nlp):  # noqa: F811
    # An injury, a burn or smoke inhalation is a harm that happened, not a condition lived with.
    doc = nlp("One firefighter suffered from burns to his hands at the warehouse blaze.")

    assert not holds_a_stance(next(t for t in doc if t.lower_ == "suffered"))


def test_opposing_a_bill_in_a_vote_is_a_vote(nlp):  # noqa: F811
    text = LEAD + "The town council opposed the bill in a vote of four to three."

    assert "oppose" in event_triggers(nlp, text)


def test_opposing_a_bill_told_with_the_tally_next_is_a_vote(nlp):  # noqa: F811
    text = LEAD + "The town council opposed the harbour bill. The tally was 4-3."

    assert "oppose" in event_triggers(nlp, text)


def test_opposing_a_vote_is_still_a_stance(nlp):  # noqa: F811
    # "the vote" as the thing opposed is no vote taken by the subject.
    text = LEAD + "The Lyon Tenants Union strongly opposed the vote on the zoning plan."

    assert "oppose" not in event_triggers(nlp, text)


def test_a_phone_number_in_the_next_sentence_is_no_tally(nlp):  # noqa: F811
    # Two runs of digits joined by a dash, but the second is four long: a phone number.
    text = (
        LEAD + "The Lyon Tenants Union strongly opposed the zoning plan. Members may call 555-0142."
    )

    assert "oppose" not in event_triggers(nlp, text)


def test_a_long_phone_number_in_the_next_sentence_is_no_tally(nlp):  # noqa: F811
    # "555-201" opens a longer run of digits and dashes: no two counts stand alone.
    text = LEAD + "The Lyon Tenants Union strongly opposed the zoning plan. Call 555-201-7788."

    assert "oppose" not in event_triggers(nlp, text)


def test_a_range_of_years_in_the_next_sentence_is_no_tally(nlp):  # noqa: F811
    text = LEAD + "The Lyon Tenants Union strongly opposed the zoning plan. It grew in 2015-2019."

    assert "oppose" not in event_triggers(nlp, text)


def test_a_range_of_days_in_the_next_sentence_is_no_tally(nlp):  # noqa: F811
    # Two small numbers after a month name are days, not a vote's counts.
    text = LEAD + "The Lyon Tenants Union strongly opposed the zoning plan. Members meet June 4-6."

    assert "oppose" not in event_triggers(nlp, text)


def test_a_phone_number_in_the_clause_is_no_tally(nlp):  # noqa: F811
    doc = nlp("The tenants, who can be reached at 555-0142, opposed the zoning plan.")

    assert holds_a_stance(next(t for t in doc if t.lower_ == "opposed"))


def test_a_tally_of_large_counts_in_the_clause_is_a_vote(nlp):  # noqa: F811
    # The look-alike kept: a chamber's vote runs to three figures a side.
    doc = nlp("The House opposed the harbour bill 218-210.")

    assert not holds_a_stance(next(t for t in doc if t.lower_ == "opposed"))


def test_a_range_of_ages_in_the_next_sentence_is_no_tally(nlp):  # noqa: F811
    text = (
        LEAD + "The Lyon Tenants Union strongly opposed the zoning plan. "
        "Its youth club takes children ages 10-12."
    )

    assert "oppose" not in event_triggers(nlp, text)


def test_a_game_score_in_the_next_sentence_is_no_tally(nlp):  # noqa: F811
    text = (
        LEAD + "The Lyon Tenants Union strongly supported the city's rugby club. "
        "The club beat its rivals 3-1."
    )

    assert "support" not in event_triggers(nlp, text)


def test_a_tally_beside_a_vote_word_stays_a_vote(nlp):  # noqa: F811
    text = (
        LEAD + "The Lyon Tenants Union strongly opposed the zoning plan. "
        "The plan lost the vote 5-2."
    )

    assert "oppose" in event_triggers(nlp, text)


def test_a_range_of_years_of_age_is_no_tally():
    assert not tells_a_tally("The camp is open to children 10-12 years old.")


def test_a_measure_that_won_by_a_tally_was_voted_on(nlp):  # noqa: F811
    # "won" is a contest word, but what won is a law, not a side in a game: a vote.
    text = (
        LEAD + "The Lyon Tenants Union strongly opposed the zoning measure. "
        "The measure won approval 5-2."
    )

    assert "oppose" in event_triggers(nlp, text)


def test_a_motion_that_won_by_a_tally_was_voted_on(nlp):  # noqa: F811
    # A motion or a proposal is put to a vote, never a side in a game.
    text = LEAD + "The Lyon Tenants Union strongly opposed the rent motion. The motion won 6-3."

    assert "oppose" in event_triggers(nlp, text)


def test_a_proposal_that_lost_by_a_tally_was_voted_on(nlp):  # noqa: F811
    text = (
        LEAD + "The Lyon Tenants Union strongly supported the parking proposal. "
        "The proposal lost 4-3."
    )

    assert "support" in event_triggers(nlp, text)
