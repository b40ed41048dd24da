"""Straight quotation marks read over the whole paragraph, not counted in a window of words.

A page whose paragraph breaks were lost runs on for hundreds of words on one line; a count of
the straight marks in the last few dozen words is out of step whenever it starts inside a
quotation, and narration after balanced quotations was taken for someone's words. Sentences
written for these tests.
"""

import datetime as dt

import pytest
import spacy

from stories.extraction.analysis import analyse_text
from stories.extraction.events.statements import quoted
from stories.extraction.events.straight_quotes import inside_straight_quotation
from stories.extraction.nlp import MODEL_NAME

# Narration long enough that the quotations open far more than eighty words before the verb.
_FILLER = " ".join(
    f"The {n} crew checked the pumps near the old dock before the tide came in." for n in range(9)
)


@pytest.fixture(scope="module")
def nlp():
    return spacy.load(MODEL_NAME)


def _token(doc, word: str):
    return next(t for t in doc if t.lower_ == word)


def _one_line(*sentences: str) -> str:
    return " ".join(sentences)


def test_narration_after_balanced_straight_quotes_on_a_long_line_is_not_quoted(nlp):
    doc = nlp(
        _one_line(
            '"We expect a long night at the dock," the harbour master said. "The tide is high."',
            _FILLER,
            "Later the council repaired the northern sea wall with new stone.",
        )
    )

    assert not quoted(_token(doc, "repaired"))


def test_narration_after_a_window_that_opens_inside_a_quotation_is_not_quoted(nlp):
    """The first mark sits just beyond eighty words back: the window sees an odd count."""
    quote = " ".join(f"Pump {n} failed twice before the storm reached the shore." for n in range(8))
    doc = nlp(
        _one_line(
            f'"{quote}" the harbour master said.',
            "The council repaired the northern sea wall with new stone.",
        )
    )

    assert not quoted(_token(doc, "repaired"))


def test_words_inside_straight_quotes_on_a_long_line_stay_quoted(nlp):
    doc = nlp(
        _one_line(
            _FILLER,
            '"The council repaired the northern sea wall with new stone," the mayor said.',
        )
    )

    assert quoted(_token(doc, "repaired"))


def test_a_quotation_reopened_after_a_lost_paragraph_break_stays_quoted(nlp):
    """A quotation carried over a lost break opens again without closing: the words of the
    second one are still someone's words."""
    doc = nlp(
        _one_line(
            '"We checked every pump on the pier. "Then the council repaired the sea wall," '
            "the mayor said.",
        )
    )

    assert inside_straight_quotation(_token(doc, "repaired"))


def test_narration_between_two_quotations_is_not_inside_one(nlp):
    doc = nlp(
        '"We are ready," the mayor said. The council repaired the sea wall. "It held," she added.'
    )

    assert not inside_straight_quotation(_token(doc, "repaired"))


def test_an_inch_mark_after_a_height_opens_no_quotation(nlp):
    """6'2": a straight mark right after a figure measures; it follows no space, so it
    cannot open someone's words."""
    doc = nlp(
        "The 6'2\" forward signed with the club on Monday. "
        "The team repaired the gym floor last week."
    )

    assert not quoted(_token(doc, "repaired"))


def test_an_inch_mark_after_a_pipe_size_opens_no_quotation(nlp):
    doc = nlp('Crews laid a 12" pipe under the road. The city repaired the bridge on Friday.')

    assert not quoted(_token(doc, "repaired"))


def test_a_quoted_figure_still_closes_its_quotation(nlp):
    """The look-alike: a figure inside quotation marks ("the "1999" plan") ends a quotation
    that opened after a space."""
    doc = nlp('The so-called "1999" plan was dropped. The city repaired the bridge on Friday.')

    assert not quoted(_token(doc, "repaired"))
    assert quoted(_token(doc, "1999"))


def test_a_mark_closing_a_quotation_from_the_paragraph_before_opens_none(nlp):
    """A quotation opened in one paragraph and closed in the next: the first mark of the
    second paragraph, after the quoted words' comma and before a space, closes it."""
    doc = nlp(
        '"We will rebuild the town and the port.\n'
        'We are done," the mayor said, and the council repaired the sea wall on Monday.'
    )

    assert not quoted(_token(doc, "repaired"))
    assert inside_straight_quotation(_token(doc, "done"))


def test_a_quotation_opening_after_a_comma_in_a_new_paragraph_stays_open(nlp):
    """The look-alike: a mark after a space opens, even as the paragraph's first mark."""
    doc = nlp(
        "The mayor spoke first.\n"
        'Then she said, "the council repaired the sea wall on Monday," and left.'
    )

    assert quoted(_token(doc, "repaired"))


def test_a_straight_mark_glued_to_the_words_around_it_still_opens(nlp):
    """'said,"The council…': a page that lost the space after the comma leaves the mark
    inside one token with its neighbours; it opens the quotation all the same."""
    doc = nlp('The mayor said,"The council repaired the sea wall on Monday."')

    assert quoted(_token(doc, "repaired"))


def test_narration_after_a_glued_quotation_is_not_quoted(nlp):
    doc = nlp('The mayor said,"We are done." The council repaired the sea wall on Monday.')

    assert not quoted(_token(doc, "repaired"))


def test_narration_after_a_quotation_holding_a_quoted_word_is_not_quoted(nlp):
    """ "The so-called "reform" bill is a sham," the senator said: the inner marks end the
    outer quotation early, and its real closing mark, after the comma and before a space,
    can only close: it opens nothing."""
    doc = nlp(
        '"The so-called "reform" bill is a sham," the senator said. '
        "The council repaired the sea wall on Monday."
    )

    assert not quoted(_token(doc, "repaired"))


def test_a_quoted_word_in_narration_quotes_only_itself(nlp):
    doc = nlp(
        'The senator said the so-called "reform" bill is a sham. '
        "The council repaired the sea wall on Monday."
    )

    assert not quoted(_token(doc, "repaired"))
    assert quoted(_token(doc, "reform"))


# The clause filter (events.clauses) reads the same spans: an undated clause inside quotation
# marks is someone's words, narration between quotations is the reporter's.
_PUBLISHED = dt.date(2024, 5, 3)


def _told(text: str) -> list[str]:
    return [text[e.start : e.end] for e in analyse_text(text, published=_PUBLISHED).events]


def test_undated_narration_after_a_reopened_quotation_is_still_told():
    """A quotation carried over a lost break opens again without closing; pairing the marks
    two by two would run the next quotation's opening mark back over the narration."""
    text = (
        "Crews in Dover worked through the night on the harbour. "
        '"We fixed the roof first. "The pumps came next," the foreman said. '
        "The volunteers then painted the old boathouse in Dover. "
        '"It looks new," he added.'
    )

    assert any("painted the old boathouse" in told for told in _told(text))


def test_an_undated_clause_inside_straight_quotes_is_not_told():
    text = (
        "Crews in Dover worked through the night on the harbour. "
        '"The volunteers then painted the old boathouse in Dover," the foreman said.'
    )

    assert not any("painted the old boathouse" in told for told in _told(text))
