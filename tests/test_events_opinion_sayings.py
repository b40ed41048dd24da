"""A saying whose said clause is only the speaker's feeling or verdict is no event
(events.opinion_sayings)."""

from tests.test_events import events_of, nlp  # noqa: F401 (nlp is a fixture)

# Two sentences that open a story, so that a saying after them is outside its lead.
_OPENING = "The ferry left Dover at noon on Sunday. It reached Calais an hour later. "


def _triggers(events):
    return [e.trigger for e in events]


def test_a_dated_quote_of_the_speakers_feeling_is_no_event(nlp):  # noqa: F811
    text = _OPENING + '"I\'m still puzzled," Mara Lind said Friday.'
    assert "say" not in _triggers(events_of(nlp, text))


def test_a_dated_saying_that_he_was_proud_is_no_event(nlp):  # noqa: F811
    text = _OPENING + "Coach Ivo Renn said on Friday that he was proud of the team."
    assert "say" not in _triggers(events_of(nlp, text))


def test_a_verdict_on_an_it_subject_at_an_occasion_is_no_event(nlp):  # noqa: F811
    text = _OPENING + '"It is no surprise," Mayor Ivo Renn said at the council meeting.'
    assert "say" not in _triggers(events_of(nlp, text))


def test_a_verdict_on_a_gerund_subject_is_no_event(nlp):  # noqa: F811
    text = _OPENING + (
        '"Having them there with me would be a blessing," Mara Lind said in an interview Tuesday.'
    )
    assert "say" not in _triggers(events_of(nlp, text))


def test_saying_it_was_a_great_day_is_no_event(nlp):  # noqa: F811
    text = _OPENING + "Mayor Ivo Renn said on Monday that it was a great day for the town."
    assert "say" not in _triggers(events_of(nlp, text))


def test_saying_the_town_had_a_good_day_is_no_event(nlp):  # noqa: F811
    text = _OPENING + "Mayor Ivo Renn said on Monday that the town had a good day."
    assert "say" not in _triggers(events_of(nlp, text))


def test_telling_reporters_they_were_not_happy_is_no_event(nlp):  # noqa: F811
    text = _OPENING + (
        "Several Senate Democrats have told reporters that they were not happy with the plan."
    )
    assert "tell" not in _triggers(events_of(nlp, text))


def test_a_named_others_feeling_told_on_a_day_stays_a_saying(nlp):  # noqa: F811
    text = '"Halvor is furious," an insider told the outlet on Monday.'
    assert "tell" in _triggers(events_of(nlp, text))


def test_a_plain_claim_on_a_stated_day_stays_a_saying(nlp):  # noqa: F811
    text = _OPENING + '"We are 80 percent to our goal," Mara Lind said on Monday.'
    assert "say" in _triggers(events_of(nlp, text))


def test_a_quoted_wish_told_to_colleagues_is_no_event(nlp):  # noqa: F811
    text = _OPENING + 'Senator Mara Lind told colleagues, "We want our money back now."'
    assert "tell" not in _triggers(events_of(nlp, text))


def test_a_dated_regret_is_no_event(nlp):  # noqa: F811
    text = _OPENING + "Mara Lind said Friday that she regretted calling the mayor a liar."
    assert "say" not in _triggers(events_of(nlp, text))


def test_wanting_someone_to_act_stays_a_statement(nlp):  # noqa: F811
    text = _OPENING + "Mara Lind has told staff that she wants the firm to turn a profit."
    assert "tell" in _triggers(events_of(nlp, text))


def test_a_counterfactual_quote_told_to_a_church_is_no_event(nlp):  # noqa: F811
    text = _OPENING + (
        '"If a bear was running around the town, everyone would call the police," '
        "Pastor Ivo Renn told the full church."
    )
    assert "tell" not in _triggers(events_of(nlp, text))


def test_a_hedged_verdict_on_a_named_thing_is_no_event(nlp):  # noqa: F811
    text = _OPENING + "Mara Lind acknowledged on Friday that the new budget could be a challenge."
    assert "acknowledge" not in _triggers(events_of(nlp, text))


def test_a_witness_never_having_seen_the_like_is_no_event(nlp):  # noqa: F811
    text = _OPENING + '"I have never seen this many trucks blow over," Sheriff Renn said Monday.'
    assert "say" not in _triggers(events_of(nlp, text))


def test_a_said_feeling_is_no_event_of_its_own(nlp):  # noqa: F811
    text = (
        "The health minister said Friday she's ready to write new rules. "
        "The report was released by Mara Lind Friday. "
        "Lind said she was encouraged by the report's tone."
    )
    assert "encourage" not in _triggers(events_of(nlp, text))


