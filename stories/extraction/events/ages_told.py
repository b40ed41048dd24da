"""A deed told at an age: "born in 1957 … At 16, he went to university".

Profiles and obituaries tell a life by the person's age rather than by the calendar: after
"was born … in 1957", "at the age of 9, he was diagnosed" and "At 16, he went to Indiana
University" happened in 1966 and 1973. Without reading the age, the narrative's last time, the
birth year, dated every step of that life. A clause with no time of its own that tells an age
("at the age of N", "at age N", or a sentence opening "At N,") in a paragraph that told a birth
year before it happened in the birth year plus that age, and says no more than that year.

A profile tells its family's ages too: "His mother fell ill at the age of 61", "his brother, who
drowned at 20". An age whose clause has a relative for its subject (a noun of kin, events.kin,
owned by someone: "his mother", "the singer's wife", or the noun a "who" clause hangs on) is
that relative's, and dates nothing from the subject's birth; a thing of the subject's own
("his career began at 16") still tells the subject's age. A "first-born" child is no birth of
the subject's either.
"""

from __future__ import annotations

import datetime as dt
import re

from spacy.tokens import Doc, Token

from stories.extraction.events.event_dates import EventDate
from stories.extraction.events.kin import KIN

_AGE_OF = re.compile(r"\bat\s+(?:the\s+)?age\s+(?:of\s+)?(?P<age>\d{1,2})\b", re.I)
# "At 16, he went": a sentence opening on an age (the event may start on its words).
_AGE_OPENING = re.compile(r"(?:^|[.!?][\"'”’)]{0,2}\s+|\n\s*)At\s+(?P<age>\d{1,2}),")
_OPENING_REACH = 12
# "was born the first child of two pharmacists in East Chicago, Indiana, in 1957"
_BORN_IN = re.compile(r"(?<![\w-])born\b[^.!?\n]{0,150}?\b(?P<year>1[6-9]\d\d|20\d\d)\b")


_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
_RELATIVE_WORDS = frozenset({"WP", "WDT"})


def _age_found(start: int, end: int, text: str) -> re.Match[str] | None:
    return _AGE_OF.search(text, start, end) or _AGE_OPENING.search(
        text, max(0, start - _OPENING_REACH), end
    )


def age_told(start: int, end: int, text: str) -> int | None:
    """The age the clause text[start:end] tells its deed at, or None."""
    found = _age_found(start, end, text)
    return int(found["age"]) if found else None


def age_of_a_relative(doc: Doc, at: int) -> bool:
    """Whether the age written at character `at` is told of a relative: the subject of its
    clause is a common noun someone owns ("his mother fell ill at the age of 61"), directly or
    through a "who" ("his brother, who drowned at 20")."""
    token = doc.char_span(at, at + 1, alignment_mode="expand")
    verb: Token | None = token[0] if token is not None and len(token) else None
    while verb is not None and verb.pos_ not in ("VERB", "AUX") and verb.head is not verb:
        verb = verb.head
    if verb is None or verb.pos_ not in ("VERB", "AUX"):
        return False
    subject = next((c for c in verb.children if c.dep_ in _SUBJECTS), None)
    if subject is not None and subject.tag_ in _RELATIVE_WORDS and verb.dep_ == "relcl":
        subject = verb.head
    return (
        subject is not None
        and subject.pos_ == "NOUN"
        and subject.lemma_.lower() in KIN  # not "his career began at 16": his own age
        and any(c.dep_ == "poss" for c in subject.children)
    )


def birth_year_before(start: int, since: int, text: str) -> int | None:
    """The last birth year told between `since` (the paragraph's start) and `start`, or None."""
    found = list(_BORN_IN.finditer(text, since, start))
    return int(found[-1]["year"]) if found else None


def year_at_age(
    start: int,
    end: int,
    since: int,
    published: dt.date | None,
    text: str,
    doc: Doc | None = None,
) -> EventDate | None:
    """The year of a deed told at an age in text[start:end], counted from the birth year the
    paragraph (starting at `since`) told before; None without both, past publication, or when
    the age is a relative's (read in `doc`, when given)."""
    found = _age_found(start, end, text)
    born = birth_year_before(start, since, text) if found is not None else None
    if found is None or born is None:
        return None
    if doc is not None and age_of_a_relative(doc, found.start("age")):
        return None
    age = int(found["age"])
    year = born + age
    if published is not None and year > published.year:
        return None
    return EventDate(dt.date(year, 1, 1), None, "year", f"at {age}")
