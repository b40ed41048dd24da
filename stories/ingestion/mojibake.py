"""Mend the broken characters real news arrives with, before the text is stored.

Pages and feeds often reach us with UTF-8 that was decoded as cp1252 or latin-1 on the way
("Minnesotaâ€™s", "â€œFear", "cafÃ©", "Â " for a no-break space), sometimes lossily, the
continuation bytes dropped and only the "â" left ("Minnesotaâ s school", "couldnâ t",
"â Fear is setting in,â said …", "Mo. â ” Tens"), and with HTML entities escaped twice
("&amp;#8217;", "&amp;quot;"). Such text hides a possessive ("Tuesdayâ s storm" is a day's
storm), a contraction, a quotation (sayings and quotes are found by their marks) and a
sentence's end, so it is mended here, at ingestion, where the stored ``text`` (the offset
reference of everything downstream) is made:

* a run of characters that are exactly cp1252/latin-1 readings of UTF-8 bytes is re-encoded and
  decoded as UTF-8, kept only when the result is valid and clearly better: any three-byte
  sequence led by "â" (general punctuation, never a real spelling), a two-byte one only when it
  gives a Latin-1 or Latin Extended-A letter or sign, other scripts only in runs of two or more;
* a lone "â" is mended by its context only: after a letter, followed by a space or "€", and
  before "s", "n't" or a pronoun's "re/ll/ve/d/m" it is an apostrophe, and before a spaced
  "s" after a digit or a full stop too ("the G7â s summit", "the U.K.â s vote"); "â" right
  before "s" is a real letter ("rămâs"); followed by the surviving last byte of a
  punctuation mark ("â “" an en dash, "â ”" an em dash, "â ¢" a bullet) it is that mark;
  standing alone between spaces or after punctuation it is a quotation mark, opening and
  closing in turn within a paragraph;
* entity references left in the text (``&amp;#8217;``, ``&#8217;``, ``&amp;quot;``) are
  unescaped.

A real "â" is always inside a word ("pâté", "Nâzım", "Lâm", "România") or opens one ("âge"), so
none of these rules touches it. :func:`repair_mojibake` also says where every old offset went,
for callers that hold offsets into the unmended text (the real-news scorer's gold).
"""

from __future__ import annotations

import bisect
import html
import re
import unicodedata
from dataclasses import dataclass

# The character each byte 0x80-0xFF reads as in cp1252; the five bytes cp1252 leaves undefined
# read as the latin-1 control of the same number, as most lenient decoders give them.
_BYTE_OF: dict[str, int] = {}
for _byte in range(0x80, 0x100):
    try:
        _BYTE_OF[bytes([_byte]).decode("cp1252")] = _byte
    except UnicodeDecodeError:
        _BYTE_OF[chr(_byte)] = _byte


def _chars(first: int, last: int) -> str:
    """The characters bytes ``first``-``last`` read as, escaped for a regex character class: a
    broken sequence is matched by what its bytes look like in the text, not by the bytes."""
    return "".join(re.escape(c) for c, b in _BYTE_OF.items() if first <= b <= last)


