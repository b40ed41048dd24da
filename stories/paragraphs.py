"""Paragraphs of a news text, inferred from its sentences where its layout has none.

Extraction leans on paragraphs: a paragraph's narrative time (events.dates), the place its
narration stands in (events.placing), the lead (its first paragraphs), and certain sentence
breaks (sentence_breaks). Clean text separates paragraphs with line breaks, but scraped
pages, wire copy and some corpora arrive as one unbroken block: the headline, a full stop,
then the whole story. Read as written, such a text is one paragraph, and a time or place said
once runs on through the whole article.

A stretch with no line break that is longer than any news paragraph is read as news is
written: a paragraph is one to three sentences, so the first sentence (a headline ending in
a full stop, or the lead) stands alone, and after it a paragraph ends after three sentences or
before a sentence that opens on a time of its own ("In 2003, …", "On Monday, …").
A sentence end is a ".", "!" or "?" (and a closing quote) before a capital, outside a
quotation (a quoted passage stays in one paragraph), and not after a title or an
abbreviation ("Gov.", "Lt.", "U.S.", "Jan."): a missed end only leaves a paragraph longer.
Texts whose lines are paragraphs are read exactly as their lines say.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import lru_cache

_BLANK_LINE = re.compile(r"\n\s*\n")
_STRETCH = re.compile(r"[^\n]+")
_LINE_BREAK = re.compile(r"\n+")
# A stretch this long with no line break is no paragraph: a news paragraph of three sentences
# runs to some 700 characters; an unbroken text runs on for thousands.
LONG_STRETCH = 1200
# How many sentences an inferred paragraph holds at most after the first (a headline or the
# lead, which stands alone): news paragraphs are one to three sentences.
PARAGRAPH_SENTENCES = 3
# A full stop, "!" or "?", perhaps closed by a quote or bracket, then space and a capital (or
# an opening quote, or a figure) that begins the next sentence.
_SENTENCE_END = re.compile(
    r"(?<=[.!?])(?P<close>[\"”’')]{0,3}|'')[ \t]+(?=(?:[\"“‘`']{1,2}\s?)?[A-Z0-9])"
)
_WORD_BEFORE = re.compile(r"(?P<word>[A-Za-z][A-Za-z.'’-]*)\.$")


def _words(words: str) -> frozenset[str]:
    return frozenset(words.split())


# Words a full stop follows without ending the sentence: titles, ranks, street and company
# words, months, weekdays, states.
_ABBREVIATIONS = _words(
    "mr mrs ms messrs dr prof rev fr sr jr st ste mt ft ave blvd rd hwy no nos vs etc "
    "gov lt sgt capt col gen maj cpl pvt det insp supt cmdr adm sen rep reps sens atty "
    "pres dept univ assn bros corp inc co ltd cos jan feb mar apr jun jul aug sep "
    "sept oct nov dec mon tue tues wed thu thur thurs fri sat sun ala ariz ark calif colo "
    "conn del fla ga ill ind kan kans ky la md mass mich minn miss mo mont neb nev okla ore "
    "pa tenn tex va vt wash wis wyo approx est dist twp cty"
)
# What follows "a.m." or "p.m." inside a sentence: a day, a month or a time zone.
_DAY_OR_ZONE = re.compile(
    r"\s+(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*"
    r"|[ECMP][SD]?T)\b"
)
# A sentence that opens on a time of its own moves the narrative ("In 1998, the town…", "On
# Monday, …", "Two weeks ago, …"): news starts a paragraph there.
_TIME_WORD = (
    r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
    r"|(?:January|February|March|April|May|June|July|August|September|October|November|December)"
    r"|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\."
    r"|\d{4}|[Yy]esterday|[Tt]oday|week|month|year|morning|afternoon|evening|night|weekend)"
)
_OPENS_ON_A_TIME = re.compile(
    r"[\"“]?(?:(?:In|On|By|Since|Last|Earlier|Later|Early|Late|This|That|Until|Before|After)\s+"
    rf"(?:[\w,.-]+\s+){{0,3}}?{_TIME_WORD}(?!\w)|{_TIME_WORD}(?!\w)|(?:[\w-]+\s+){{1,3}}ago\b)"
)
_OPENING = "“`"
_CLOSING = "”"


def _is_abbreviation(text: str, end: int) -> bool:
    """Whether the full stop at text[end - 1] closes an abbreviation rather than a sentence."""
    if text[end - 1] != ".":
        return False
    match = _WORD_BEFORE.search(text, max(0, end - 20), end)
    if match is None:
        return False
    word = match["word"]
    if word.casefold() in ("a.m", "p.m"):
        return bool(_DAY_OR_ZONE.match(text, end))  # "at 8 a.m. Monday", not "8 a.m. It"
    if "." in word or len(word) == 1:
        return True  # "U.S.", "a.m.", an initial "J."
    return word.casefold() in _ABBREVIATIONS


def sentence_ends(stretch: str) -> list[int]:
    """Offsets in `stretch` where a sentence begins after another ends, outside quotations.
    A quotation still open where the next sentence opens a quote again ends its paragraph
    there: a quote that runs on into a new paragraph opens it again without closing."""
    ends = []
    quoted = False
    position = 0
    for match in _SENTENCE_END.finditer(stretch):
        quoted = _quote_open(stretch, position, match.end(), quoted)
        position = match.end()
        reopened = quoted and _opens_quote(stretch, match.end())
        if (quoted and not reopened) or _is_abbreviation(stretch, match.start()):
            continue
        ends.append(match.end())
    return ends


def _opens_quote(text: str, at: int) -> bool:
    return text.startswith(("“", "``", '"'), at) and not text[at + 1 : at + 2].isspace()


def _quote_open(text: str, start: int, end: int, quoted: bool) -> bool:
    """Whether a quotation is open at `end`, reading the marks from `start` on: “ and `` open
    and ” closes; a straight double quote opens after a space and before a word, and closes
    otherwise; wire copy's '' opens or closes as it finds the quotation."""
    index = start
    while index < end:
        char = text[index]
        pair = text[index : index + 2]
        if pair in ("``", "''"):
            quoted = pair == "``" or not quoted
            index += 2
            continue
        if char in _OPENING:
            quoted = True
        elif char in _CLOSING:
            quoted = False
        elif char == '"':
            quoted = _opens_quote(text, index) and (index == 0 or text[index - 1].isspace())
        index += 1
    return quoted


