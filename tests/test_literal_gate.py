"""The literal gate: a pattern is skipped only in texts where it could not match anyway."""

import re

from stories.extraction.events.noise import _NOISE_LINES
from stories.extraction.times.find import RULES
from stories.geocoding.descriptions import _CUE_PATTERNS
from stories.literal_gate import fold, may_match, required_strings


def test_an_alternation_needs_one_of_its_words():
    pattern = re.compile(r"(?<![\w-])(?:last|next)\s+(?:Monday|Tuesday)", re.I)

    assert required_strings(pattern) == frozenset({"monday", "tuesday"})


def test_an_optional_word_is_not_needed():
    pattern = re.compile(r"(?:early\s+)?(?:autumn|winter)", re.I)

    assert required_strings(pattern) == frozenset({"autumn", "winter"})


def test_a_pattern_of_digits_and_classes_alone_needs_nothing():
    assert required_strings(re.compile(r"\d{1,2}/\d{1,2}/\d{4}")) is None


def test_a_letter_case_folding_matches_is_found_in_the_folded_text():
    pattern = re.compile(r"\bsince\b", re.I)
    text = "ſınce Monday"  # long s, dotless i: the re module matches them ignoring case

    assert pattern.search(text) and may_match(required_strings(pattern), fold(text))


def test_no_time_rule_is_skipped_where_it_matches():
    texts = [
        "Three days ago, on Tuesday, the council met; it meets weekly in the AFTERNOON.",
        "In the first quarter of fiscal 2023, sales rose for a while over the years.",
        "The storm hit at 8 p.m. on March 3, 2021, the eve of the Fourth of July parade.",
    ]
    for text in texts:
        folded = fold(text)
        for pattern, _ in RULES:
            if pattern.search(text):
                assert may_match(required_strings(pattern), folded), pattern.pattern[:60]


def test_no_noise_or_kind_cue_pattern_is_skipped_where_it_matches():
    texts = [
        "Jane Roe contributed to this report.",
        "(AP Photo/John Doe, File)",
        "An earlier version of this story misstated the date.",
        "near the river crossing point at the naval base in Harlan County",
        "the spaceport's launch pad by the railway station, up the strait and canal",
    ]
    for text in texts:
        folded = fold(text)
        for pattern in [*_NOISE_LINES, *_CUE_PATTERNS.values()]:
            if pattern.search(text):
                assert may_match(required_strings(pattern), folded), pattern.pattern[:60]
