"""Temporal expressions found in news text and resolved against the publication date.

The sentences here are written for the tests. Unless a test says otherwise the story was
published on Tuesday, 12 September 2023.
"""

import datetime

import pytest

from stories.extraction.nlp import get_nlp
from stories.extraction.times.find import TimeMention, detect_tense, find_times, resolve_weekday

TUESDAY = datetime.date(2023, 9, 12)


@pytest.fixture(scope="session")
def nlp():
    """The pipeline's own spaCy, loaded once per test session (and shared with it)."""
    return get_nlp()


@pytest.fixture
def times(nlp):
    """find_times with a spaCy parse, as the pipeline calls it."""

    def run(text: str, published: datetime.date | None = TUESDAY) -> list[TimeMention]:
        return find_times(text, published=published, doc=nlp(text))

    return run


def only(mentions: list[TimeMention]) -> TimeMention:
    assert len(mentions) == 1, mentions
    return mentions[0]


def test_same_day_weekday_in_past_tense_is_publication_day(times):
    mention = only(times("The envoy landed in the capital on Tuesday."))

    assert mention.value == "2023-09-12"
    assert mention.precision == "day"


def test_earlier_weekday_in_past_tense_is_the_one_before_publication(times):
    mention = only(times("The delegation flew home on Sunday."))

    assert mention.value == "2023-09-10"


def test_weekday_in_future_tense_is_the_next_one(times):
    mention = only(times("The two leaders will hold talks on Wednesday."))

    assert mention.value == "2023-09-13"


def test_weekday_before_publication_weekday_in_future_tense_is_next_week(times):
    mention = only(times("Parliament will vote on the budget on Monday."))

    assert mention.value == "2023-09-18"


def test_reporting_verb_in_past_tense_resolves_weekday_backwards(times):
    mention = only(times("Officials said Friday that the bridge was safe."))

    assert mention.value == "2023-09-08"


def test_early_weekday_keeps_day_precision_and_marks_the_start(times):
    mention = only(times("Rebels crossed the river early Tuesday."))

    assert (mention.text, mention.value, mention.precision, mention.mod) == (
        "early Tuesday",
        "2023-09-12",
        "day",
        "START",
    )


def test_weekday_with_part_of_day_is_a_time_with_day_precision(times):
    mention = only(times("The convoy set off on Sunday afternoon."))

    assert (mention.type, mention.value, mention.precision) == ("TIME", "2023-09-10TAF", "day")


def test_later_before_a_weekday_stays_outside_the_span(times):
    mention = only(times("Later Tuesday, the agency issued a second statement."))

    assert (mention.text, mention.value) == ("Tuesday", "2023-09-12")


def test_last_weekday_is_strictly_before_publication(times):
    mention = only(times("The strike began last Tuesday."))

    assert mention.value == "2023-09-05"


def test_next_weekday_is_strictly_after_publication(times):
    mention = only(times("The results are due next Tuesday."))

    assert mention.value == "2023-09-19"


def test_today_is_the_publication_day(times):
    mention = only(times("The museum reopens today."))

    assert mention.value == "2023-09-12"


def test_yesterday_is_the_day_before_publication(times):
    mention = only(times("Fire crews were called out yesterday."))

    assert mention.value == "2023-09-11"


def test_tomorrow_is_the_day_after_publication(times):
    mention = only(times("Schools stay shut tomorrow."))

    assert mention.value == "2023-09-13"


def test_last_week_is_the_previous_iso_week(times):
    mention = only(times("Prices fell sharply last week."))

    assert (mention.value, mention.precision) == ("2023-W36", "week")


def test_this_month_is_the_publication_month(times):
    mention = only(times("Two more plants closed this month."))

    assert (mention.value, mention.precision) == ("2023-09", "month")


def test_last_year_is_the_previous_calendar_year(times):
    mention = only(times("Exports doubled last year."))

    assert (mention.value, mention.precision) == ("2022", "year")


def test_month_in_past_tense_is_the_most_recent_one(times):
    mention = only(times("The dam burst in July."))

    assert (mention.value, mention.precision) == ("2023-07", "month")


def test_month_in_future_tense_is_the_next_one(times):
    mention = only(times("The court will rule in July."))

    assert mention.value == "2024-07"


def test_month_with_a_stated_year_uses_that_year(times):
    mention = only(times("The mine opened in July 2021."))

    assert (mention.text, mention.value) == ("July 2021", "2021-07")


def test_month_name_used_as_a_verb_is_not_a_date(times):
    assert times("Officials may march to the square, and May Smith may join them.") == []


