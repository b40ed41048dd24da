"""The body-F1 scorer follows the Article Extraction Benchmark's evaluate.py."""

import pytest

from benchmarks.evaluation.bodies import PageScore, Scores, score_page, shingles


def test_text_is_a_bag_of_four_token_shingles_of_word_tokens():
    assert shingles("One, two three; four five.") == {
        ("One", "two", "three", "four"): 1,
        ("two", "three", "four", "five"): 1,
    }


def test_a_text_shorter_than_four_tokens_is_one_shorter_shingle():
    assert shingles("Breaking news") == {("Breaking", "news"): 1}


def test_the_same_body_scores_one():
    assert score_page("a b c d e f", "a b c d e f").f1 == 1.0


def test_an_empty_prediction_counts_for_recall_but_not_for_precision():
    scores = Scores(
        pages={"a": score_page("a b c d e", "a b c d e"), "b": score_page("a b c d e", "")}
    )

    assert scores.precision == 1.0
    assert scores.recall == pytest.approx(0.5)
    assert scores.f1 == pytest.approx(2 / 3)


def test_a_page_scores_its_overlap_as_shares_of_tp_fp_fn():
    score = score_page("a b c d e", "b c d e f")

    assert score == PageScore(tp=1 / 3, fp=1 / 3, fn=1 / 3, predicted=True)
