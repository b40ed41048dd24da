"""The lines a news page puts above its dateline: headline, byline, time stamp, photo caption.

A wire story's text opens on its dateline ("MOSCOW (AP) — Russia on Friday …"), but the text of
a real page often does not: the cleaned body of an HTML page keeps an "Updated 3:41 PM EDT, Tue
May 21, 2019" line above it, and pasted page text keeps the headline, a byline ("By Jane Doe,
Associated Press") or a photo's caption ("Putin in Moscow on Thursday. (AP Photo/Ivan
Sekretarev)"); some pages open on a standfirst, the story told in one sentence. Each stands on
a line of its own and none is a lead: a headline, a byline or a time stamp is short (a
headline's length at most), a caption is credited to its photo or marked as a file picture, a
standfirst is a single sentence on the first line. Below the first line, a short sentence of
prose ("Analysts expect more losses.") is the story, not top matter above it. While only such
lines stand above it, the line below them is where the story, and so its dateline, begins;
past the first paragraph of prose the top of the story is over, so a dateline is never looked
for deeper in the body.

A line read as a dateline here must open the lead: the line goes on past a headline's length or
ends a sentence, and it is no caption itself ("FILE - In this photo …").
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from stories.paragraphs import HEADLINE_WORDS, sentence_ends

# At most this many lines of top matter stand above a story's first paragraph: a headline, a
# standfirst's byline, a time stamp and a caption.
TOP_LINES = 4
_LINE = re.compile(r"[^\n]*\S[^\n]*")
# A standfirst, the one-sentence summary some pages set above the story, runs to this many words.
STANDFIRST_WORDS = 60
# A photo's caption: credited in a closing parenthesis ("(AP Photo/Ivan Sekretarev)", "(Photo:
# Getty Images)"), or marked as a picture where it begins ("FILE - In this photo", "Photo: …").
_CREDIT = re.compile(
    r"\((?:[^()]{0,60}\b(?:photos?|image|picture|file|credit|getty|courtesy)\b[^()]{0,60})\)"
    r"[.\s]*$",
    re.IGNORECASE,
)
_MARKED = re.compile(r"^\s*(?:FILE|PHOTO|IMAGE|Photo|Image|Caption)\s*(?:[-–—:]|\(\w)")
_SENTENCE_END = re.compile(r"[.!?][\"”’')]*\s*$")
# A line of prose ends on a plain word and a full stop ("Analysts expect more losses."), where a
# time stamp ends on an abbreviation ("3:41 p.m.") and a headline or byline on no stop at all.
_PROSE_END = re.compile(r"(?<![.\w])[a-z]{2,}\.[\"”’')]*\s*$")


def is_caption(line: str) -> bool:
    """Whether `line` is a photo's caption: credited to its photo or marked as a picture."""
    return bool(_CREDIT.search(line) or _MARKED.match(line))


def is_top_matter(line: str) -> bool:
    """Whether a line of its own above the story is a headline, byline, time stamp or label
    (no longer than a headline) or a photo's caption, rather than a paragraph of the story."""
    return len(line.split()) <= HEADLINE_WORDS or is_caption(line)


def is_prose(line: str) -> bool:
    """Whether a short line is a sentence of the story, not a headline, byline or time stamp:
    it ends on a plain lower-case word and a full stop, and it is no caption."""
    return bool(_PROSE_END.search(line)) and not is_caption(line)


def is_standfirst(line: str) -> bool:
    """Whether a page's first line is a standfirst: the story told in one sentence above it
    ("Though recommendation widgets are the most popular type of native ad units, …")."""
    return len(line.split()) <= STANDFIRST_WORDS and not sentence_ends(line)


def opens_a_lead(line: str) -> bool:
    """Whether a line that a dateline opens goes on as a lead does: past a headline's length
    or to a sentence's end, and not as a caption."""
    if is_caption(line):
        return False
    return len(line.split()) > HEADLINE_WORDS or bool(_SENTENCE_END.search(line))


def starts_below_top_matter(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of each line of `text` that only top-matter lines stand above, from the
    second line on: where a story whose page put such lines above it may begin. The first line
    may also be a standfirst. Stops at the first line that is no top matter (the story has
    begun) and after `TOP_LINES` lines."""
    lines = list(_LINE.finditer(text))
    for number, line in enumerate(lines[: TOP_LINES + 1]):
        if number:
            yield line.start(), line.end()
        if number == 0:
            if not (is_top_matter(line.group()) or is_standfirst(line.group())):
                return
        elif not is_top_matter(line.group()) or is_prose(line.group()):
            return  # "Analysts expect more losses.": below the first line, prose is the story
