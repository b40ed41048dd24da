"""Scraped plain text: a page's visible text, navigation and all.

Copying a news page's text gives the story wrapped in web furniture: section
labels, banners, "Related" blocks of truncated headlines, promos and the
lede repeated under the headline.  We strip it with *general* rules about
the shape of lines, never with strings from particular sites:

* prose ends with sentence punctuation; furniture (labels, headline lists,
  buttons) does not;
* teaser links are truncated with an ellipsis;
* furniture comes in runs, prose paragraphs stand between prose paragraphs;
* the story starts at the first prose line and ends at the last one, so
  anything above (banners, the headline) or below (footers, lists) goes;
* a paragraph seen before, or a truncated copy of a later one, is a repeat;
* short lines naming generic web furniture ("Advertisement", "Related",
  "Subscribe", "All rights reserved") are promos even when punctuated.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta, timezone

from .html import normalize_space
from .mojibake import repair_text
from .records import ArticleRecord, IngestionError, is_placeholder_date

_CLOSERS = "\"'\u201d\u2019\u00bb)\\]"
_SENTENCE_END_RE = re.compile(rf"(?<!\.\.)[.!?][{_CLOSERS}]*$")
_ELLIPSIS_RE = re.compile(rf"(?:\.\.\.|…)[{_CLOSERS}]*$")
_COLON_END_RE = re.compile(r"[:;]$")
_BYLINE_RE = re.compile(
    r"^(?:by|written by|words by|reporting by|story by|author:)\s+(.+?)\s*$", re.I
)
# A dateline on its own line: "LIMA, Peru (AP) —" or "LONDON:".
_DATELINE_RE = re.compile(
    r"^[A-Z][A-Z.'\u2019 -]{1,40}(?:,\s*[A-Z][\w.'\u2019 -]{1,40})?"
    r"(?:\s*\([\w .&/-]{1,30}\))?\s*[\u2014\u2013:-]$"
)
_PROMO_RE = re.compile(
    r"^(?:advertisement|advert|sponsored|promoted|skip to\b|subscribe\b|sign (?:up|in)\b|log ?in\b|"
    r"click here\b|read (?:more|next|also)\b|also read\b|see also\b|more (?:from|on|stories)\b|"
    r"recommended\b|related\b|trending\b|most (?:read|popular|viewed|shared)\b|popular\b|"
    r"top (?:stories|videos|news|picks)\b|latest (?:news|stories|videos)\b|"
    r"you (?:may|might) also\b|"
    r"editor'?s picks?\b|share (?:this|on|via)\b|follow us\b|download (?:our|the)\b|"
    r"get the app\b|copyright\b|\u00a9|\(c\)\s*\d{4}|we use cookies\b|"
    r"this (?:site|website) uses cookies\b|"
    r"accept (?:all )?cookies\b|back to top\b|comments?\b\s*\(?\d*\)?$)",
    re.I,
)
_PROMO_ANYWHERE_RE = re.compile(
    r"all rights reserved|unlimited access|already a subscriber|"
    r"(?:subscribe|sign up|register) (?:now|today|for (?:our|free)|to (?:our|get|read))\b|"
    r"follow us on\b|newsletters?\b.*\b(?:inbox|sign up|subscribe)\b|"
    r"\b(?:sign up|subscribe)\b.*\bnewsletters?\b|appeared first on\b",
    re.I,
)
_QUESTION_END_RE = re.compile(r"[?!][\"'\u201d\u2019)]*$")
_CAPTION_RE = re.compile(
    r"(?:^(?:photo|image|picture|file|caption|credit)\s*[:\-\u2013\u2014]\s)"
    r"|(?:\((?:[^()]{0,60}\b(?:photo|image|picture|credit|file)\b[^()]{0,60})\)[.]?$)",
    re.I,
)
_MONTHS = {
    m: i
    for i, names in enumerate(
        (("jan", "january"), ("feb", "february"), ("mar", "march"), ("apr", "april"), ("may",),
         ("jun", "june"), ("jul", "july"), ("aug", "august"), ("sep", "sept", "september"),
         ("oct", "october"), ("nov", "november"), ("dec", "december")),
        start=1,
    )
    for m in names
}  # fmt: skip
_MONTH_RE = "(" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?"
_DATE_RES = (
    re.compile(rf"\b{_MONTH_RE}\s+(\d{{1,2}}),?\s+(\d{{4}})\b", re.I),  # September 12, 2023
    re.compile(rf"\b(\d{{1,2}})\s+{_MONTH_RE},?\s+(\d{{4}})\b", re.I),  # 12 September 2023
    re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b"),  # 2023-09-12
)
_TIME_RE = re.compile(r"\b(\d{1,2}):(\d{2})(?::\d{2})?\s*([ap]\.?m\.?)?", re.I)
_ZONE_RE = re.compile(
    r"\b(GMT|UTC|Z)\s*([+-]\d{1,2}(?::?\d{2})?)?\b|([+-]\d{2}:?\d{2})\b"
    r"|\b([ECMP][SD]T|BST|CES?T|KST|JST)\b"
)
_ZONES = {
    "EST": -5, "EDT": -4, "CST": -6, "CDT": -5, "MST": -7, "MDT": -6, "PST": -8, "PDT": -7,
    "BST": 1, "CET": 1, "CEST": 2, "KST": 9, "JST": 9,
}  # fmt: skip


def _words(line: str) -> int:
    return len(line.split())


def _ends_sentence(line: str) -> bool:
    return bool(_SENTENCE_END_RE.search(line)) and not _ELLIPSIS_RE.search(line)


def _is_all_caps(line: str) -> bool:
    letters = [c for c in line if c.isalpha()]
    return bool(letters) and all(c.isupper() for c in letters)


def _is_promo(line: str) -> bool:
    """Generic web furniture.  A furniture word at the start ("Related",
    "Popular", "Subscribe") only counts on a short or unpunctuated line, so
    "Popular protests erupted in the capital on Sunday." stays prose."""
    words = _words(line)
    if words > 25:
        return False
    if _PROMO_ANYWHERE_RE.search(line):
        return True
    return bool(_PROMO_RE.match(line)) and (words <= 6 or not _ends_sentence(line))


def _is_prose(line: str) -> bool:
    """A line that reads as part of a story: a punctuated sentence of at
    least four words (or a longer clause introducing a quote or list)."""
    if _is_promo(line) or _CAPTION_RE.search(line):
        return False
    words = _words(line)
    if _ends_sentence(line):
        return words >= 4
    return words >= 6 and bool(_COLON_END_RE.search(line)) and not _is_all_caps(line)


def _is_headline(line: str) -> bool:
    """Headline shape: several words, no closing full stop, not a label."""
    words = _words(line)
    return (
        4 <= words <= 30
        and not line.endswith(".")
        and not _ELLIPSIS_RE.search(line)
        and not _is_all_caps(line)
        and not _is_promo(line)
        and not _BYLINE_RE.match(line)
    )


def _key(line: str) -> str:
    """Comparison key for repeats: case-folded words without punctuation."""
    return " ".join(re.sub(r"[^\w\s]", " ", line.casefold()).split())


def _parse_date_line(line: str) -> datetime | None:
    """A publication date stated in the page head ("Published Sept. 12,
    2023 10:43 AM EDT").  Without a stated zone the time is taken as UTC."""
    if _words(line) > 15:
        return None
    for number, pattern in enumerate(_DATE_RES):
        match = pattern.search(line)
        if not match:
            continue
        groups = match.groups()
        try:
            if number == 0:
                year, month, day = int(groups[2]), _MONTHS[groups[0].lower()], int(groups[1])
            elif number == 1:
                year, month, day = int(groups[2]), _MONTHS[groups[1].lower()], int(groups[0])
            else:
                year, month, day = int(groups[0]), int(groups[1]), int(groups[2])
            hour = minute = 0
            time_match = _TIME_RE.search(line)
            if time_match:
                hour, minute = int(time_match.group(1)), int(time_match.group(2))
                meridiem = (time_match.group(3) or "").lower().replace(".", "")
                if meridiem == "pm" and hour < 12:
                    hour += 12
                elif meridiem == "am" and hour == 12:
                    hour = 0
            tz = UTC
            zone = _ZONE_RE.search(line)
            if zone:
                offset = zone.group(2) or zone.group(3)
                if offset:
                    sign = -1 if offset[0] == "-" else 1
                    digits = offset[1:].replace(":", "")
                    if len(digits) > 2:
                        hours, mins = int(digits[:-2] or 0), int(digits[-2:])
                    else:
                        hours, mins = int(digits), 0
                    tz = timezone(sign * timedelta(hours=hours, minutes=mins))
                elif zone.group(4):
                    tz = timezone(timedelta(hours=_ZONES[zone.group(4).upper()]))
            stamp = datetime(year, month, day, hour, minute, tzinfo=tz)  # in its own offset
            return None if is_placeholder_date(stamp) else stamp
        except (ValueError, KeyError, OverflowError):
            return None
    return None


def _paragraph_lines(text: str) -> list[str]:
    """Split into logical lines; hard-wrapped paragraphs (a blank-line block
    of similar long lines) are re-joined so their lines are not mistaken for
    unpunctuated furniture."""
    lines: list[str] = []
    for block in re.split(r"\n\s*\n", text.replace("\r\n", "\n").replace("\r", "\n")):
        block_lines = [normalize_space(line) for line in block.split("\n")]
        block_lines = [line for line in block_lines if line]
        if not block_lines:
            continue
        body = block_lines[:-1]
        longest = max((len(line) for line in body), default=0)
        shortest = min((len(line) for line in body), default=0)
        wrapped = (
            len(block_lines) >= 2
            and shortest >= 50
            and longest - shortest <= max(20, longest // 4)
            and sum(not _ends_sentence(line) for line in body) * 2 >= len(body)
            and not any(_BYLINE_RE.match(line) for line in block_lines)
            and len(block_lines[-1]) <= longest + 5
        )
        if wrapped:
            lines.append(" ".join(block_lines))
        else:
            lines.extend(block_lines)
    # A dateline alone on its line belongs to the lede below it.
    merged: list[str] = []
    for line in lines:
        if merged and _DATELINE_RE.match(merged[-1]) and not _DATELINE_RE.match(line):
            merged[-1] = f"{merged[-1]} {line}"
        else:
            merged.append(line)
    return merged


def clean_scraped_text(text: str) -> tuple[str, str, str, datetime | None]:
    """Return ``(title, byline, clean_text, published)`` for scraped text.

    ``clean_text`` is "" when no prose was found. Broken characters are mended first
    (mojibake.py), so a paragraph ending in a lossy quote mark still ends a sentence.
    """
    lines = _paragraph_lines(repair_text(text))
    byline = ""
    kept: list[str] = []
    for line in lines:
        match = _BYLINE_RE.match(line)
        name = match.group(1) if match else ""
        # "By Jane Doe" / "By ASSOCIATED PRESS", not "By the time police came."
        if name[:1].isupper() and _words(line) <= 10 and not _ends_sentence(line):
            byline = byline or name.strip(" .,")
            continue
        kept.append(line)
    lines = kept

    first = next((i for i, line in enumerate(lines) if _is_prose(line)), None)
    if first is None:
        return "", byline, "", None
    title = next((line for line in reversed(lines[:first]) if _is_headline(line)), "")
    if not title and _QUESTION_END_RE.search(lines[first]) and _words(lines[first]) <= 25:
        # A headline phrased as a question or exclamation looks like prose;
        # with no other headline above the story, it is the title.
        title = lines[first]
        first = next((i for i in range(first + 1, len(lines)) if _is_prose(lines[i])), None)
        if first is None:
            return title, byline, "", None
    last = max(i for i, line in enumerate(lines) if _is_prose(line))
    head = lines[:first]
    published = next((d for d in (_parse_date_line(line) for line in head) if d is not None), None)

    body = lines[first : last + 1]
    keys = [_key(line) for line in body]
    prose = [_is_prose(line) for line in body]
    out: list[str] = []
    seen: set[str] = {_key(title)} if title else set()
    for i, line in enumerate(body):
        key = keys[i]
        if not key or key in seen:
            continue  # repeated lede / repeated label
        if _ELLIPSIS_RE.search(line):
            continue  # truncated teaser link (or truncated copy of a paragraph)
        if not prose[i]:
            # Keep only an isolated subheading standing between prose.
            isolated = 0 < i < len(body) - 1 and prose[i - 1] and prose[i + 1]
            if not (isolated and _is_headline(line)):
                continue
        seen.add(key)
        out.append(line)
    return title, byline, "\n\n".join(out), published


def drop_furniture_paragraphs(text: str) -> str:
    """Remove promo paragraphs ("Read more: ...", "Advertisement", "The post
    ... appeared first on ...") and truncated teaser links from text that
    came out of structured HTML (WordPress, feeds, trafilatura).  Unlike
    scraped text, its paragraph structure is trusted, so nothing else goes.
    Returns the input (its broken characters mended) unchanged if every paragraph would go."""
    text = repair_text(text)
    paragraphs = text.split("\n\n")
    kept = [
        p
        for p in paragraphs
        if not (_is_promo(p) or (_ELLIPSIS_RE.search(p) and _words(p) <= 20 and "\n" not in p))
    ]
    return "\n\n".join(kept) if kept else text


def read_text(text: str, *, source: str) -> list[ArticleRecord]:
    """Read one scraped page of plain text."""
    title, byline, clean, published = clean_scraped_text(text)
    if not clean:
        raise IngestionError(source, "no article text found")
    return [
        ArticleRecord(
            source=source,
            input_format="text",
            canonical_url=source if source.startswith(("http://", "https://")) else "",
            outlet="",
            title=title,
            byline=byline,
            published=published,
            modified=None,
            raw=text,
            text=clean,
            display_html="",
        )
    ]
