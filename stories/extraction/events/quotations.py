"""Where a speaker's own words run in an article, read the way a news reader reads them.

A regular expression over pairs of curly or straight marks misreads real pages in two common
ways: a quotation opened with one kind of mark and closed with the other ("“somebody ought to
put a bullet in her skull," the office said") pairs its opening mark with the next quotation's
close, taking the narration between them for a quote; and a quotation that runs over several
paragraphs opens each paragraph again without closing the one before (the newspaper
convention), so the next paragraph's narration is read as quoted too.

Here each paragraph is read on its own, mark by mark: outside a quotation, an opening mark
(“ or ") starts one; inside, a closing mark (” or ") ends it; a closing ” before any opening in
a paragraph ends a quotation carried over from the paragraph before; a quotation still open
at the paragraph's end runs to that end. Single quotes are left alone: they are apostrophes
far more often than quotation marks.
"""

from __future__ import annotations

import re

_PARAGRAPH = re.compile(r"[^\n]+")
_MARK = re.compile(r"[“”\"]")
_OPENING = frozenset({"“", '"'})
_CLOSING = frozenset({"”", '"'})


def quotation_spans(text: str) -> list[tuple[int, int]]:
    """The (start, end) character spans of the quotations in `text`, in text order."""
    spans: list[tuple[int, int]] = []
    for paragraph in _PARAGRAPH.finditer(text):
        opened: int | None = None
        first = True
        for mark in _MARK.finditer(paragraph.group()):
            at = paragraph.start() + mark.start()
            if opened is None:
                if mark.group() == "”" and first:
                    spans.append((paragraph.start(), at + 1))  # carried over, closed here
                elif mark.group() in _OPENING:
                    opened = at
            elif mark.group() in _CLOSING:
                spans.append((opened, at + 1))
                opened = None
            first = False
        if opened is not None:
            spans.append((opened, paragraph.end()))
    return spans
