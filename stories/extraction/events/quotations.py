"""Where a speaker's own words run in an article, read the way a news reader reads them.

A regular expression over pairs of curly or straight marks misreads real pages in two common
ways: a quotation opened with one kind of mark and closed with the other ("“somebody ought to
put a bullet in her skull," the office said") pairs its opening mark with the next quotation's
close, taking the narration between them for a quote; and a quotation that runs over several
paragraphs opens each paragraph again without closing the one before (the newspaper
convention), so the next paragraph's narration is read as quoted too.

Here each paragraph is read on its own, mark by mark: outside a quotation, an opening mark (“
or ") starts one; inside, a closing mark (” or ") ends it; a closing ” before any opening in a
paragraph ends a quotation carried over from the paragraph before, and so does a first straight
mark that follows the quoted words' comma or stop and precedes a space ("We are done," the
mayor said), which elsewhere, with no quotation open, opens none (it closed one whose inner
marks, "the so-called "reform" bill", ended it early); a straight mark right after a figure
measures (6'2", a 12" pipe) and opens nothing; a quotation still open at the paragraph's end
runs to that end; a straight mark that can only open (after a space, before a word) ends an
open quotation there and starts the next. Single quotes are left alone: they are apostrophes
far more often than quotation marks.

The spans are read once per text: the dates (events.dates) and the genre filter
(events.genre) both ask for the same document's.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import lru_cache

_PARAGRAPH = re.compile(r"[^\n]+")
_MARK = re.compile(r"[“”\"]")
_OPENING = frozenset({"“", '"'})
_CLOSING = frozenset({"”", '"'})


def quotation_spans(text: str) -> list[tuple[int, int]]:
    """The (start, end) character spans of the quotations in `text`, in text order."""
    return list(_spans(text))


def inside_quotation(text: str, offset: int) -> bool:
    """Whether the character at `offset` of `text` lies inside one of its quotations."""
    spans = _spans(text)
    at = bisect_right(_starts(text), offset) - 1
    return at >= 0 and offset < spans[at][1]


@lru_cache(maxsize=4)
def _starts(text: str) -> tuple[int, ...]:
    return tuple(start for start, _ in _spans(text))


@lru_cache(maxsize=4)
def _spans(text: str) -> tuple[tuple[int, int], ...]:
    """`quotation_spans`, kept for the last few texts (a tuple, so no caller can alter it)."""
    spans: list[tuple[int, int]] = []
    for paragraph in _PARAGRAPH.finditer(text):
        opened: int | None = None
        first = True
        marks = [paragraph.start() + m.start() for m in _MARK.finditer(paragraph.group())]
        for number, at in enumerate(marks):
            mark = text[at]
            if opened is None:
                if first and _closes_carried(text, at):
                    spans.append((paragraph.start(), at + 1))  # carried over, closed here
                elif mark in _OPENING and not _measures(text, at) and not _closes_only(text, at):
                    opened = at
            elif _reopens(text, at, marks[number + 1] if number + 1 < len(marks) else None):
                spans.append((opened, at))  # carried over, never closed: a new one opens
                opened = at
            elif mark in _CLOSING:
                spans.append((opened, at + 1))
                opened = None
            first = False
        if opened is not None:
            spans.append((opened, paragraph.end()))
    return tuple(spans)


def _reopens(text: str, at: int, following: int | None) -> bool:
    """ "…and then we ran back. "By then the roof had…": inside a quotation, a straight
    mark after a space and before a word opens a quotation rather than closing one (a
    closing mark follows the quoted words), when the next mark can close it (it follows a
    word: "…had gone," she said). The quotation before it ran on from a paragraph whose
    break the page lost, so it was never closed: the marks would otherwise pair out of step
    and take the rest of the narration for quoted words. A mark misplaced after a
    quotation's last space ("…as it was. "Then she…" with another quotation opening next)
    still closes it."""
    if text[at] != '"' or at == 0 or at + 1 >= len(text) or following is None:
        return False
    if text[at - 1] not in " \t" or not text[at + 1].isalnum():
        return False
    return not text[following - 1].isspace()


def _closes_carried(text: str, at: int) -> bool:
    """A paragraph's first mark that can only close a quotation from the paragraph before:
    a closing ” or a straight mark that can only close (`_closes_only`)."""
    return text[at] == "”" or _closes_only(text, at)


def _closes_only(text: str, at: int) -> bool:
    """A straight mark after the quoted words' own comma or stop and before a space or the
    end (…a sham," the senator said): it closes a quotation, even one whose inner marks ("the
    so-called "reform" bill") ended it early, and never opens one."""
    return (
        text[at] == '"'
        and at > 0
        and text[at - 1] in ",.?!"
        and (at + 1 == len(text) or text[at + 1].isspace())
    )


def _measures(text: str, at: int) -> bool:
    """A straight mark right after a figure, with no space: inches or seconds (6'2", a 12"
    pipe), which a quotation never opens with (an opening mark follows a space)."""
    return text[at] == '"' and at > 0 and text[at - 1].isdigit()
