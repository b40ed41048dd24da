"""Sentence breaks the layout of a news text makes certain, set before the parser runs.

spaCy's parser splits sentences by what it learnt from running prose, so a line with no full stop
runs on into the next: a headline or a subhead above a paragraph ("Storm hits coast" above "The
storm …"), a byline, a question-and-answer transcript, a table row, a dateline on a line of its
own, or one written before a dash or an underscore ("CITY, Region (AP)_ Tired of waiting, the
union …"), which the parser then reads as the subject or an apposition of the lead. Each such
fused sentence gives the clauses of its first part a wrong subject, a wrong root or none.

Three breaks are certain in any news text: a blank line ends a paragraph, a dateline ends
where the story's first sentence begins (`stories.datelines.find_dateline`), and a byline or
credit on a line of its own (`events.noise.is_noise_line`) is a sentence of its own. A text
that arrives as one unbroken block has its paragraphs inferred at sentence ends
(`stories.paragraphs`): those start a sentence too, so the parser and every reader of
paragraphs agree on where they begin. The parser
keeps breaks set before it runs, so they are marked on the tokens; nothing in the text changes
and every character offset stays where it was.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from stories.datelines import find_dateline
from stories.extraction.doc_text import doc_text
from stories.paragraphs import blank_lines, inferred_breaks

_LINE_END = re.compile(r"[ \t\r\f\v]*\n")
# A paragraph that ends on an ellipsis runs on into the next ("X confirmed this in a statement…"
# then the statement): no break there.
_RUNS_ON = ("…", "...")
# How a sentence of running prose ends; a line that ends otherwise is a headline, a subhead or
# a byline ("Storm hits coast", "By Jane Roe").
_STOPS = (".", "!", "?", "…", ":", ";", '"', "”", "’", "'", ")")


def add_sentence_breaks(nlp: Language) -> None:
    """Put the layout's certain breaks in `nlp`, just before its parser."""
    if "parser" in nlp.pipe_names and "layout_breaks" not in nlp.pipe_names:
        nlp.add_pipe("layout_breaks", before="parser")


@Language.component("layout_breaks")
def layout_breaks(doc: Doc) -> Doc:
    """Start a sentence after each blank line, at each inferred paragraph and after an
    opening dateline."""
    text = doc_text(doc)
    starts = _paragraph_starts(doc) | _noise_line_bounds(text) | set(inferred_breaks(text))
    dateline = find_dateline(text)
    if dateline is not None:
        starts.add(dateline.body_start)
    for token in doc:
        if token.i > 0 and token.idx in starts and not token.is_space:
            token.is_sent_start = True
            _keep_closing_mark(doc, token.i - 1, starts)
    return doc


# The lead: the first two sentences of the story proper, where news is told as news.
LEAD_SENTENCES = 2
# Where a document keeps its lead sentences once found (doc.user_data).
_LEAD_KEY = "lead_sentences"


def story_sentences(doc: Doc) -> Iterator[Span]:
    """The sentences of the story proper, in order: not a line without a verb (a dateline),
    nor a line that ends without a stop (a headline, a subhead, a byline). The lead is the
    first of these, whatever lines stand above it. Lazy: the lead asks only for the first."""
    return (s for s in doc.sents if _has_verb(s) and not layout_line(s))


def lead_sentences(doc: Doc) -> list[Span]:
    """The story's first LEAD_SENTENCES sentences (story_sentences), found once
    per document (kept with the document's length, so a retokenised document finds them anew)."""
    kept = doc.user_data.get(_LEAD_KEY)
    if kept is None or kept[0] != len(doc):
        found = [s for _, s in zip(range(LEAD_SENTENCES), story_sentences(doc), strict=False)]
        kept = (len(doc), found)
        doc.user_data[_LEAD_KEY] = kept
    return kept[1]


def lead_sentence_number(token: Token) -> int | None:
    """Which lead sentence (0 for the first) holds the token; None when it is past the lead."""
    for number, sentence in enumerate(lead_sentences(token.doc)):
        if sentence.start <= token.i < sentence.end:
            return number
    return None


def lead_end(doc: Doc) -> int:
    """The character offset where the lead's sentences end (a dateline or headline line above
    them not counting)."""
    ends = [s.end_char for s in lead_sentences(doc)]
    ends = ends or [s.end_char for s in doc.sents]
    return ends[min(LEAD_SENTENCES, len(ends)) - 1] if ends else 0


def _has_verb(sentence: Span) -> bool:
    return any(t.pos_ in ("VERB", "AUX") for t in sentence)


def layout_line(sentence: Span) -> bool:
    """A sentence that ends at a line break without a stop."""
    text = doc_text(sentence.doc)
    words = sentence.text.rstrip()
    end = sentence.start_char + len(words)
    if end >= len(text) or words.endswith(_STOPS):
        return False
    return _LINE_END.match(text, end) is not None


def _paragraph_starts(doc: Doc) -> set[int]:
    """Offsets of the first character after each blank line (`paragraphs.blank_lines`)."""
    text = doc.text
    starts = set()
    for before, end in blank_lines(text):
        if _runs_on(text, before):
            continue
        while end < len(text) and text[end].isspace():
            end += 1
        starts.add(end)
    return starts


def _noise_line_bounds(text: str) -> set[int]:
    """Where a byline or credit on a line of its own ("By Jane Roe, Staff Writer") begins, and
    where the line after it begins: such a line is never part of a sentence."""
    from stories.extraction.events.noise import is_noise_line  # the events package parses

    bounds = set()
    offset = 0
    for line in text.splitlines(keepends=True):
        if line.strip() and is_noise_line(line.strip()):
            bounds.add(offset + len(line) - len(line.lstrip()))
            after = offset + len(line)
            while after < len(text) and text[after].isspace():
                after += 1
            bounds.add(after)
        offset += len(line)
    return bounds


def _runs_on(text: str, end: int) -> bool:
    """Whether the paragraph ending at `end` ends on an ellipsis."""
    while end > 0 and text[end - 1].isspace():
        end -= 1
    return text[max(0, end - 3) : end].endswith(_RUNS_ON)


def _keep_closing_mark(doc: Doc, index: int, starts: set[int]) -> None:
    """A closing quote, bracket or stop that ends a paragraph stays with the sentence it closes
    rather than opening one of its own (the parser often starts a sentence at a quote mark)."""
    while index > 0 and doc[index].is_space:
        index -= 1
    token = doc[index]
    if index > 0 and token.idx not in starts and token.is_punct:
        token.is_sent_start = False
