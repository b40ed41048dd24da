"""A part of a sentence made of punctuation or space alone has no extent
(events.whole_telling._extent), so it cannot stop an article's analysis."""

from stories.extraction.events.whole_telling import _extent
from stories.extraction.nlp import get_nlp


def test_a_part_of_punctuation_and_space_alone_has_no_extent():
    doc = get_nlp()("Brenton , .")

    assert _extent(token for token in doc if token.is_punct) is None


def test_a_part_of_words_spans_its_words_without_edge_punctuation():
    doc = get_nlp()("Harbor City, closed.")

    assert _extent(doc) == (0, len("Harbor City, closed"))