def test_bare_year_has_year_precision(times):
    mention = only(times("The company was founded in 2019."))

    assert (mention.value, mention.precision) == ("2019", "year")


def test_count_of_people_is_not_a_year(times):
    assert times("About 2000 troops crossed the border.") == []


def test_abbreviated_month_and_day_take_the_year_from_publication(times):
    mention = only(times("The ceasefire was signed on Sept. 12."))

    assert (mention.text, mention.value) == ("Sept. 12", "2023-09-12")


def test_abbreviated_date_with_year(times):
    mention = only(times("The treaty took effect Sep 12, 2023, after a long delay."))

    assert (mention.text, mention.value) == ("Sep 12, 2023", "2023-09-12")


def test_day_month_year_date(times):
    mention = only(times("Voting closed on 12 September 2023 at midday."))

    assert (mention.text, mention.value) == ("12 September 2023", "2023-09-12")


def test_month_and_year_have_month_precision(times):
    mention = only(times("The factory was sold in September 2023."))

    assert (mention.value, mention.precision) == ("2023-09", "month")


def test_through_weekday_is_a_range_from_publication_to_that_day(times):
    """TimeML's value is the day named; the range opens on the publication day."""
    mention = only(times("The book fair runs through Wednesday."))

    assert (mention.text, mention.value, mention.end_value, mention.opens) == (
        "through Wednesday",
        "2023-09-13",
        "2023-09-13",
        "2023-09-12",
    )


def test_an_open_range_that_ended_before_publication_has_no_known_start(times):
    mention = only(times("Sales rose through August."))

    assert (mention.value, mention.opens) == ("2023-08", None)


def test_not_until_weekday_is_a_point_not_a_range(times):
    mention = only(times("The ferry did not leave until Sunday."))

    assert (mention.text, mention.value, mention.end_value) == ("Sunday", "2023-09-10", None)


def test_from_weekday_to_weekday_in_past_tense_is_one_past_range(times):
    mention = only(times("The talks ran from Monday to Friday."))

    assert (mention.value, mention.end_value) == ("2023-09-04", "2023-09-08")


def test_from_weekday_to_weekday_in_future_tense_is_one_coming_range(times):
    mention = only(times("The trial will run from Monday to Friday."))

    assert (mention.value, mention.end_value) == ("2023-09-18", "2023-09-22")


def test_from_month_to_month_is_one_range(times):
    mention = only(times("Heavy rain fell from May to July."))

    assert (mention.text, mention.value, mention.end_value) == (
        "from May to July",
        "2023-05",
        "2023-07",
    )


def test_span_of_years_is_a_range(times):
    mention = only(times("He chaired the board in 2009-10."))

    assert (mention.value, mention.end_value) == ("2009", "2010")


def test_decade_is_a_date_without_calendar_precision(times):
    mention = only(times("The band was popular in the 1990s."))

    assert (mention.text, mention.value, mention.precision) == ("1990s", "199", "unknown")


def test_last_summer_is_the_summer_before_a_spring_publication(times):
    mention = only(times("The lake dried up last summer.", published=datetime.date(2013, 3, 22)))

    assert mention.value == "2012-SU"


def test_quarter_with_year(times):
    mention = only(times("Profits rose in the third quarter of 2022."))

    assert (mention.text, mention.value) == ("third quarter of 2022", "2022-Q3")


@pytest.mark.parametrize(
    ("sentence", "text", "value"),
    [
        ("She led the agency for more than three years.", "more than three years", "P3Y"),
        ("Output shrank in the past 17 months.", "the past 17 months", "P17M"),
        ("It was the worst storm in a decade.", "a decade", "P10Y"),
        ("The border stayed closed for two weeks.", "two weeks", "P2W"),
        ("Flights were grounded for 24 hours.", "24 hours", "PT24H"),
    ],
)
def test_durations_get_timeml_values_and_are_never_points(times, sentence, text, value):
    mention = only(times(sentence))

    assert (mention.type, mention.text, mention.value) == ("DURATION", text, value)
    assert mention.precision == "unknown"


def test_more_than_marks_a_duration_as_a_lower_bound(times):
    mention = only(times("She led the agency for more than three years."))

    assert mention.mod == "MORE_THAN"


def test_age_is_not_a_duration(times):
    assert times("Children aged 6 months and older can get the vaccine.") == []


def test_years_ago_is_a_date_with_year_precision(times):
    mention = only(times("The bridge collapsed four years ago."))

    assert (mention.type, mention.value, mention.precision) == ("DATE", "2019", "year")


