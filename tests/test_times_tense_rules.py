"""Which way a weekday or month without a date points, read from the grammar of its clause.

Each rule here is English grammar, not a corpus habit: a modal perfect looks back, a verb whose
past is spelled like its present is past after a singular noun, a plan seen from a past perfect
has no safe direction, and a participle clause happens when its governing verb does.
"""

import datetime

import pytest

from stories.extraction.nlp import get_nlp
from stories.extraction.times.find import TimeMention, find_times

TUESDAY = datetime.date(2023, 9, 12)


@pytest.fixture(scope="module")
def times():
    nlp = get_nlp()

    def run(text: str, published: datetime.date = TUESDAY) -> list[TimeMention]:
        return find_times(text, published=published, doc=nlp(text))

    return run


def value_of(mentions: list[TimeMention], text: str) -> str | None:
    return next(m.value for m in mentions if m.text == text)


def test_a_modal_perfect_puts_its_weekday_in_the_past(times):
    mentions = times("Worries about the chip may have been responsible for the drop on Wednesday.")

    assert value_of(mentions, "Wednesday") == "2023-09-06"


def test_a_past_spelled_like_the_present_after_a_singular_noun_is_past(times):
    mentions = times("Weakness in chip stocks hurt the index on Friday.")

    assert value_of(mentions, "Friday") == "2023-09-08"


def test_a_plan_seen_from_a_past_perfect_takes_the_nearest_weekday(times):
    mentions = times("The vote had been scheduled to take place on Sunday.")

    assert value_of(mentions, "Sunday") == "2023-09-10"


def test_a_participle_clause_shares_the_past_of_its_governing_verb(times):
    text = "The shares have swung widely, climbing to a peak in June from a low in March."

    mentions = times(text, published=datetime.date(2023, 10, 31))

    assert value_of(mentions, "March") == "2023-03"


def test_the_last_weekend_of_an_event_is_no_relative_weekend(times):
    mentions = times("The prize will be handed out in the last weekend of the festival.")

    assert [m.text for m in mentions if "weekend" in m.text] == []


def test_the_last_week_of_this_year_is_no_relative_week(times):
    mentions = times("The report will be out in the last week of this year.")

    assert [m.text for m in mentions if "week" in m.text] == []


def test_a_weekday_with_no_tense_to_go_by_is_the_past_weeks(times):
    mentions = times("Talks between the union and the owners on Thursday.")

    assert value_of(mentions, "Thursday") == "2023-09-07"


def test_an_open_range_with_no_tense_to_go_by_ends_ahead():
    mentions = find_times("The offer runs through Sunday.", published=TUESDAY)

    assert mentions[0].end_value == "2023-09-17"


def test_a_quotation_opened_after_a_weekday_lends_it_no_tense(times):
    mentions = times('The mayor on Thursday: "The bridge is safe and stays open."')

    assert value_of(mentions, "Thursday") == "2023-09-07"


def test_a_typographic_will_contraction_looks_ahead(times):
    mentions = times("He’ll meet the mayor on Friday.")

    assert value_of(mentions, "Friday") == "2023-09-15"


def test_a_typographic_had_contraction_before_a_participle_looks_back(times):
    mentions = times("They’d finished the bridge in October.")

    assert value_of(mentions, "October") == "2022-10"


def test_a_typographic_would_contraction_gives_no_direction(times):
    mentions = times("They’d meet in October, he said.")

    assert value_of(mentions, "October") == "2023-10"


def test_a_typographic_will_contraction_counts_without_a_parse():
    mentions = find_times("He’ll arrive in August.", published=TUESDAY)

    assert value_of(mentions, "August") == "2024-08"


def test_a_time_told_before_a_clauses_that_is_no_part_of_that_clause():
    """The tagger may read the main verb as an adjective and hang the time on the verb of the
    clause that follows ("could fail"): a time before that clause's "that" is not its time."""
    from spacy.tokens import Doc

    from stories.extraction.times.tense import detect_tense

    words = [
        "The", "mayor", "waved", "off", "warnings", "on", "Monday",
        "that", "the", "bridge", "could", "fail", ".",
    ]  # fmt: skip
    heads = [1, 11, 11, 2, 2, 2, 5, 11, 9, 11, 11, 11, 11]
    deps = ["det", "nsubj", "advmod", "prt", "dobj", "prep", "pobj", "mark"]
    deps += ["det", "nsubj", "aux", "ROOT", "punct"]
    tags = ["DT", "NN", "JJ", "RP", "NNS", "IN", "NNP", "IN", "DT", "NN", "MD", "VB", "."]
    pos = ["DET", "NOUN", "ADJ", "ADP", "NOUN", "ADP", "PROPN", "SCONJ", "DET", "NOUN"]
    pos += ["AUX", "VERB", "PUNCT"]
    doc = Doc(get_nlp().vocab, words=words, heads=heads, deps=deps, tags=tags, pos=pos)
    start = doc[6].idx

    assert detect_tense(doc.text, start, start + len("Monday"), doc) == "past"


def test_a_weekday_between_a_noun_and_its_past_clause_is_last_week(times):
    mentions = times(
        "Firefighters are searching for the cause of a fire Monday that gutted a farmhouse."
    )

    assert value_of(mentions, "Monday") == "2023-09-11"


def test_a_weekday_between_a_noun_and_its_future_clause_is_ahead(times):
    mentions = times("Officials are preparing for a vote Thursday that will settle the levy.")

    assert value_of(mentions, "Thursday") == "2023-09-14"


def test_a_date_a_scheduling_verb_sets_lies_ahead_even_told_in_the_past(times):
    mentions = times(
        "The 2022 case drew crowds. Judge Ada Quill accepted the plea and set the hearing"
        " for June 2."
    )

    assert value_of(mentions, "June 2") == "2024-06-02"


def test_a_would_that_a_saying_reports_points_to_the_coming_weekday(times):
    mentions = times("Officials said the bridge would reopen on Friday.")

    assert value_of(mentions, "Friday") == "2023-09-15"


def test_a_would_no_saying_reports_keeps_no_direction(times):
    mentions = times("Without the repairs the bridge would have reopened on Friday.")

    assert value_of(mentions, "Friday") == "2023-09-08"


def test_a_contraction_before_a_participle_looks_back(times):
    mentions = times("Police said she'd left the house in October.")

    assert value_of(mentions, "October") == "2022-10"


def test_a_contraction_before_have_is_would_not_had(times):
    mentions = times("They'd have finished the bridge in October if it had not rained.")

    assert value_of(mentions, "October") == value_of(
        times("They would have finished the bridge in October if it had not rained."), "October"
    )
