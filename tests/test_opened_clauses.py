"""A time written before the word opening a subordinate clause is the outer clause's
(stories.extraction.events.opened_clauses). The parses are built by hand, so the rule is tested
whatever the parser makes of a sentence; the sentences are written for the tests."""

from spacy.tokens import Doc

from stories.extraction.events.opened_clauses import before_its_opener
from stories.extraction.nlp import get_nlp


def _doc(words: list[str], heads: list[int], deps: list[str]) -> Doc:
    return Doc(get_nlp().vocab, words=words, heads=heads, deps=deps)


# "Guards were hurt Friday , the worst day since two officers drowned years ago", parsed
# the wrong way: "drowned" is the root and "Friday" hangs on it.
_WORDS = [
    "Guards",
    "were",
    "hurt",
    "Friday",
    ",",
    "the",
    "worst",
    "day",
    "since",
    "two",
    "officers",
    "drowned",
    "years",
    "ago",
]
_HEADS = [2, 2, 11, 11, 11, 7, 7, 11, 11, 10, 11, 11, 13, 11]
_DEPS = [
    "nsubjpass",
    "auxpass",
    "ccomp",
    "npadvmod",
    "punct",
    "det",
    "amod",
    "npadvmod",
    "mark",
    "nummod",
    "nsubj",
    "ROOT",
    "npadvmod",
    "advmod",
]


def test_a_time_before_since_is_not_the_time_of_the_clause_since_opens():
    doc = _doc(_WORDS, _HEADS, _DEPS)

    assert before_its_opener(doc[3:4], doc[11])


def test_a_time_after_since_is_the_time_of_the_clause_since_opens():
    doc = _doc(_WORDS, _HEADS, _DEPS)

    assert not before_its_opener(doc[12:14], doc[11])


def test_a_time_before_when_may_date_the_clause_when_opens():
    words = ["Guards", "were", "hurt", "Friday", "when", "the", "roof", "fell"]
    heads = [2, 2, 2, 7, 7, 6, 7, 2]
    deps = ["nsubjpass", "auxpass", "ROOT", "npadvmod", "mark", "det", "nsubj", "advcl"]
    doc = _doc(words, heads, deps)

    assert not before_its_opener(doc[3:4], doc[7])
