"""What the rule handlers share: the candidate they build, the context they read, the registry.

A handler receives one pattern match and a ``Context`` (text, publication date, optional spaCy
doc) and returns a ``Candidate`` or ``None`` when the match is not a time expression after all
("May" without a cue, "2000 troops"). Relative expressions get ``value=None`` when there is no
publication date to anchor them: a guessed date would be worse than none.
"""

import datetime
import re
from collections.abc import Callable
from dataclasses import dataclass

from spacy.tokens import Doc

from stories.extraction.times import patterns as p
from stories.extraction.times.tense import detect_tense
from stories.extraction.times.vocab import PARTS_OF_DAY

EDGE_MODS = {"early": "START", "late": "END", "mid": "MID"}
PART_MODS = {"end": "END", "close": "END", "beginning": "START", "start": "START"}
PART_MODS |= {"middle": "MID", "turn": "START"}
# "effective Feb. 1": a change announced takes effect on a date to come, like a payment.
TENSE_CUES = {"since": "past", "payable": "future", "effective": "future"}


@dataclass
class Candidate:
    """A time expression before overlap resolution; ``kind`` tells ranges what to shift."""

    start: int
    end: int
    type: str
    value: str | None
    mod: str | None = None
    end_value: str | None = None
    opens: str | None = None  # the start of an open range that runs from publication
    kind: str = ""
    clock: str | None = None  # "T15:00" waiting for the day it belongs to
    shift: tuple[str, int] | None = None  # ("year", -1): "a year earlier", from its anchor
    # A month or date written without its year and told in the past ("by December"): the year
    # came from the publication date, and a narrative set in an earlier year may own it.
    yearless_past: bool = False
    # A date written without its year whatever its tense ("at a June 9 concert"): a year
    # written out earlier in its sentence may own it (narrative_year).
    yearless: bool = False
    # Told in a future clause ("By then, crews will have cleared it"): a value counted from the
    # story's last time must not lie before publication.
    ahead: bool = False


@dataclass
class Context:
    """What a handler may look at besides its match."""

    text: str
    published: datetime.date | None
    doc: Doc | None

    def tense(self, start: int, end: int) -> str:
        """The clause's tense, unless the word before the expression fixes the direction:
        "since Jan. 13" lies behind, "payable Dec. 15" and "effective Feb. 1" ahead, whatever the
        verb."""
        cue = TENSE_CUES.get(self.previous_word(start))
        return cue or detect_tense(self.text, start, end, self.doc)

    def previous_word(self, position: int) -> str:
        found = p.PREVIOUS_WORD.search(self.text, max(0, position - 40), position)
        return found.group(1).lower() if found else ""

    def next_word(self, position: int) -> str:
        found = p.NEXT_WORD.search(self.text[position : position + 40])
        return found.group(1).lower() if found else ""

    def entity_type(self, start: int, end: int) -> str:
        span = self.doc.char_span(start, end, alignment_mode="expand") if self.doc else None
        return span.root.ent_type_ if span is not None and len(span) else ""

    def part_of_speech(self, start: int, end: int) -> str:
        span = self.doc.char_span(start, end, alignment_mode="expand") if self.doc else None
        return span.root.pos_ if span is not None and len(span) else ""


Handler = Callable[[re.Match[str], Context], Candidate | None]


class Rules(list[tuple[re.Pattern[str], Handler]]):
    """Patterns with their handlers; list order breaks ties between matches of equal length."""

    def add(self, pattern: re.Pattern[str]) -> Callable[[Handler], Handler]:
        def register(handler: Handler) -> Handler:
            self.append((pattern, handler))
            return handler

        return register


def group(match: re.Match[str], name: str) -> str:
    return (match.group(name) or "").lower()


def normal(words: str) -> str:
    return " ".join(words.lower().split())


def starts_sentence(text: str, position: int) -> bool:
    before = text[:position].rstrip()
    return not before or before[-1] in ".!?\"'“”\n:"


def is_capitalised_mid_sentence(text: str, position: int) -> bool:
    """ "Trees for Tomorrow", "the Summer Youth Program": a capital inside a sentence marks a
    name, not a time word."""
    return text[position].isupper() and not starts_sentence(text, position)


def day_value(day: datetime.date | None, part: str = "") -> str | None:
    if day is None:
        return None
    return day.isoformat() + (f"T{PARTS_OF_DAY[part]}" if part else "")


def safe_date(year: int, month: int, day: int) -> datetime.date | None:
    try:
        return datetime.date(year, month, day)
    except ValueError:
        return None


_DAY_VALUE = re.compile(r"\d{4}-\d\d-\d\d")  # a day, or a clock or part of a day on it


def has_day(candidate: Candidate | None) -> bool:
    """Whether the candidate names one calendar day ("Thursday", "June 4 at 10 a.m."), not a
    span of days, a duration or a set."""
    if candidate is None or candidate.type in ("DURATION", "SET") or candidate.end_value:
        return False
    return _DAY_VALUE.match(candidate.value or "") is not None
