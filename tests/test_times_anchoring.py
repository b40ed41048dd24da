"""How news anchors its times: to a date beside a weekday, to the quarter being reported, to the
time a phrase counts from, and never to a placeholder publication date.

The sentences here are written for the tests. Unless a test says otherwise the story was
published on Tuesday, 12 September 2023.
"""

import datetime

import pytest

from stories.extraction.nlp import get_nlp
from stories.extraction.times.find import TimeMention, find_times
from stories.extraction.times.tense import clause_tense

TUESDAY = datetime.date(2023, 9, 12)


@pytest.fixture
def times():
    """find_times with a spaCy parse, as the pipeline calls it."""
    nlp = get_nlp()

    def run(text: str, published: datetime.date | None = TUESDAY) -> list[TimeMention]:
        return find_times(text, published=published, doc=nlp(text))

    return run


def only(mentions: list[TimeMention]) -> TimeMention:
    assert len(mentions) == 1, mentions
    return mentions[0]


def test_a_date_beside_its_weekday_decides_the_day_of_a_clock_time():
    """ "at 4:30 p.m. on Saturday, May 18" two weeks later is May 18, not last Saturday."""
    text = "The girl was taken at 4:30 p.m. on Saturday, May 18, police said."

    (mention,) = find_times(text, published=datetime.date(2019, 6, 3))  # no parse needed

    assert mention.value == "2019-05-18T16:30"


@pytest.mark.parametrize("published", [datetime.date(1, 1, 1), datetime.date(9999, 12, 31)])
def test_relative_dates_stay_unresolved_against_a_placeholder_publication_date(published):
    (mention,) = find_times("The minister visited on Tuesday.", published=published)

    assert mention.value is None


def test_a_possessive_weekday_looks_back(times):
    """ "Friday's closing price" is a price already reported, even in a present-tense clause."""
    mention = only(times("The offer is a premium over Friday's closing price."))

    assert mention.value == "2023-09-08"


def test_a_day_named_near_publication_is_the_near_one_in_any_tense(times):
    """Reported speech misleads the tense; no one means eleven months ago by "Sept. 20"."""
    mention = only(times("The company said the dividend was payable Sept. 20."))

    assert mention.value == "2023-09-20"


def test_the_quarter_is_the_last_closed_quarter(times):
    mention = only(times("Net income rose 5% in the quarter."))

    assert mention.value == "2023-Q2"


def test_the_year_ago_quarter_is_the_same_quarter_a_year_before(times):
    mention = only(times("Sales fell from the year-ago quarter."))

    assert mention.value == "2022-Q2"


def test_a_named_quarter_in_the_present_tense_is_the_one_just_reported(times):
    mention = only(times("Third-quarter profit is up 4%.", published=datetime.date(2023, 11, 2)))

    assert mention.value == "2023-Q3"


def test_a_year_earlier_counts_from_the_time_before_it(times):
    mentions = times("The plant opened in 2015. A year earlier, the site was a field.")

    assert [m.value for m in mentions] == ["2015", "2014"]


def test_a_year_ago_beside_a_quarter_is_that_quarter_a_year_before(times):
    mentions = times("Profit rose in the third quarter of 2023 from a year ago.")

    assert mentions[-1].value == "2022-Q3"


def test_a_year_later_than_planned_is_a_delay_not_a_time(times):
    mentions = times("The games opened in 2021, a year later than planned.")

    assert [m.text for m in mentions] == ["2021", "a year"]


def test_recently_points_into_the_past(times):
    assert only(times("The mayor recently visited the school.")).value == "PAST_REF"


def test_an_infinitive_after_an_aspectual_verb_shares_its_tense():
    text = "The two governments continue to negotiate a deal."
    doc = get_nlp()(text)
    start = text.index("to negotiate")

    assert clause_tense(doc, start, len(text) - 1) == "present"


def test_an_infinitive_under_a_past_participle_chain_does_not_look_ahead(times):
    """ "spent Monday trying to distance themselves from Friday's fight": the fight is the last
    Friday; the infinitive hangs from a past verb through "trying"."""
    text = "The players spent Monday trying to distance themselves from Friday night's fight."

    friday = [m for m in times(text) if m.text.startswith("Friday")]

    assert [m.value for m in friday] == ["2023-09-08TNI"]


def test_the_month_after_publication_is_the_coming_one_in_any_tense(times):
    """Written in September, a bare "October" in a past-tense clause is next month's."""
    mention = only(times("The refinery told its buyers of a cut in supply in October."))

    assert mention.value == "2023-10"


def test_the_month_after_publication_that_a_past_verb_happened_in_is_last_year_s(times):
    """ "By October, the talks collapsed", written in September, is last October."""
    mention = only(times("By October, the talks between the two firms collapsed."))

    assert mention.value == "2022-10"


def test_a_year_later_counts_from_the_story_s_time_however_far_back(times):
    text = (
        "The man fell ill in December 2016. "
        + "His doctor sent him to a clinic, where he was examined by several specialists. " * 6
        + "He came off treatment a year later."
    )

    mention = next(m for m in times(text) if m.text == "a year later")

    assert mention.value == "2017-12"


def test_the_night_before_is_the_day_before_the_last_named_day(times):
    mentions = times(
        "Two hikers were found Sept. 4 near the ridge. They had set out the night before."
    )

    assert [(m.text, m.value) for m in mentions] == [
        ("Sept. 4", "2023-09-04"),
        ("the night before", "2023-09-03"),
    ]


def test_the_day_before_a_named_occasion_is_not_counted_from_the_story(times):
    mentions = times("The mayor met the donors the day before the ribbon cutting.")

    assert [m.text for m in mentions] == []
