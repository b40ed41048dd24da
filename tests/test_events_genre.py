"""A page that argues and a page that reports (events.genre): what each keeps undated.

Short texts written for these tests.
"""

import datetime as dt

from stories.extraction.events.genre import argues, keep_news
from stories.extraction.mentions import EventCandidate
from tests.test_events import event_triggers, nlp  # noqa: F401 (nlp is a fixture)

_REPORT = (
    "Police arrested two men in Lyon on Monday. The men were charged on Tuesday, a spokesman "
    "said. Officers searched their homes and found cash. The court set bail at a hearing."
)
_COLUMN = (
    "The council voted on Monday to close the library. We should ask why. You pay for it, "
    "and you deserve better. The mayor wants savings, but the council forgets who uses it."
)
_EXPLAINER = (
    "The new phone arrived on Tuesday. It has three cameras and a larger screen. The battery "
    "lasts two days, and the software learns what the owner likes. It costs more than most."
)


def event(text: str, phrase: str, trigger: str, **fields) -> EventCandidate:
    start = text.index(phrase)
    values = {"certainty": "occurred", **fields}
    return EventCandidate(
        title=phrase,
        summary=phrase,
        quote=phrase,
        start=start,
        end=start + len(phrase),
        trigger=trigger,
        **values,
    )


def test_a_page_narrated_in_the_past_reports(nlp):  # noqa: F811
    assert not argues(nlp(_REPORT))


def test_a_page_whose_writer_says_we_and_you_argues(nlp):  # noqa: F811
    assert argues(nlp(_COLUMN))


def test_a_page_mostly_in_the_present_tense_describes(nlp):  # noqa: F811
    assert argues(nlp(_EXPLAINER))


def test_the_country_us_in_capitals_is_not_the_writer(nlp):  # noqa: F811
    text = (
        "The US imposed tariffs on steel on Monday. The US said China had responded. Officials "
        "met in Geneva and agreed on talks. The US later confirmed the date."
    )

    assert not argues(nlp(text))


def test_a_speakers_we_in_a_quote_continued_across_paragraphs_is_not_the_writer(nlp):  # noqa: F811
    text = (
        "Police arrested two men in Lyon on Monday. The chief spoke on Tuesday.\n"
        "“We searched all night, and we found them. We owe our officers our thanks.\n"
        "“We will keep our streets safe,” the chief said. The men were charged later."
    )

    assert not argues(nlp(text))


def test_a_page_an_agency_files_under_a_dateline_reports_whatever_its_tense(nlp):  # noqa: F811
    text = (
        "HARBOURTON, Freedonia (AP) — The harbor master says the port is closed. He says "
        "we need more tugs, and you can see the queue of ships. The ships wait outside. "
        "The storm is expected to ease."
    )

    assert argues(nlp(text.split(" — ", 1)[1]))
    assert not argues(nlp(text))


def test_a_press_releases_distributor_is_no_agency(nlp):  # noqa: F811
    text = (
        "SPRINGVILLE, Ohio /PRNewswire/ — The new phone has three cameras. We think you will "
        "love it. The battery lasts two days, and the software learns what you like."
    )

    assert argues(nlp(text))


def test_an_arguing_page_keeps_no_undated_event_after_its_lead(nlp):  # noqa: F811
    late = event(_EXPLAINER, "the software learns", "learn")

    assert keep_news([late], nlp(_EXPLAINER)) == []


def test_an_arguing_page_keeps_a_deed_its_narration_tells_in_the_past(nlp):  # noqa: F811
    text = _EXPLAINER + " The maker recalled the first batch. It costs less now."
    late = event(text, "The maker recalled the first batch", "recall")

    assert keep_news([late], nlp(text)) == [late]


def test_an_arguing_page_keeps_a_light_verbs_noun_told_in_the_past(nlp):  # noqa: F811
    text = _EXPLAINER + " The maker ordered a recall of the first batch. It costs less now."
    late = event(text, "a recall of the first batch", "recall")

    assert keep_news([late], nlp(text)) == [late]