def test_a_condemnation_on_a_stated_day_stays_a_saying(nlp):  # noqa: F811
    text = _OPENING + '"It is unacceptable," Mayor Ivo Renn said on Tuesday.'
    assert "say" in _triggers(events_of(nlp, text))


def test_an_apology_on_a_stated_day_stays_a_saying(nlp):  # noqa: F811
    text = _OPENING + '"I am sorry," Mayor Ivo Renn said on Tuesday.'
    assert "say" in _triggers(events_of(nlp, text))


def test_a_verdict_on_an_event_noun_stays_a_saying(nlp):  # noqa: F811
    text = _OPENING + "Mayor Ivo Renn said on Monday that it was a historic agreement for the town."
    assert "say" in _triggers(events_of(nlp, text))


def test_would_like_to_act_stays_a_saying(nlp):  # noqa: F811
    text = _OPENING + "Acme Corp. said on Monday that it would like to buy the mill."
    assert "say" in _triggers(events_of(nlp, text))


def test_pleasure_at_an_arrest_keeps_the_saying(nlp):  # noqa: F811
    text = _OPENING + "The chief said on Friday that he was pleased the suspect had been arrested."
    assert "say" in _triggers(events_of(nlp, text))


def test_confidence_in_a_finding_keeps_the_saying(nlp):  # noqa: F811
    text = _OPENING + "Police said Sunday that they were confident the fire was arson."
    assert "say" in _triggers(events_of(nlp, text))


def test_excitement_at_a_plan_keeps_the_saying(nlp):  # noqa: F811
    text = _OPENING + (
        "Acme Corp. said Tuesday that it was excited to open a new plant in Ohio next year."
    )
    assert "say" in _triggers(events_of(nlp, text))


def test_a_bad_month_with_jobs_lost_keeps_the_saying(nlp):  # noqa: F811
    text = _OPENING + (
        "The agency said Friday that the economy had a bad month as 50,000 jobs were lost."
    )
    assert "say" in _triggers(events_of(nlp, text))


def test_a_reported_threat_with_an_if_clause_is_news(nlp):  # noqa: F811
    text = _OPENING + "The union said on Friday that it would strike if the company cut wages."
    assert "say" in _triggers(events_of(nlp, text))


def test_a_reported_veto_threat_keeps_its_veto(nlp):  # noqa: F811
    text = _OPENING + "The president said Friday that he would veto the bill if Congress passed it."
    assert "veto" in _triggers(events_of(nlp, text))


def test_a_reported_past_perfect_condition_is_no_event(nlp):  # noqa: F811
    text = _OPENING + (
        "The mayor said Friday that the town would have flooded if the dam had failed."
    )
    assert "say" not in _triggers(events_of(nlp, text))


def test_a_reported_past_perfect_unless_condition_is_no_event(nlp):  # noqa: F811
    text = _OPENING + (
        "The mayor said Friday that the town would have flooded unless the dam had held."
    )
    assert "say" not in _triggers(events_of(nlp, text))


def test_a_verdict_on_an_extraposed_clause_is_no_event(nlp):  # noqa: F811
    text = _OPENING + (
        '"It is no surprise sales tax was down," Mayor Ivo Renn said at the special session.'
    )
    assert "say" not in _triggers(events_of(nlp, text))


def test_a_clause_deep_inside_the_cause_of_a_feeling_keeps_it_a_comment(nlp):  # noqa: F811
    text = _OPENING + (
        "Mara Lind said on Friday that she was encouraged by the report's tone and the "
        "preference within its recommendations ensuring students are given the best resources."
    )
    assert "say" not in _triggers(events_of(nlp, text))


def test_glad_to_be_back_stays_a_comment(nlp):  # noqa: F811
    for feeling in (
        "he was excited to be back",
        "he was glad to have been there",
        "she was sad to see him go",
        "he was proud to represent his country",
        "she was thrilled to be part of the team",
    ):
        text = _OPENING + f"Coach Ivo Renn said on Friday that {feeling}."
        assert "say" not in _triggers(events_of(nlp, text)), feeling


def test_a_tragedy_that_children_died_keeps_the_deaths(nlp):  # noqa: F811
    for verdict, happening in (
        ("it was a tragedy that three children died in the blaze", "die"),
        ("it was a shame the council voted to close the library", "vote"),
    ):
        text = _OPENING + f"The fire chief said Sunday {verdict}."
        triggers = _triggers(events_of(nlp, text))
        assert "say" in triggers or happening in triggers, (verdict, triggers)