_CONT = _chars(0x80, 0xBF)
_SEQUENCE = (
    rf"[{_chars(0xC2, 0xDF)}][{_CONT}]|[{_chars(0xE0, 0xEF)}][{_CONT}]{{2}}"
    rf"|[{_chars(0xF0, 0xF4)}][{_CONT}]{{3}}"
)
_SEQUENCE_RE = re.compile(_SEQUENCE)
_CONT_MARK = _chars(0x80, 0x9F) + _chars(0xA1, 0xBF)  # a continuation byte, not a space
# The last byte of E2 80 xx that survives a lossy reading, for the marks news text uses:
# dashes and quotes (2010-201F), daggers and bullet (2020-2022), ellipsis (2026), primes
# (2032-2033) and single guillemets (2039-203A).
_LOSSY_LAST = "".join(
    re.escape(c)
    for c, b in _BYTE_OF.items()
    if 0x90 <= b <= 0xA2 or b in (0xA6, 0xB2, 0xB3, 0xB9, 0xBA)
)
_SPACE = "[ \u00a0]"
_LETTER = r"[^\W\d_]"
# At most four escapes deep ("&amp;amp;amp;amp;quot;"): an unbounded chain of "amp;" would be
# unescaped one level a pass, in time quadratic in its length.
_ENTITY_DEPTH = 4
_ENTITY = (
    rf"&(?:amp;){{0,{_ENTITY_DEPTH}}}"
    r"(?:#[0-9]{2,7}|#[xX][0-9a-fA-F]{2,6}|[A-Za-z][A-Za-z0-9]{1,31});"
)
# Every stretch mended starts with one of these; the lookahead saves trying each alternative
# at every other character (a pass over a megabyte of text then takes a few hundredths of a
# second, not half a second).
_FIRST = "[&\u00c2-\u00f4 \u00a0]"
_PATTERN = re.compile(
    rf"(?={_FIRST})(?:"
    rf"(?P<entity>{_ENTITY})"
    rf"|(?P<run>(?:{_SEQUENCE})+)"
    rf"|(?P<mark_space>{_SPACE}?)\u00e2{_SPACE}?(?P<mark>[{_LOSSY_LAST}])"
    rf"|(?:(?<={_LETTER})|(?<=[0-9.])(?=\u00e2{_SPACE}s\b))"
    rf"\u00e2(?:\u20ac{_SPACE}?|{_SPACE})(?=(?P<suffix>s|t|re|ll|ve|d|m)\b)"
    rf"|(?P<before>{_SPACE}?)(?<!{_LETTER})\u00e2\u20ac?(?![^\W\d_]|[{_CONT_MARK}])(?P<after>{_SPACE}?)"
    rf"|(?<!{_LETTER})\u00c2(?= )|(?<=[a-z0-9.,;:!?])\u00c2(?= )"
    ")"
)
_ENTITY_RE = re.compile(_ENTITY)
_NOT_TEXT = frozenset({"Cc", "Cs", "Co", "Cn"})  # controls, surrogates, private, unassigned
# The bidirectional embeddings, overrides and isolates: one made here from an entity or a
# broken sequence would turn the text after it around on screen ("&#x202E;" spoofs a file name
# or a link), and no news text needs one mended into it; they are left as written.
_BIDI_CONTROLS = frozenset(chr(code) for code in (*range(0x202A, 0x202F), *range(0x2066, 0x206A)))
_QUICK_RE = re.compile("[&\u00c2-\u00f4]")
_LAST_WORD_RE = re.compile(r"(\w+)$")
# Words a contraction's "re/ll/ve/d/m" follows; any word takes "'s", a word in "n" takes "'t".
_CONTRACTING = frozenset(
    {
        "i", "you", "we", "they", "he", "she", "it", "who", "that", "there", "what", "where",
        "here", "how", "why", "when", "this", "everyone", "everybody", "someone", "somebody",
        "nobody", "could", "would", "should", "might", "must",
    }
)  # fmt: skip
_PASSES = 3  # text mis-decoded three times over is mended in full
_TIGHT_LEFT = "([{\u201c\u2018>"  # what a quotation opens after, a tag's end (HTML) too


@dataclass(frozen=True)
class Repair:
    """A mended text and where every offset of the old text went."""

    text: str
    # (old start, old end, new start, new end) of each mended stretch, in text order.
    edits: tuple[tuple[int, int, int, int], ...] = ()

    def offset(self, old: int) -> int:
        """The new offset of old offset ``old`` (inside a mended stretch: as far in as it goes)."""
        at = bisect.bisect_right([edit[0] for edit in self.edits], old) - 1
        if at < 0:
            return old
        old_start, old_end, new_start, new_end = self.edits[at]
        if old >= old_end:
            return old + (new_end - old_end)
        return new_start + min(old - old_start, new_end - new_start)


def repair_text(text: str, *, entities: bool = True) -> str:
    """``text`` with its broken characters mended (see the module's docstring)."""
    return repair_mojibake(text, entities=entities).text


def repair_mojibake(text: str, *, entities: bool = True) -> Repair:
    """``text`` mended, with the offset map. ``entities=False`` leaves entity references
    as they are (for HTML, where they are markup).

    Text mis-decoded twice ("Ã¢â‚¬â„¢") comes out of one pass mis-decoded once ("â€™"), so
    passes are repeated until nothing changes (at most ``_PASSES``): mending is then the same
    however many times a reader applies it, and the scorer's text is the stored one."""
    repair = _repaired_once(text, entities=entities)
    for _ in range(_PASSES - 1):
        again = _repaired_once(repair.text, entities=entities)
        if not again.edits:
            break
        repair = _composed(repair, again)
    return repair


def _composed(first: Repair, second: Repair) -> Repair:
    """One repair doing ``first`` then ``second``: edits that overlap in the text between are
    merged into one stretch, so every old offset still has its one new place."""
    spans = sorted(
        [(c, d, 1, (d - c) - (b - a)) for a, b, c, d in first.edits]
        + [(a, b, 2, (d - c) - (b - a)) for a, b, c, d in second.edits]
    )
    edits: list[tuple[int, int, int, int]] = []
    shift_first = shift_second = 0  # what the edits before the group added, in each pass
    at = 0
    while at < len(spans):
        start, end = spans[at][0], spans[at][1]
        group_first = group_second = 0
        while at < len(spans) and (spans[at][0] == start or spans[at][0] < end):
            end = max(end, spans[at][1])
            if spans[at][2] == 1:
                group_first += spans[at][3]
            else:
                group_second += spans[at][3]
            at += 1
        old_start = start - shift_first
        new_start = start + shift_second
        edits.append(
            (
                old_start,
                end - shift_first - group_first,
                new_start,
                end + shift_second + group_second,
            )
        )
        shift_first += group_first
        shift_second += group_second
    return Repair(second.text, tuple(edits))