def test_an_arguing_page_drops_an_undated_saying_after_its_lead(nlp):  # noqa: F811
    text = _EXPLAINER + " The maker promised more. It costs less now."
    late = event(text, "The maker promised more", "promise", extra={"kind": "speech"})

    assert keep_news([late], nlp(text)) == []


def test_an_arguing_page_still_drops_the_writers_future_after_its_lead(nlp):  # noqa: F811
    text = _EXPLAINER + " The maker will recall the first batch. It costs less now."
    late = event(text, "The maker will recall the first batch", "recall", certainty="planned")

    assert keep_news([late], nlp(text)) == []


def test_an_arguing_page_keeps_a_dated_event_after_its_lead(nlp):  # noqa: F811
    late = event(_COLUMN, "the council forgets", "forget", date_start=dt.date(2019, 11, 4))

    assert keep_news([late], nlp(_COLUMN)) == [late]


def test_an_arguing_page_keeps_its_lead_undated(nlp):  # noqa: F811
    lead = event(_COLUMN, "The council voted", "vote")

    assert keep_news([lead], nlp(_COLUMN)) == [lead]


def test_a_reporting_page_keeps_an_undated_event_after_its_lead(nlp):  # noqa: F811
    late = event(_REPORT, "Officers searched their homes", "search")

    assert keep_news([late], nlp(_REPORT)) == [late]


def test_the_writers_own_undated_possibility_is_not_kept(nlp):  # noqa: F811
    text = _REPORT + " The ruling could change how the city polices its streets."
    guess = event(text, "could change how", "change", certainty="speculated")

    assert keep_news([guess], nlp(text)) == []


def test_a_sources_undated_possibility_is_kept(nlp):  # noqa: F811
    text = _REPORT + " The prosecutor said the men could face more charges."
    guess = event(text, "the men could face more charges", "face", certainty="speculated")

    assert keep_news([guess], nlp(text)) == [guess]


def test_a_future_with_a_typographic_apostrophe_is_planned(nlp):  # noqa: F811
    from tests.test_events import events_of

    events = events_of(nlp, "Tom Lee said he’ll visit Warsaw.")

    assert [e.certainty for e in events if e.trigger == "visit"] == ["planned"]


# --- a verb outside the lexicon with nothing after it ------------------------------------------

_OPENING = "Acme Corp. opened a plant in Lyon on Monday. Workers cheered as the doors opened. "


def test_a_bare_non_event_verb_after_the_lead_says_nothing_to_place(nlp):  # noqa: F811
    assert "work" not in event_triggers(nlp, _OPENING + "The scheme worked.")


def test_a_non_event_verb_with_whom_it_served_stays(nlp):  # noqa: F811
    assert "work" in event_triggers(nlp, _OPENING + "The scheme worked for Acme Corp.")


def test_a_non_event_verb_with_an_amount_stays(nlp):  # noqa: F811
    assert "soar" in event_triggers(nlp, _OPENING + "Its shares soared 40 percent.")


def test_a_bare_non_event_verb_with_its_own_day_stays(nlp):  # noqa: F811
    assert "work" in event_triggers(nlp, _OPENING + "The scheme worked on Tuesday.")


def test_a_bare_non_event_verb_that_a_saying_reports_stays(nlp):  # noqa: F811
    assert "work" in event_triggers(nlp, _OPENING + "Tom Lee said the scheme worked.")


# --- a past or perfect progressive is a backdrop -----------------------------------------------


def test_a_perfect_progressive_is_a_backdrop_not_a_happening(nlp):  # noqa: F811
    text = _REPORT + " The agency has been holding migrants far longer in 2019."
    backdrop = event(text, "has been holding migrants", "hold", date_start=dt.date(2019, 1, 1))

    assert keep_news([backdrop], nlp(text)) == []


