"""Which of a sentence's times date a thing it names rather than the clause that tells it.

A time may stand in a clause's words and still not be the clause's: written before a noun it
dates that thing ("for a March 21 call", "last month's election"), inside a participle's clause
it dates that participle's happening ("the move announced on Monday"), and after a bounding
word it bounds another span ("since March", "until Friday"). The narrative rules
(events.dates, events.narrative_time) ask these same questions of every time they weigh, so
the answers live together here, with the anchor they are asked of.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from stories.extraction.events.event_dates import EventDate
from stories.extraction.events.framed_times import dates_another_thing
from stories.extraction.events.lexicon import NOUN_CLASSES
from stories.extraction.events.offence_times import dates_the_crime
from stories.extraction.events.time_owners import dates_its_when_clause, model_year, noun_before
from stories.extraction.mentions import EventCandidate
from stories.extraction.times.patterns import DETERMINER_BEFORE, NOT_A_NOUN, NOUN_AFTER

# A time after one of these words bounds something else rather than dating the clause it is in:
# "a losing streak dating to 2007", "held since March", "open until Friday".
_BOUNDING_WORD = re.compile(
    r"\b(?:to|until|till|since|through|from|after|before|by|dating|dates)\s+(?:the\s+)?$", re.I
)


# "until" opening the time's own text, when the tagger took it in ("until Monday"); not
# "from", which opens a span that starts then ("will buy shares from today through Nov. 17").
_BOUNDING_OPENER = re.compile(r"(?:until|till)\s", re.I)


def is_bound(anchor: Anchor, text: str) -> bool:
    """Whether a bounding word stands before the time, or "until" opens its text ("until
    Monday": the new day of a moved happening, not the moving's)."""
    if _BOUNDING_OPENER.match(text, anchor.start):
        return True
    return bool(_BOUNDING_WORD.search(text, max(0, anchor.start - 20), anchor.start))


@dataclass(frozen=True)
class Anchor:
    start: int
    date: EventDate
    end: int = 0
    participle: int | None = None  # the reduced relative clause it dates (TimeMention's)
    relative: tuple[int, int] | None = None  # the clause on a noun that holds it (TimeMention's)
    clause: tuple[int, int] | None = None  # the noun or content clause holding it (TimeMention's)
    flashback: bool = False  # told in the past perfect: no point the story moves to


# "a March 21 phone call", "the July 25 call", "Mr. Trump's Oct. 11 announcement": a date
# written before a noun dates that thing, not the clause that mentions it.
_POSSESSIVE_AFTER = re.compile(r"['’]s\s+(?P<word>[a-z][a-z-]+)")
# A period joined to the noun it qualifies by a hyphen ("third-quarter", "first-half"): a
# modifier whatever precedes it, so no determiner is needed to tell it dates a thing.
COMPOUND_PERIOD = re.compile(r"-(?:quarter|half)$", re.I)


def attributive(anchor: Anchor, text: str) -> str | None:
    """The noun an attributive date is written before, or None when the date stands alone."""
    possessive = _POSSESSIVE_AFTER.match(text, anchor.end)
    if possessive:
        return possessive["word"]  # "last month's election", "Friday's close"
    if model_year(anchor.start, anchor.end, text):
        return "model"  # "a 2011 Volvo bus"
    if COMPOUND_PERIOD.search(text, anchor.start, anchor.end):
        after = NOUN_AFTER.match(text, anchor.end)
        if after is not None and after["word"] not in NOT_A_NOUN:
            return after["word"]  # "reported third-quarter earnings": the earnings' period
    if not DETERMINER_BEFORE.search(text, max(0, anchor.start - 12), anchor.start):
        return None
    after = NOUN_AFTER.match(text, anchor.end)
    if after is None or after["word"] in NOT_A_NOUN:
        return None
    return after["word"]


def dates_a_thing(anchor: Anchor, event: EventCandidate, text: str) -> bool:
    """A time written before a plain noun ("Trump's July 25 phone call") or inside a
    participle's clause dates that, not the event; one before an event noun ("their November
    18th concert") dates a happening the event may be part of, so it still counts."""
    if in_participle(anchor, event, text):
        return True
    noun = attributive(anchor, text)
    return noun is not None and noun not in NOUN_CLASSES


def dates_a_period_figure(anchor: Anchor, event: EventCandidate, text: str) -> bool:
    """A period hyphened to a noun ("reported a fourth-quarter loss") is the span the figure
    covers, not the time of a verb that tells of it: results are reported after their period
    closes. The noun's own event ("the fourth-quarter loss") still takes it."""
    if not COMPOUND_PERIOD.search(text, anchor.start, anchor.end):
        return False
    noun = attributive(anchor, text)
    if noun is None:
        return False
    trigger = event.trigger.split()[0].lower()[:5] if event.trigger else ""
    return not (trigger and noun.lower().startswith(trigger))


# "fell 5.9% to $9.5 million from $10.1 million, or 49 cents a share, in the year-ago period":
# a time after "from" and a figure is the period of the figure a change is measured from.
_FROM_FIGURE_BEFORE = re.compile(
    r"\bfrom\s+(?:about\s+|nearly\s+|almost\s+)?[$€£]?(?:[A-Z]{1,2}\$)?\d(?:[^.;:!?]|(?<=\d)\.(?=\d)){0,50}?,?\s+"
    r"(?:in\s+|during\s+)?$",
    re.I,
)


# "down 4.5% from the previous Friday", "fell 3 points from Thursday": a change measured from a
# base; not "will rise 10% from Monday", a change that starts on that day.
_CHANGE_FROM_BEFORE = re.compile(
    r"\b(?:up|down|off|higher|lower|rose|fell|dropped|gained|lost|climbed|slipped|declined)\s+"
    r"(?:by\s+)?(?:about\s+|nearly\s+|almost\s+|some\s+)?[\d.,]*\d\s*(?:%|percent|points?)"
    r"\s+from\s+$",
    re.I,
)
_FOR_PERIOD = re.compile(r"\bfor\s+(?:the\s+|its\s+)?$", re.I)
_PERIOD_WORD = re.compile(r"\b(?:quarter|half)$", re.I)


def dates_a_base_figure(anchor: Anchor, text: str) -> bool:
    """A time after "from" and a figure ("rose to $5 from $3 in the year-ago quarter") is the
    period of the figure compared with, not the time of the change that is reported; so is a
    time after a change from a base ("down 4.5% from the previous Friday", but not "will rise
    10% from Monday", which starts then); a quarter after "for" ("reserves for the third
    quarter") is the span a figure covers."""
    if _FOR_PERIOD.search(text[max(0, anchor.start - 10) : anchor.start]) and _PERIOD_WORD.search(
        text, anchor.start, anchor.end
    ):
        return True
    if _FROM_FIGURE_BEFORE.search(text[max(0, anchor.start - 70) : anchor.start]):
        return True
    # "closed at 2082.1, down 4.5% from the previous Friday": the base of the change
    return bool(_CHANGE_FROM_BEFORE.search(text[max(0, anchor.start - 50) : anchor.start]))


def in_participle(anchor: Anchor, event: EventCandidate, text: str) -> bool:
    """Whether the time dates a participle's own happening ("the move announced on Monday"),
    one the event is not."""
    if anchor.participle is None or not event.trigger or anchor.participle == event.start:
        return False  # a clause that opens on the participle is that participle's own event
    if dates_its_when_clause(anchor.end, event.start, text):
        return False  # "got his pay docked in 2019 when the board fined him"
    trigger = event.trigger.split()[0].lower()[:5]
    if event.extra.get("kind") == "noun" and noun_before(anchor.participle, trigger, text):
        return False  # "the exam taken last spring": the noun's own happening
    return not text[anchor.participle : anchor.participle + 20].lower().startswith(trigger)


def _names_the_event(anchor: Anchor, trigger: str, text: str) -> bool:
    """Whether the event is the thing the time is written before ("the 2015 agreement" as the
    agreement itself): its trigger is the next word or two."""
    following = " ".join(text[anchor.end : anchor.end + 40].split()[:2]).lower()
    return bool(trigger) and trigger in following


def dates_something_else(anchor: Anchor, event: EventCandidate, text: str) -> bool:
    """Whether the time dates a thing or a participle's happening rather than the event."""
    if in_participle(anchor, event, text) or dates_a_base_figure(anchor, text):
        return True
    if dates_the_crime(anchor.start, anchor.date.precision, event, text):
        return True  # "pleaded no contest … for Markel's death in November 2007"
    trigger = event.trigger.split()[0].lower()[:5] if event.trigger else ""
    if dates_another_thing(anchor.start, anchor.end, text) and not _names_the_event(
        anchor, trigger, text
    ):
        return True  # "Under the 2015 agreement, Iran limited", "canceled the May 9 elections"
    noun = attributive(anchor, text)
    phrase = text[anchor.end : anchor.end + 40].lower()
    return noun is not None and trigger not in phrase