def test_now_refers_to_the_present(times):
    mention = only(times("The town is now calm."))

    assert (mention.value, mention.precision) == ("PRESENT_REF", "unknown")


def test_every_week_is_a_set(times):
    mention = only(times("The council meets every week."))

    assert (mention.type, mention.value) == ("SET", "P1W")


def test_clock_time_after_weekday_takes_that_day(times):
    mention = only(times("The vote is scheduled for 3 p.m. Wednesday."))

    assert (mention.type, mention.value, mention.precision) == ("TIME", "2023-09-13T15", "day")


def test_lone_clock_time_takes_the_last_day_mentioned(times):
    mentions = times("The storm hit on Sunday. At 8 p.m. the power failed.")

    assert mentions[-1].value == "2023-09-10T20"


@pytest.mark.parametrize(
    "sentence",
    [
        "The envoy arrived on Tuesday.",
        "Fire crews were called out yesterday.",
        "Prices fell sharply last week.",
        "The dam burst in July.",
        "The ceasefire was signed on Sept. 12.",
        "The bridge collapsed four years ago.",
    ],
)
def test_relative_expression_without_publication_date_has_no_value(times, sentence):
    mention = only(times(sentence, published=None))

    assert (mention.value, mention.precision) == (None, "unknown")


@pytest.mark.parametrize(
    ("sentence", "value"),
    [("The treaty took effect Sep 12, 2023.", "2023-09-12"), ("It was founded in 2019.", "2019")],
)
def test_absolute_date_resolves_without_publication_date(times, sentence, value):
    mention = only(times(sentence, published=None))

    assert mention.value == value


def test_span_leaves_out_the_preposition(times):
    mention = only(times("The envoy arrived on Tuesday."))

    assert (mention.text, mention.start, mention.end) == ("Tuesday", 21, 28)


def test_span_does_not_swallow_the_following_words(times):
    mention = only(times("They met on Sept. 12 in the old port city."))

    assert mention.text == "Sept. 12"


def test_mention_text_is_exactly_the_slice_of_the_input(times):
    text = "On Sunday night, after two weeks of talks that began in July 2021, the deal was signed."

    mentions = times(text)

    assert [m.text for m in mentions] == ["Sunday night", "two weeks", "July 2021"]
    assert all(text[m.start : m.end] == m.text for m in mentions)


def test_weekday_tense_is_read_from_cue_words_without_a_parse():
    mentions = find_times("Ministers will meet on Wednesday.", published=TUESDAY)

    assert only(mentions).value == "2023-09-13"


def test_past_weekday_is_read_from_cue_words_without_a_parse():
    mentions = find_times("The delegation flew home on Sunday.", published=TUESDAY)

    assert only(mentions).value == "2023-09-10"


def test_resolve_weekday_in_past_tense_looks_back():
    assert resolve_weekday(6, published=TUESDAY, tense="past") == datetime.date(2023, 9, 10)


def test_resolve_weekday_in_future_tense_looks_ahead():
    assert resolve_weekday(0, published=TUESDAY, tense="future") == datetime.date(2023, 9, 18)


def test_resolve_weekday_with_unknown_tense_takes_the_past_weeks_day():
    assert resolve_weekday(3, published=TUESDAY, tense="unknown") == datetime.date(2023, 9, 7)


@pytest.mark.parametrize(
    ("sentence", "tense"),
    [
        ("The minister resigned on Friday.", "past"),
        ("The minister will resign on Friday.", "future"),
        ("The minister resigns on Friday.", "present"),
    ],
)
def test_detect_tense_reads_the_governing_verb(nlp, sentence, tense):
    start = sentence.index("Friday")

    assert detect_tense(sentence, start, start + 6, nlp(sentence)) == tense


def test_mid_month_marks_the_middle(times):
    mention = only(times("Harvests failed in mid-August."))

    assert (mention.text, mention.value, mention.mod) == ("mid-August", "2023-08", "MID")


def test_end_of_month_widens_the_span_and_marks_the_end(times):
    mention = only(times("The fund ran dry at the end of March."))

    assert (mention.text, mention.value, mention.mod) == ("end of March", "2023-03", "END")


def test_end_of_the_year_in_past_tense_before_it_came_is_last_year(times):
    mention = only(times("Infections peaked by the end of the year."))

    assert (mention.value, mention.mod) == ("2022", "END")


def test_day_range_within_a_month_is_one_range(times):
    mention = only(times("The summit is set for Nov. 8-10, 2023."))

    assert (mention.value, mention.end_value) == ("2023-11-08", "2023-11-10")