def test_a_past_progressive_is_a_backdrop_even_with_its_own_year(nlp):  # noqa: F811
    text = _REPORT + " The design team was struggling badly back in 2015."
    backdrop = event(text, "was struggling badly", "struggle", date_start=dt.date(2015, 1, 1))

    assert keep_news([backdrop], nlp(text)) == []


def test_a_perfect_progressive_dated_by_its_onset_stays(nlp):  # noqa: F811
    text = _REPORT + " The mayor has been facing criticism since Monday."
    onset = event(text, "has been facing criticism", "face", date_start=dt.date(2019, 11, 4))

    assert keep_news([onset], nlp(text)) == [onset]


def test_a_planned_progressive_stays(nlp):  # noqa: F811
    text = _REPORT + " The chief was leaving for Paris the next week."
    plan = event(text, "was leaving for Paris", "leave", certainty="planned")

    assert keep_news([plan], nlp(text)) == [plan]


def test_a_present_progressive_is_not_a_backdrop(nlp):  # noqa: F811
    text = _REPORT + " The attorney general is investigating Acme Corp."
    under_way = event(text, "is investigating Acme Corp", "investigate", certainty="ongoing")

    assert keep_news([under_way], nlp(text)) == [under_way]


def test_a_past_progressive_on_a_day_it_names_stays(nlp):  # noqa: F811
    text = _REPORT + " Firefighters were still battling blazes on Monday."
    under_way = event(
        text,
        "were still battling blazes",
        "battle",
        date_start=dt.date(2019, 11, 4),
        date_precision="day",
        provenance={"date": {"source": "clause"}},
    )

    assert keep_news([under_way], nlp(text)) == [under_way]


# --- an activity carried on ---------------------------------------------------------------------


def test_an_activity_told_as_carried_on_is_no_new_happening(nlp):  # noqa: F811
    text = _REPORT + " The company continued to sign up subscribers."
    carried_on = event(text, "to sign up subscribers", "sign up")

    assert keep_news([carried_on], nlp(text)) == []


def test_an_activity_carried_on_now_is_going_on(nlp):  # noqa: F811
    text = _REPORT + " The two sides continue to negotiate."
    going_on = event(text, "to negotiate", "negotiate", certainty="ongoing")

    assert keep_news([going_on], nlp(text)) == [going_on]


def test_a_verb_that_starts_an_activity_is_not_a_continuation(nlp):  # noqa: F811
    text = _REPORT + " The company began to sign up subscribers."
    started = event(text, "to sign up subscribers", "sign up")

    assert keep_news([started], nlp(text)) == [started]


# --- a comment on what the story told ----------------------------------------------------------


def test_an_undated_comment_on_a_thing_pointed_back_to_is_not_kept(nlp):  # noqa: F811
    text = _REPORT + " That search led to a realization."
    comment = event(text, "That search led to a realization", "lead", extra={"kind": "general"})

    assert keep_news([comment], nlp(text)) == []


def test_a_thing_pointed_back_to_with_a_date_of_its_own_stays(nlp):  # noqa: F811
    text = _REPORT + " That deal closed in June 2018."
    dated = event(
        text,
        "That deal closed in June 2018",
        "close",
        date_start=dt.date(2018, 6, 1),
        extra={"kind": "general"},
        provenance={"date": {"source": "clause"}},
    )

    assert keep_news([dated], nlp(text)) == [dated]


def test_an_event_verb_of_a_thing_pointed_back_to_stays(nlp):  # noqa: F811
    text = _REPORT + " That protest turned violent."
    happening = event(text, "That protest turned violent", "turn", extra={"kind": "verb"})

    assert keep_news([happening], nlp(text)) == [happening]


def test_a_subject_that_does_not_point_back_is_not_a_comment(nlp):  # noqa: F811
    text = _REPORT + " The search led to a realization."
    told = event(text, "The search led to a realization", "lead", extra={"kind": "general"})

    assert keep_news([told], nlp(text)) == [told]


# --- an event noun a verb acts on --------------------------------------------------------------


