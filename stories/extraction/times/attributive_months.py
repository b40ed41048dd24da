"""A month name written before a noun it dates: "the August death", "a June agreement".

March, April, May, June and August are also names, verbs and adjectives, so the time rules
take one of them for a month only after a cue word ("in May", "last June"). News often writes
a month before the noun of a happening or a thing instead, as an attribute of it: "pleaded not
guilty in the August death of his wife", "under a June agreement with the group", "down from
the March high". A determiner (or an owner's "'s") before the name and a lowercase noun after
it mark that use: an article or owner is never followed by the modal "may" or the verb
"march"; a name ("the May Queen", "the March of Dimes") is followed by a capital or by "of",
and a leader's or a family's name by the body it heads ("the May government"). A name the
story gives a person ("Prime Minister Theresa May", "Ms. June") is that person's wherever it
stands before a noun ("the May deal").

With no tense to read (the noun's clause is out of the parser's reach) such a month is the one
gone by, as a thing named by its month mostly is ("the August death"), though the month just
ahead stays the coming one for a planned happening ("the December debate", written in
November); told in the past, a thing named by the month just ahead happened last year ("charged
in the April death", written in March). The thing the month dates is left to the event rules
(events.thing_dates). A thing a clause acts "under" ("is trying to sell itself under a June
agreement") is a frame made before the act, so its month is the one gone by whatever the
clause's tense (events.framed_times reads the same frame).
"""

from __future__ import annotations

import re

from stories.extraction.determiners import ARTICLE_OR_OWNER
from stories.extraction.times.patterns import DETERMINER_BEFORE, NOT_A_NOUN, NOUN_AFTER
from stories.extraction.times.vocab import MONTHS, WEEKDAYS, word_set

# Nouns a person's name stands before as often as a month: "the May government", "the June
# family", "the May years", "the May deal" are a leader's or a household's.
_AFTER_A_NAME = word_set(
    "government administration cabinet ministry premiership presidency era regime leadership "
    "camp family household brothers sisters twins clan years deal plan home house estate case "
    "campaign"
)
NOT_A_DATED_NOUN = NOT_A_NOUN | _AFTER_A_NAME
# Happenings arranged ahead of their time: the month just ahead names the coming one.
PLANNED_NOUNS = word_set("debate election vote meeting summit deadline")
# Capitalised words that stand before a month without naming anyone: "In May", "Since June".
_NOT_A_FIRST_NAME = word_set(
    "In On At By Of To For From Since Until Till Through Throughout During Before After Between "
    "Early Late Mid Last Next This That Each Every End And Or But The A An Not Only Also Then "
    "Around About Over Under Into Past"
) | frozenset((*MONTHS, *WEEKDAYS))


def named_person(name: str, text: str) -> bool:
    """Whether the story writes the month name as a person's: after a title or a first name
    ("Prime Minister Theresa May", "Mrs May", "Ms. June"), not before a day's number."""
    pattern = rf"\b([A-Z][a-z]+)\.?[ \t]+{re.escape(name)}\b(?![ \t]*\d)"
    return any(m[1] not in _NOT_A_FIRST_NAME for m in re.finditer(pattern, text))


def dated_noun(start: int, end: int, text: str) -> str | None:
    """The lowercase noun the month name written at text[start:end] dates, when it stands
    between a determiner and that noun ("the August death"), so it is a month whatever the
    name; None otherwise."""
    if not DETERMINER_BEFORE.search(text, max(0, start - 8), start):
        return None
    after = NOUN_AFTER.match(text, end)
    if after is None or after["word"] in NOT_A_DATED_NOUN:
        return None
    if named_person(text[start:end], text):
        return None
    return after["word"]


# "under a", "under the", "under its": the frame's phrase opened just before the month.
_FRAME_BEFORE = re.compile(rf"\bunder\s+(?:{ARTICLE_OR_OWNER})\s+$", re.I)


# Frames whose month is when they fall due, not when they were made: "under a June deadline".
_SCHEDULES = PLANNED_NOUNS | word_set("timetable schedule calendar")


def names_a_frame(start: int, text: str, noun: str) -> bool:
    """Whether the month written at `start`, before `noun`, dates a frame the clause acts under
    ("under a June agreement"): a thing made before the act, so a month gone by. A deadline or
    timetable ("under a June deadline") is dated by when it falls due, which may be ahead."""
    if noun.lower() in _SCHEDULES:
        return False
    return bool(_FRAME_BEFORE.search(text, max(0, start - 30), start))