def _repaired_once(text: str, *, entities: bool) -> Repair:
    if not text or not _QUICK_RE.search(text):
        return Repair(text)
    parts: list[str] = []
    edits: list[tuple[int, int, int, int]] = []
    done = 0
    new_length = 0
    quote_open = False
    last_quote = 0
    for match in _PATTERN.finditer(text):
        if match["before"] is not None:
            between = text[last_quote : match.start()]
            if "\n\n" in between or "</p>" in between:  # a new paragraph, in text or HTML
                quote_open = False
            last_quote = match.end()
            replacement, quote_open = _quote(text, match, quote_open)
        elif match["entity"] is not None:
            replacement = _unescaped(match["entity"]) if entities else None
        else:
            replacement = _replacement(text, match)
        if replacement is None or replacement == match[0]:
            continue
        parts.append(text[done : match.start()])
        new_start = new_length + match.start() - done
        parts.append(replacement)
        new_length = new_start + len(replacement)
        edits.append((match.start(), match.end(), new_start, new_length))
        done = match.end()
    if not edits:
        return Repair(text)
    parts.append(text[done:])
    return Repair("".join(parts), tuple(edits))


def _replacement(text: str, match: re.Match[str]) -> str | None:
    """What a matched broken stretch (not an entity, not a lone quotation mark) stands for, by
    the alternative of ``_PATTERN`` that matched it; None to leave it as written."""
    if match["run"] is not None:
        return _redecoded(match["run"])
    if match["mark"] is not None:
        mark = chr(0x2000 + _BYTE_OF[match["mark"]] - 0x80)
        return match["mark_space"] + mark
    if match["suffix"] is not None:
        return _apostrophe(text, match)
    return ""  # "Â" left of a space: a no-break space whose second byte was lost


def _unescaped(entity: str) -> str | None:
    """The one character an entity reference escaped up to ``_ENTITY_DEPTH`` times names, or
    None to leave it as written: an entity naming no character, several, or one that is not
    text (a control, a bidi override) was not put there to be read, and unescaping it would
    change what the page shows. Each level is unescaped in turn, as many times as it was
    escaped, so "&amp;amp;" is "&" and "&amp;lt;" is "<" (both once written by a CMS)."""
    value = entity
    for _ in range(_ENTITY_DEPTH + 1):
        value = html.unescape(value)
        if not _ENTITY_RE.fullmatch(value):
            break
    if len(value) != 1 or value == "\ufffd" or not _is_text(value):
        return None
    return value


def _redecoded(run: str) -> str:
    """Each UTF-8 sequence of ``run`` decoded where that is clearly right, else kept."""
    sequences = _SEQUENCE_RE.findall(run)
    out = []
    for sequence in sequences:
        try:
            char = bytes(_BYTE_OF[c] for c in sequence).decode("utf-8")
        except UnicodeDecodeError:
            out.append(sequence)
            continue
        out.append(char if _plausible(char, len(sequence), len(sequences)) else sequence)
    return "".join(out)


def _is_text(char: str) -> bool:
    return unicodedata.category(char) not in _NOT_TEXT and char not in _BIDI_CONTROLS


def _plausible(char: str, width: int, run_length: int) -> bool:
    if not _is_text(char):
        return False
    code = ord(char)
    if width == 3 and 0x2000 <= code <= 0x214F:
        return True  # "â" + two: punctuation, currency, letterlike signs
    if width == 2 and 0xA0 <= code <= 0x17F:
        return True  # Latin-1 and Latin Extended-A
    return run_length >= 2  # another script: only a run of several reads as broken text


def _apostrophe(text: str, match: re.Match[str]) -> str | None:
    suffix = match["suffix"]
    word = _LAST_WORD_RE.search(text[max(0, match.start() - 40) : match.start()])
    before = word[1].casefold() if word else ""
    if suffix == "t" and not before.endswith("n"):
        return None
    if suffix not in ("s", "t") and before not in _CONTRACTING:
        return None
    return "\u2019"


def _quote(text: str, match: re.Match[str], quote_open: bool) -> tuple[str, bool]:
    """A lone "â" as a quotation mark: closing when it hangs on the word before, opening at a
    paragraph's start, else the opposite of the last one."""
    at = match.start("before") + len(match["before"])
    left = text[at - 1] if at else "\n"
    right = text[match.end() : match.end() + 1]
    if not match["before"] and not left.isspace() and left not in _TIGHT_LEFT:
        closing = True
    elif (
        left == "\n"
        or (not match["before"] and left in _TIGHT_LEFT)
        or (not match["after"] and right and not right.isspace())
    ):
        closing = False
    else:
        closing = quote_open
    if closing:
        return "\u201d" + match["after"], False
    return match["before"] + "\u201c", True