def test_over_the_weekend_in_past_tense_is_the_weekend_just_gone(times):
    mention = only(times("Protesters marched over the weekend."))

    assert (mention.text, mention.value) == ("the weekend", "2023-W36-WE")


def test_tonight_is_publication_night(times):
    mention = only(times("The final is broadcast tonight."))

    assert (mention.type, mention.value) == ("TIME", "2023-09-12TNI")


def test_last_night_is_the_night_before_publication(times):
    mention = only(times("Storms battered the coast last night."))

    assert mention.value == "2023-09-11TNI"


def test_season_with_a_stated_year(times):
    mention = only(times("The station closed in the summer of 2012."))

    assert (mention.text, mention.value) == ("summer of 2012", "2012-SU")


def test_bare_season_word_without_a_cue_is_not_a_date(times):
    assert times("Water from the spring tasted of iron, and leaves fall slowly.") == []


def test_every_weekday_is_a_set_with_a_weekday_value(times):
    mention = only(times("The market opens every Monday."))

    assert (mention.type, mention.value) == ("SET", "XXXX-WXX-1")


def test_rate_per_unit_is_a_set(times):
    mention = only(times("Cleaners are paid $12 an hour."))

    assert (mention.type, mention.value) == ("SET", "PT1H")


def test_frequency_adjective_before_a_noun_is_not_a_set(times):
    assert times("The daily routine of the crew barely changed.") == []


def test_newspaper_name_is_not_a_set(times):
    assert times("He wrote for the Grimsby Daily Herald.") == []


def test_ordinal_second_is_not_a_duration(times):
    assert times("She won a second term.") == []


def test_street_number_is_not_a_year(times):
    assert times("The family lived at 1908 Maple Ave. in the north of town.") == []


def test_chapter_and_verse_is_not_a_clock_time(times):
    assert times("The preacher read Psalm 23:4 aloud.") == []


def test_twenty_four_hour_clock_after_at_is_a_time(times):
    mention = only(times("The polls closed on Sunday at 21:30."))

    assert (mention.text, mention.value) == ("Sunday at 21:30", "2023-09-10T21:30")


def test_vague_duration_has_an_x_count(times):
    mention = only(times("Rescuers dug for several days."))

    assert (mention.text, mention.value) == ("several days", "PXD")


def test_plural_unit_after_for_is_a_vague_duration(times):
    mention = only(times("The plant has been idle for years."))

    assert (mention.text, mention.value) == ("years", "PXY")


def test_the_past_after_in_is_a_past_reference(times):
    mention = only(times("Such floods were rare in the past."))

    assert (mention.text, mention.value) == ("the past", "PAST_REF")


def test_century_value_is_its_first_two_digits(times):
    mention = only(times("The mill dates from the 19th century."))

    assert (mention.text, mention.value) == ("19th century", "18")


def test_two_digit_decade_takes_the_century_that_puts_it_in_the_past(times):
    mention = only(times("The club was founded in the '60s."))

    assert mention.value == "196"


def test_clock_time_before_a_date_is_one_time_on_that_day(times):
    mention = only(times("The hearing starts at 9:30 a.m. Oct. 3."))

    assert (mention.text, mention.value) == ("9:30 a.m. Oct. 3", "2023-10-03T09:30")


def test_date_at_clock_time_is_one_time_on_that_day(times):
    mention = only(times("Auditions will be held on Oct. 3 at 6 p.m. in the hall."))

    assert (mention.text, mention.value) == ("Oct. 3 at 6 p.m.", "2023-10-03T18")


def test_capitalised_time_word_inside_a_sentence_is_a_name(times):
    assert times("She chairs the Schools for Tomorrow charity and the Winter Lights fund.") == []


def test_passive_participle_defers_to_its_auxiliary_without_a_parse():
    mentions = find_times("A ruling is expected to be made in early October.", published=TUESDAY)

    assert only(mentions).value == "2023-10"


def test_iso_timestamp_is_a_time_to_the_minute(times):
    mention = only(times("Updated 2023-09-12T10:43:59Z by the desk."))

    assert (mention.type, mention.value) == ("TIME", "2023-09-12T10:43")


def test_race_time_is_a_duration(times):
    mention = only(times("She won the marathon in 2:21:04."))

    assert (mention.type, mention.value) == ("DURATION", "PT2H21M4S")


def test_a_number_after_no_is_a_label_not_a_year():
    text = "The veterans met at American Legion Post No. 1944 on Friday."

    values = [t.value for t in find_times(text, published=datetime.date(2009, 3, 15))]

    assert "1944" not in values
