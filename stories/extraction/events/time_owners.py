"""Times inside an event's clause that belong to another verb, by grammar rather than by parse.

The narrative rules (events.dates) date an undated clause by a time of its own words first.
A present perfect ("has sent a team") takes no definite past time in English ("*has sent a
team two years ago"): a time well before the story's days in its clause or narrative dates
another verb ("a team to recover the remains of a man killed two years ago"), and the perfect
is the reporter's recent past.
"""

from __future__ import annotations

import datetime as dt
import re

from stories.extraction.events.lexicon import NOUN_CLASSES
from stories.extraction.times.thing_years import model_year, owned_thing_year

__all__ = ["model_year", "owned_thing_year"]  # read here by the events package

# A duration or a start that a perfect stretches over: "for seven years", "for the past
# decade", "since 2012".
_DURATION = re.compile(
    r"\b(?:for\s+(?:(?:the|more|than|nearly|almost|about|over|past|last)\s+)*"
    r"(?:\w+\s+)?(?:years?|months?|weeks?|days?|decades?)|since)\b",
    re.I,
)


def continuative(start: int, end: int, text: str) -> bool:
    """Whether the clause text[start:end] says how long its state has lasted: a continuative
    perfect ("has lived there for seven years") reaches back to a past time it may name."""
    return bool(_DURATION.search(text, start, end))


# ", which the two sides signed last May": a relative clause still open before a time.
_RELATIVE_ASIDE = re.compile(r",\s+(?:who|which|whose|whom)\b[^,;.!?]*$", re.I)
_ASIDE_REACH = 200


def in_relative_aside(start: int, text: str, end: int | None = None) -> bool:
    """Whether the time at `start` sits in a non-restrictive relative clause (", which the
    two presidents signed last May"): an aside about a thing or a person, background that does
    not move the narrative to its time. Given the time's `end`, not when a "when" clause follows
    it at once: ", whose unit responded April 20 when a couple were trapped" tells a happening
    then, and the story goes on from it (as narrative_points.since_point reads "since")."""
    if end is not None and _WHEN_AFTER.match(text, end):
        return False
    return bool(_RELATIVE_ASIDE.search(text[max(0, start - _ASIDE_REACH) : start]))


def too_early_for_perfect(
    start: dt.date, end: dt.date, published: dt.date | None, story_days: int
) -> bool:
    """Whether a period ending at `end` lies wholly before the story's days, so that a present
    perfect cannot be dated by it (the perfect's time reaches the reporter's now)."""
    return published is not None and end < published - dt.timedelta(days=story_days)


# A relative clause opened by "who", "whom" or "whose" tells what a person did or is.
_ON_A_PERSON = re.compile(r"(?:who|whom|whose)\b", re.I)


def in_other_clause(
    relative: tuple[int, int] | None, start: int, end: int, trigger: str, text: str
) -> bool:
    """Whether a time inside a clause on a noun (`relative`, its character span: "Ruiz, who
    retired in August") belongs to a clause other than the event's (text[start:end]): an event
    told around that noun ("the mayor denied the claims") did not happen then. An event whose
    trigger word is in that clause may be its own and keeps the time; so does one whose own
    clause holds the relative clause after its trigger, on a noun the event acts on ("beat him
    in a race that was called on Wednesday"): only an aside on its subject is another's, and
    after the clause only an aside set off by a comma."""
    if relative is None or relative[0] <= start < relative[1]:
        return False
    word = trigger.split()[0].lower()[:5] if trigger else ""
    if word and word in text[relative[0] : relative[1]].lower():
        return False
    if relative[1] > end:
        # After the event, only an aside (", which fell last year") or a clause on a person
        # ("the man who died in August") is surely another's: a restrictive clause on a thing
        # may set the event's scene ("won a race that was called Monday").
        return text[: relative[0]].rstrip().endswith(",") or bool(
            _ON_A_PERSON.match(text, relative[0])
        )
    at = text.lower().find(word, start, end) if word else -1
    return relative[0] < at


# An event noun and the participle set right after it: "the vote held on Sunday".
_NOUN_THEN_PARTICIPLE = re.compile(r"[a-z]\s+$")


def noun_before(participle: int, noun: str, text: str) -> bool:
    """Whether the reduced relative clause at `participle` is set right after the event noun
    starting with `noun` ("the exam taken last spring", "the vote held on Sunday"): it tells
    when that happening took place, so its time is the noun's own, not another verb's."""
    before = text[max(0, participle - len(noun) - 20) : participle].lower()
    words = before.split()
    return bool(words) and words[-1].startswith(noun) and bool(_NOUN_THEN_PARTICIPLE.search(before))


# The words of a name after the year, then the word that heads its phrase: "a 2015 World Cup
# qualifier", "a 2019 Supreme Court ruling", "a 2003 Honda Accord driven by".
_NAME_THEN_HEAD = re.compile(r"(?:\s+[A-Z][\w.&'-]*){1,4}\s+(?P<head>[a-z]+)")


def dates_an_event_noun(end: int, text: str) -> bool:
    """Whether the year ending at `end` stands before a name whose phrase is headed by an event
    noun ("a 2016 Senate vote", "a 2019 Supreme Court ruling"): then it dates that happening,
    which the clause may tell of ("voted in a 2016 Senate vote"), not a make's model."""
    found = _NAME_THEN_HEAD.match(text, end)
    if found is None:
        return False
    head = found["head"]
    return head in NOUN_CLASSES or (head.endswith("s") and head[:-1] in NOUN_CLASSES)


def model_year_of_a_thing(start: int, end: int, text: str) -> bool:
    """A model year (`model_year`) whose phrase is not headed by an event noun."""
    return model_year(start, end, text) and not dates_an_event_noun(end, text)


# "in 2005 when the board fined him", "in April, when he was dragged out": a time that a
# "when" clause follows at once dates that clause as well.
_WHEN_AFTER = re.compile(r"\s*,?\s*(?P<when>when)\b", re.I)
_WHEN_REACH = 80


def dates_its_when_clause(time_end: int, event_start: int, text: str) -> bool:
    """Whether the time ending at `time_end` is followed at once by a "when" clause in which
    the event at `event_start` is told: the time dates that clause even where the parser
    hangs it on a participle before it ("got his pay docked in 2019 when the board …")."""
    found = _WHEN_AFTER.match(text, time_end)
    if found is None or not found.start("when") <= event_start <= found.end() + _WHEN_REACH:
        return False
    return not any(mark in text[found.end() : event_start] for mark in ".;!?")
