"""A time written right after the crime a case is about dates the crime, not the step.

Court news names the crime a step of the case is about and often dates that crime in the same
breath: "pleaded no contest to second-degree murder for the baby's death in November 2007",
"was sentenced for the robbery of a bank in 2006". The plea and the sentence are the news, told
months or years after the crime; the month or year after the crime's noun is the crime's, as
"the November 2007 death" would be (events.thing_dates). So for a step of the proceedings
(pleaded, sentenced, charged, ...), a month or a year written after an offence noun, "of" whom
or what it was, and "in"/"on"/"during", dates neither the step nor the narrative that carries
it. A day ("for the robbery on Friday") is left alone: a recent day is as often the step's.
Only a happening counts: the noun takes a determiner or a possessive ("the death", "the
baby's death", "a robbery"). A bare offence names the charge ("charged with theft in March",
"pleaded guilty to fraud in February"), and the time after it is the step's own.
The deed may also be told by a gerund with its object ("pleaded guilty to killing her in May
2009", "was convicted of robbing a bank in 2016"): the time after the gerund's phrase is the
deed's, as the noun's would be, unless the court the step is taken in comes between ("pleaded
guilty to stealing cars in federal court in March": the plea's month).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from stories.extraction.determiners import ARTICLE_OR_OWNER
from stories.extraction.events.charges import CASE_STEP_VERBS, OFFENCES
from stories.extraction.events.event_dates import COARSE_PRECISIONS
from stories.extraction.mentions import EventCandidate

if TYPE_CHECKING:
    from stories.extraction.events.thing_dates import Anchor

# Steps of criminal proceedings (lemmas) that name the crime they are about: the case's steps
# and the trial and jailing.
_STEPS = CASE_STEP_VERBS | {"try", "jail", "imprison"}
# Offence words that name a charge's count or the case, not a happening with a time.
_NOT_HAPPENINGS = frozenset(
    {"count", "counts", "case", "felony", "felonies", "misdemeanor", "misdemeanors", "crime",
     "crimes", "offense", "offenses", "offence", "offences", "possession", "conspiracy"}
)  # fmt: skip
_CRIMES = OFFENCES - _NOT_HAPPENINGS
# "the death in", "the baby's death of Sarah Roe in", "the beating death in", "a robbery of a
# bank on": a determiner or possessive, one optional modifier, the crime's noun, and the words
# up to its time.
_CRIME_BEFORE = re.compile(
    rf"\b(?:{ARTICLE_OR_OWNER}|[a-z]+['\u2019]s)\s+(?:[a-z-]+\s+)?"
    r"(?P<noun>[a-z]+)(?:\s+of\s+[^.,;:!?]{1,40}?)?\s+(?:in|on|during)\s+$",
    re.I,
)
# "to killing her in", "of robbing a bank on": the deed told by a gerund with its object, right
# after the step's preposition, and the words up to its time (no clause break between).
_DEED_BEFORE = re.compile(
    r"\b(?:to|of|for|with)\s+(?P<gerund>[a-z]+ing)\s+[^.,;:!?]{1,40}?\s+(?:in|on|during)\s+$",
    re.I,
)
# Words ending in "-ing" that are no gerund of a deed ("for nothing", "of spring", "to a hearing").
_NOT_DEEDS = frozenset(
    {"nothing", "something", "anything", "everything", "during", "morning", "evening", "spring",
     "building", "hearing", "meeting", "wedding", "thing", "things", "king", "ring", "string",
     "setting", "bring", "sibling", "ceiling", "funding", "housing", "clothing", "sentencing"}
)  # fmt: skip
# The court a step is taken in, named between the deed and the time: "in court", "in federal
# court", "in U.S. District Court" (not "killing a court clerk").
_COURT = re.compile(r"\bin\s+(?:[a-z.]+\s+){0,3}?court\b", re.I)
_WORD_START = re.compile(r"\b[a-z]", re.I)
_LOOK_BACK = 70


def dates_the_crime(start: int, precision: str, event: EventCandidate, text: str) -> bool:
    """Whether the time at `start` (of `precision`) is written after the crime the event, a step
    of the proceedings, is about ("pleaded no contest … for Markel's death in November 2007")."""
    if precision not in COARSE_PRECISIONS or not event.trigger:
        return False
    if event.trigger.split()[0].lower() not in _STEPS:
        return False
    window = text[max(0, start - _LOOK_BACK) : start]
    # Innermost first: "a count of manslaughter for the death in" is about the death, though
    # "a count of … in" reaches the time too.
    for word in reversed(list(_WORD_START.finditer(window))):
        found = _CRIME_BEFORE.match(window, word.start())
        if found is not None and found["noun"].lower() in _CRIMES:
            return True
        deed = _DEED_BEFORE.match(window, word.start())
        if deed is not None and deed["gerund"].lower() not in _NOT_DEEDS:
            # "pleaded guilty to killing her in May 2009", but not "to stealing cars in federal
            # court in March": the court is where the step is taken, and the time after it its own
            return not _COURT.search(deed.group())
    return False


def without_crime_times(anchors: list[Anchor], event: EventCandidate, text: str) -> list[Anchor]:
    """The anchors but those that date the crime the event, a step of the proceedings, is about:
    neither the step's clause, nor its sentence, nor the narrative before it stands on them."""
    return [a for a in anchors if not dates_the_crime(a.start, a.date.precision, event, text)]
