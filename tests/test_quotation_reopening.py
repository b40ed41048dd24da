"""Straight quotation marks in a page whose paragraph breaks were lost
(events.quotations._reopens): a mark that can only open starts a new quotation, so the
narration after it is not read as quoted words. Texts written for these tests.
"""

from stories.extraction.events.quotations import quotation_spans


def test_a_mark_opening_inside_an_open_quotation_starts_a_new_one():
    text = '"We ran back. "By then the roof fell," Ann Roe said. The crews left at noon.'
    spans = quotation_spans(text)

    assert spans == [(0, 14), (14, 38)]


def test_narration_after_the_reopened_quotation_is_not_quoted():
    text = '"We ran back. "By then the roof fell," Ann Roe said. The crews left at noon.'

    assert not any(start <= text.index("crews") < end for start, end in quotation_spans(text))


def test_a_misplaced_closing_mark_before_another_quotation_still_closes():
    text = '"It held up as it was. "Ann Roe said he wanted to "go home." The crews left.'
    spans = quotation_spans(text)

    assert spans[0] == (0, 24)
    assert not any(start <= text.index("crews") < end for start, end in spans)