@lru_cache(maxsize=16)
def inferred_breaks(text: str) -> tuple[int, ...]:
    """Where inferred paragraphs begin inside the long unbroken stretches of `text` (offsets
    into `text`, in order); none in a text whose lines are paragraphs."""
    breaks: list[int] = []
    for stretch in _STRETCH.finditer(text):
        if stretch.end() - stretch.start() <= LONG_STRETCH:
            continue
        starts = sentence_ends(stretch.group())
        breaks.extend(stretch.start() + s for s in _grouped(starts, stretch.group()))
    return tuple(breaks)


def _grouped(starts: list[int], stretch: str) -> list[int]:
    """Which sentence starts (offsets into `stretch`) open a paragraph: the first sentence (a
    headline or the lead) stands alone; a paragraph then runs until a sentence opens on a time
    of its own, or for `PARAGRAPH_SENTENCES` sentences."""
    if not starts:
        return []
    chosen = [starts[0]]
    count = 1
    for start in starts[1:]:
        if count >= PARAGRAPH_SENTENCES or _OPENS_ON_A_TIME.match(stretch, start):
            chosen.append(start)
            count = 1
        else:
            count += 1
    return chosen


# A headline is short: a first sentence of more words is the lead.
HEADLINE_WORDS = 16


def headline_end(text: str) -> int:
    """Where the body begins after a headline that opens an unbroken text ("Storm hits
    coast. The storm …"): the end of its first inferred paragraph, when that is one short
    sentence; 0 when the text opens with no such headline. A brief story that arrives as one
    block too short for paragraphs to be inferred still opens on its headline: there the
    first sentence end counts."""
    breaks = inferred_breaks(text) or _brief_block_first_end(text)
    if not breaks:
        return 0
    first = _STRETCH.search(text)
    if first is None or breaks[0] > first.end():
        return 0  # the first stretch was not inferred: its lines say where paragraphs are
    if len(text[first.start() : breaks[0]].split()) > HEADLINE_WORDS:
        return 0
    return breaks[0]


def _brief_block_first_end(text: str) -> tuple[int, ...]:
    """The end of the first sentence of a text with no line break (a brief story scraped as
    one block, shorter than `LONG_STRETCH`); none for a text whose lines are paragraphs."""
    if "\n" in text.strip():
        return ()
    first = _STRETCH.search(text)
    if first is None:
        return ()
    ends = sentence_ends(first.group())
    return (first.start() + ends[0],) if ends else ()


def blank_lines(text: str) -> list[tuple[int, int]]:
    """Each blank line of `text`, the one mark of a paragraph break in clean text: a run of
    white space holding two line breaks or more, as (where its first line break stands, where
    the line after its last begins)."""
    return [(m.start(), m.end()) for m in _BLANK_LINE.finditer(text)]


def paragraph_starts(text: str) -> list[int]:
    """Where each paragraph of `text` begins: 0, after each blank line, and at each paragraph
    inferred in an unbroken stretch."""
    starts = {0, *(end for _, end in blank_lines(text)), *inferred_breaks(text)}
    return sorted(starts)


def line_starts(text: str) -> list[int]:
    """Where each line of `text` begins, each inferred paragraph counting as a line of its own
    (clean text writes a paragraph on one line)."""
    starts = {0, *(m.end() for m in _LINE_BREAK.finditer(text)), *inferred_breaks(text)}
    return sorted(starts)


def paragraph_of(offset: int, starts: list[int]) -> int:
    return bisect_right(starts, offset) - 1
