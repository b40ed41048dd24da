"""The literal gate: a pattern is skipped only in texts where it could not match anyway."""

import re

import pytest

from stories.extraction.events.noise import is_noise_line
from stories.extraction.times.find import RULES
from stories.geocoding.descriptions import kind_cues
from stories.literal_gate import fold, may_match, required_strings


def test_an_alternation_needs_one_of_its_words():
    pattern = re.compile(r"(?<![\w-])(?:last|next)\s+(?:Monday|Tuesday)", re.I)

    assert required_strings(pattern) == frozenset({"monday", "tuesday"})


def test_a_word_holding_another_needed_word_is_not_looked_for_again():
    pattern = re.compile(r"(?<![\w-])(?:yesterday|day|weekend|week)s?\b", re.I)

    assert required_strings(pattern) == frozenset({"day", "week"})


def test_an_optional_word_is_not_needed():
    pattern = re.compile(r"(?:early\s+)?(?:autumn|winter)", re.I)

    assert required_strings(pattern) == frozenset({"autumn", "winter"})


def test_a_pattern_of_digits_and_classes_alone_needs_nothing():
    assert required_strings(re.compile(r"\d{1,2}/\d{1,2}/\d{4}")) is None


def test_a_word_a_negative_lookahead_forbids_is_not_needed():
    pattern = re.compile(r"\bweek(?!end)", re.I)
    text = "They met last week."

    assert required_strings(pattern) == frozenset({"week"})
    assert pattern.search(text) and may_match(required_strings(pattern), fold(text))


def test_a_word_in_a_positive_lookahead_is_not_needed():
    assert required_strings(re.compile(r"\d+(?=\s+days)")) is None


def test_an_alternation_with_an_empty_branch_needs_none_of_its_words():
    pattern = re.compile(r"(?:early|)\s*\d{4}", re.I)
    text = "The dam was built in 1931."

    assert required_strings(pattern) is None
    assert pattern.search(text) and may_match(required_strings(pattern), fold(text))


def test_a_kelvin_sign_matching_k_under_ignore_case_is_not_skipped():
    pattern = re.compile(r"\bkilled\b", re.I)
    text = "\u212aILLED in the crash"  # KELVIN SIGN, which re.I matches as k

    assert pattern.search(text) and may_match(required_strings(pattern), fold(text))


def test_a_dotted_capital_i_matching_i_under_ignore_case_is_not_skipped():
    pattern = re.compile(r"\bsince\b", re.I)
    text = "S\u0130NCE MONDAY"  # LATIN CAPITAL LETTER I WITH DOT ABOVE, which re.I matches as i

    assert pattern.search(text) and may_match(required_strings(pattern), fold(text))


def test_a_long_s_matching_s_under_ignore_case_is_not_skipped():
    pattern = re.compile(r"\bsince\b", re.I)
    text = "\u017fince Monday"  # LATIN SMALL LETTER LONG S, which re.I matches as s

    assert pattern.search(text) and may_match(required_strings(pattern), fold(text))


def test_a_dotless_i_matching_i_under_ignore_case_is_not_skipped():
    pattern = re.compile(r"\bsince\b", re.I)
    text = "s\u0131nce Monday"  # LATIN SMALL LETTER DOTLESS I, which re.I matches as i

    assert pattern.search(text) and may_match(required_strings(pattern), fold(text))


_TIME_TEXTS = (
    "Three days ago, on Tuesday, the council met; it meets weekly in the AFTERNOON.",
    "In the first quarter of fiscal 2023, sales rose for a while over the years.",
    "The storm hit at 8 p.m. on March 3, 2021, the eve of the Fourth of July parade.",
)


@pytest.mark.parametrize("pattern", [pattern for pattern, _ in RULES], ids=lambda p: p.pattern[:40])
def test_a_time_rule_is_not_skipped_in_a_text_it_matches(pattern):
    for text in _TIME_TEXTS:
        if pattern.search(text):
            assert may_match(required_strings(pattern), fold(text))


def test_a_credit_line_in_capitals_is_still_noise():
    assert is_noise_line("JANE ROE CONTRIBUTED TO THIS REPORT.")


def test_a_kind_word_in_capitals_beside_a_place_is_still_a_cue():
    text = "Jets left the NAVAL BASE at Harlan on Monday."
    start = text.index("Harlan")

    assert "military_base" in kind_cues(text, start, start + len("Harlan"))
