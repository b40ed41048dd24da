"""A time to come the parser hangs on the past clause after it (stories.extraction.future_times).

The parses are built by hand in the shape the small parser gives some long sentences, so the
rule is tested whatever the model reads of a short one.
"""

from spacy.tokens import Doc
from spacy.vocab import Vocab

from stories.extraction.future_times import misplaced_future_time

_WORDS = ["Lee", "promised", "a", "vote", "next", "year", "after", "members", "voted", "."]
_TAGS = ["NNP", "VBD", "DT", "NN", "JJ", "NN", "IN", "NNS", "VBD", "."]
_DEPS = ["nsubj", "ROOT", "det", "dobj", "amod", "npadvmod", "mark", "nsubj", "advcl", "punct"]
_HEADS = [1, 1, 3, 1, 5, 8, 8, 8, 1, 1]


def _parsed(words: list[str]) -> Doc:
    return Doc(Vocab(), words=words, tags=_TAGS, deps=_DEPS, heads=_HEADS)


def test_next_year_hung_on_a_past_after_clause_belongs_to_the_noun_before_it():
    doc = _parsed(_WORDS)

    assert misplaced_future_time(doc[5]) == doc[3]


def test_last_year_hung_on_a_past_after_clause_stays_there():
    doc = _parsed([*_WORDS[:4], "last", *_WORDS[5:]])

    assert misplaced_future_time(doc[5]) is None


def test_the_next_day_is_no_time_to_come_and_stays_on_the_past_clause():
    words = ["Lee", "called", "a", "vote", "the", "next", "day", "after", "members", "left", "."]
    tags = ["NNP", "VBD", "DT", "NN", "DT", "JJ", "NN", "IN", "NNS", "VBD", "."]
    deps = ["nsubj", "ROOT", "det", "dobj", "det", "amod", "npadvmod", "mark", "nsubj", "advcl"]
    heads = [1, 1, 3, 1, 6, 6, 9, 9, 9, 1, 1]
    doc = Doc(Vocab(), words=words, tags=tags, deps=[*deps, "punct"], heads=heads)

    assert misplaced_future_time(doc[6]) is None
