"""A closing blurb of another story is no part of the article (events.closing_teasers).

Short texts written for these tests.
"""

from stories.extraction.events.closing_teasers import closing_teaser_start
from tests.test_events import events_of, nlp  # noqa: F401 (nlp is a fixture)

BODY = (
    "Crews closed the Mill Street bridge in Harlan on Tuesday after inspectors found cracks in "
    "two of its steel beams. Mayor Dana Whitcomb said the bridge would stay shut for at least a "
    "month while engineers decide whether it can be repaired. Drivers were sent along a detour "
    "through the town centre, and school buses left earlier than usual on Wednesday. Whitcomb "
    "said the town had asked the state for emergency money to pay for the work. "
)
# A paragraph-long blurb of another story: other actors, other things, no name of the article.
TEASER = (
    "Grain exporters across the region are raising prices as the volume of late shipments "
    "grows, as the struggling trade is weighed down by losses tied to unpaid freight invoices "
    "and the costly expansion plans that lenders approved during the sale of Northern Rail "
    "Holdings, which closed only days before the drought hit."
)


def _starts_at_or_after(nlp, text: str, offset: int) -> list[str]:  # noqa: F811
    return [e.title for e in events_of(nlp, text) if e.start >= offset]


def test_a_closing_blurb_of_another_story_tells_no_event(nlp):  # noqa: F811
    text = BODY + TEASER

    assert _starts_at_or_after(nlp, text, len(BODY)) == []


def test_the_blurb_starts_at_the_last_sentence(nlp):  # noqa: F811
    text = BODY + TEASER
    doc = nlp(text)

    assert closing_teaser_start(list(doc.sents), text) == len(BODY)


def test_a_long_closing_sentence_about_the_story_s_people_is_kept(nlp):  # noqa: F811
    closing = (
        "Whitcomb said the repairs, the detour signs, the extra bus runs and the overtime for "
        "road crews would be paid from the reserve fund the council set aside for storms, "
        "floods and other emergencies."
    )
    text = BODY + closing
    doc = nlp(text)

    assert closing_teaser_start(list(doc.sents), text) is None


def test_a_long_closing_sentence_going_on_with_a_pronoun_is_kept(nlp):  # noqa: F811
    closing = (
        "They seized invoices, shipping records, bank statements and loan papers showing that "
        "his Carlow trucking firm was losing contracts, money and drivers every month."
    )
    text = BODY + closing
    doc = nlp(text)

    assert closing_teaser_start(list(doc.sents), text) is None


def test_a_short_closing_happening_with_new_names_keeps_its_event(nlp):  # noqa: F811
    closing = "Last month, a gunman killed four people at a mall in Denver."
    text = BODY + closing

    assert _starts_at_or_after(nlp, text, len(BODY))


def test_a_closing_quote_line_is_kept(nlp):  # noqa: F811
    closing = "“We will have it open again before the fair,” Whitcomb said."
    text = BODY + closing
    doc = nlp(text)

    assert closing_teaser_start(list(doc.sents), text) is None


def test_a_long_closing_past_happening_of_a_related_case_is_kept(nlp):  # noqa: F811
    closing = (
        "In a separate case, a federal judge in Wexford last month sentenced a former bank teller "
        "to five years in prison for stealing cash, checks and gift cards worth thousands of "
        "dollars from customers' accounts over three years."
    )
    text = BODY + closing

    assert _starts_at_or_after(nlp, text, len(BODY))


def test_a_closing_list_of_other_results_is_kept(nlp):  # noqa: F811
    closing = (
        "Elsewhere in the league, Riverside drew with Northport after a late penalty, Eastfield "
        "routed Kingsbury in front of a record crowd, and Southgate lost at home to Millbrook "
        "despite two goals from midfielder Alan Price in the second half of the game."
    )
    text = BODY + closing
    doc = nlp(text)

    assert closing_teaser_start(list(doc.sents), text) is None


def test_a_long_closing_sentence_on_a_new_body_s_dated_meeting_is_kept(nlp):  # noqa: F811
    closing = (
        "The Carver County Board of Education meets next on Dec. 9 at the Elm Street "
        "administration building, where members are expected to take up the school calendar, "
        "bus routes, cafeteria contracts, staffing levels and a review of teacher salaries."
    )
    text = BODY + closing
    doc = nlp(text)

    assert closing_teaser_start(list(doc.sents), text) is None
