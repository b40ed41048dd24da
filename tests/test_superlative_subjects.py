"""A subject that is only "the" and a superlative stands for one of the plural noun the
sentence before made its subject: "the largest" of "fifteen brush fires"
(events.superlative_subjects). Sentences written for these tests."""

import datetime as dt

from stories.extraction.analysis import analyse_text

_DAY = dt.date(2021, 3, 20)
_FIRES = (
    "Twelve grass fires were burning in Marion County on Friday. "
    "The biggest, covering 600 acres near Route 9, was first reported March 6. "
    "It doubled in size from Thursday morning to Friday night, a county spokeswoman said."
)


def _titles(text: str) -> list[str]:
    return [e.title for e in analyse_text(text, published=_DAY).events]


def test_a_superlative_subject_is_titled_as_one_of_the_counted_noun():
    assert any(t.startswith("Biggest grass fire reported") for t in _titles(_FIRES))


def test_an_it_after_a_superlative_subject_names_that_one():
    assert any(t.startswith("Biggest grass fire doubles") for t in _titles(_FIRES))


def test_a_superlative_with_its_own_noun_keeps_it():
    text = (
        "Twelve grass fires were burning in Marion County on Friday. "
        "The biggest blaze was first reported March 6 near Route 9."
    )
    assert not any(t.startswith("Biggest grass fire") for t in _titles(text))


def test_a_superlative_subject_is_one_of_the_reported_noun_not_of_the_sayers():
    text = (
        "Officials said several bridges were closed in Marion County on Friday. "
        "The oldest collapsed on Saturday."
    )
    titles = _titles(text)
    assert any(t.startswith("Oldest bridge collapses") for t in titles), titles


def test_a_superlative_subject_is_one_of_the_counted_noun_not_of_its_count():
    text = (
        "Hundreds of fans waited outside the Marion County arena on Friday. "
        "The earliest arrived on Thursday night."
    )
    titles = _titles(text)
    assert any(t.startswith("Earliest fan arrives") for t in titles), titles