def test_an_undated_possibility_evidence_points_to_is_not_kept(nlp):  # noqa: F811
    text = _REPORT + " The survey suggests that the bridge might need new cables."
    guess = event(text, "the bridge might need new cables", "need", certainty="speculated")

    assert keep_news([guess], nlp(text)) == []


def test_an_undated_possibility_judged_possible_is_not_kept(nlp):  # noqa: F811
    text = _REPORT + " It is possible that the council is losing patience with the mayor."
    guess = event(text, "the council is losing patience", "lose", certainty="speculated")

    assert keep_news([guess], nlp(text)) == []


def test_a_dated_possibility_evidence_points_to_stays(nlp):  # noqa: F811
    text = _REPORT + " The survey suggests that the bridge might close on Friday."
    guess = event(
        text,
        "the bridge might close on Friday",
        "close",
        certainty="speculated",
        date_start=dt.date(2024, 5, 10),
        date_precision="day",
    )

    assert keep_news([guess], nlp(text)) == [guess]


# --- a habit is no happening -------------------------------------------------------------------


def test_a_deed_told_as_done_again_and_again_is_a_habit(nlp):  # noqa: F811
    text = _REPORT + " The mayor has repeatedly promised a new bridge."
    habit = event(text, "The mayor has repeatedly promised a new bridge", "promise")

    assert keep_news([habit], nlp(text)) == []


def test_a_deed_spread_over_each_occasion_is_a_pattern(nlp):  # noqa: F811
    text = _REPORT + " In each case, the insurer paid the owners."
    pattern = event(text, "the insurer paid the owners", "pay")

    assert keep_news([pattern], nlp(text)) == []


def test_a_deed_in_each_place_on_a_day_of_its_own_stays(nlp):  # noqa: F811
    text = _REPORT + " On Friday, the insurer paid the owners in each case."
    paid = event(
        text,
        "On Friday, the insurer paid the owners in each case",
        "pay",
        date_start=dt.date(2024, 5, 10),
        date_precision="day",
        provenance={"date": {"source": "clause"}},
    )

    assert keep_news([paid], nlp(text)) == [paid]


def test_a_single_deed_without_a_habit_word_stays(nlp):  # noqa: F811
    text = _REPORT + " The insurer paid the owners."
    paid = event(text, "The insurer paid the owners", "pay")

    assert keep_news([paid], nlp(text)) == [paid]


# --- a backstory at an unnamed earlier time ---------------------------------------------------


def test_a_past_at_an_unnamed_earlier_time_is_backstory(nlp):  # noqa: F811
    text = _REPORT + " The shop was originally opened by a baker."
    story = event(text, "The shop was originally opened by a baker", "open")

    assert keep_news([story], nlp(text)) == []


def test_a_past_once_done_is_backstory(nlp):  # noqa: F811
    text = _REPORT + " The judge said the men once worked at the harbour."
    story = event(text, "the men once worked at the harbour", "work")

    assert keep_news([story], nlp(text)) == []


def test_a_backstory_with_a_date_of_its_own_stays(nlp):  # noqa: F811
    text = _REPORT + " The shop was originally opened in 1990."
    story = event(
        text,
        "The shop was originally opened in 1990",
        "open",
        date_start=dt.date(1990, 1, 1),
        date_precision="year",
        provenance={"date": {"source": "clause"}},
    )

    assert keep_news([story], nlp(text)) == [story]


def test_once_opening_a_clause_is_a_condition_not_a_time(nlp):  # noqa: F811
    text = _REPORT + " Once the bail was paid, the men left the court."
    left = event(text, "Once the bail was paid", "pay")

    assert keep_news([left], nlp(text)) == [left]


def test_an_activity_going_on_again_and_again_now_stays(nlp):  # noqa: F811
    text = _REPORT + " Visitors are being searched regularly at the gate."
    going_on = event(text, "Visitors are being searched regularly", "search", certainty="ongoing")

    assert keep_news([going_on], nlp(text)) == [going_on]
