"""Narrowed rules of the twenty-first round: a pointer to a web site only as an instruction
(events.reporters_notes), a talk or a trend no deed (events.deed_marks), a court's doubt a
ruling (events.stances).

Short texts written for these tests.
"""

from stories.extraction.events.reporters_notes import points_the_reader
from tests.test_events import event_titles, events_of, nlp  # noqa: F401 (nlp is a fixture)

# Two sentences first, so the clause under test is past the lead, where a perfect sums up.
_LEAD = "Deputies arrested two men in Brenmoor on Tuesday. The men were charged with arson. "


def _triggers(nlp, text: str) -> list[str]:  # noqa: F811
    return [e.trigger for e in events_of(nlp, text)]


# --- points_the_reader: an instruction, not a deed on a site ---------------------------------


def test_points_the_reader_not_a_dated_visit_with_a_subject(nlp):  # noqa: F811
    text = "Record numbers of shoppers visited Velmart.com on Monday, the company said."
    doc = nlp(text)

    assert not points_the_reader(next(t for t in doc if t.lower_ == "visited"))
    assert "visit" in _triggers(nlp, text)


def test_points_the_reader_not_a_login_with_a_subject(nlp):  # noqa: F811
    text = "Hackers logged into Norburgnews.com on Friday and posted messages on its front page."

    assert "log" in _triggers(nlp, text)


def test_points_the_reader_still_an_instruction(nlp):  # noqa: F811
    doc = nlp("Deputies arrested two men in Brenmoor. For more information, visit brenmoor.gov.")

    assert points_the_reader(next(t for t in doc if t.lower_ == "visit"))


# --- taken_to_a_body: only a step of a procedure ---------------------------------------------


def test_taken_to_a_body_not_talk_to_a_news_agency(nlp):  # noqa: F811
    text = _LEAD + "Ivo Lantz has spoken to Reuters about the case."

    assert "speak" not in _triggers(nlp, text)


def test_taken_to_a_body_not_a_complaint_to_a_group(nlp):  # noqa: F811
    text = _LEAD + "The Talbeck family has complained to the NAACP."

    assert "complain" not in _triggers(nlp, text)


def test_taken_to_a_body_still_a_bill_passed_out_of_an_assembly(nlp):  # noqa: F811
    text = _LEAD + "The Vell bill has passed out of the Norland Senate."

    assert "pass" in _triggers(nlp, text)


# --- a progressive with a place: not a trend ------------------------------------------------


def test_progressive_with_a_place_not_a_trend(nlp):  # noqa: F811
    text = _LEAD + "Home prices are rising in Brenmoor."

    assert "rise" not in _triggers(nlp, text)


def test_progressive_with_a_place_still_a_show_running(nlp):  # noqa: F811
    text = _LEAD + "The advert is currently running in Valmora in two languages."

    assert "run" in _triggers(nlp, text)


# --- stances: a court's finding is no state of mind -----------------------------------------


def test_stance_not_a_reason_a_court_found(nlp):  # noqa: F811
    text = "The Brenmoor court found reason to doubt the testimony on Monday."

    assert "find" in _triggers(nlp, text)


def test_stance_not_doubt_a_judge_cast(nlp):  # noqa: F811
    text = "Deputies arrested two men in Brenmoor. The judge cast doubt on the evidence on Monday."

    assert "cast" in _triggers(nlp, text)


def test_stance_still_doubt_an_economist_cast(nlp):  # noqa: F811
    text = "Deputies arrested two men in Brenmoor. Economists cast doubt on the plan on Monday."

    assert "cast" not in _triggers(nlp, text)
    assert event_titles(nlp, text)  # the arrest is still told


def test_points_the_reader_still_after_a_purpose_the_parser_misreads(nlp):  # noqa: F811
    doc = nlp("To follow Ana Reyes's ride across Norburg see www.reyesride.org.")

    assert points_the_reader(next(t for t in doc if t.lower_ == "see"))


def test_stance_still_little_reason_to_be_hopeful(nlp):  # noqa: F811
    text = "Deputies arrested two men in Brenmoor. The mayor saw little reason to be hopeful."

    assert "see" not in _triggers(nlp, text)


def test_stance_leaves_no_hoped_for_happening(nlp):  # noqa: F811
    text = "The storm dashed hopes of a rescue on Monday near Brenmoor."

    assert "rescue" not in _triggers(nlp, text)


def test_stance_still_leaves_a_rescue_carried_out(nlp):  # noqa: F811
    text = "Volunteers carried out a rescue on Monday near Brenmoor."

    assert any("rescue" in t.lower() for t in event_titles(nlp, text))
