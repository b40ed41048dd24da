"""Happenings known by their name: "the Pennsylvania National Horse Show, Oct. 11–21, in
Harrisburg, PA", "at the American Music Awards on Sunday".

Listings, previews and notices name a show, a festival or a final and give its dates and town
without a verb of its own ("VISIT the … Horse Show, Oct. 11–21, in Harrisburg, PA."), so the
clause reading finds the verb of the reader's visit, or nothing. The name says it is a happening
when its last word is an event word (Show, Festival, Finals, Awards…: lexicon.EVENT_NAME_HEADS)
and the date or the place written right after the name says when and where it is held. A name
that is the subject of its clause ("the Film Festival on Friday announced its lineup") acts, so
the date is the verb's; "on <Name>" is a programme one appears on, not a place one goes to.
One event per name: a happening mentioned again is the same happening.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable

from spacy.tokens import Doc

from stories.extraction.doc_text import doc_text
from stories.extraction.events.dates import EventDate, event_date
from stories.extraction.events.lexicon import (
    ATTRIBUTION_VERBS,
    EVENT_NAME_HEADS,
    EVENT_NAME_SUFFIXES,
)
from stories.extraction.mentions import EventCandidate, PlaceMention

_WORD = r"[A-Z][\w.&'’/-]*"
_LINK = r"(?:of|and|for|&|de)"
_HEADS = "|".join(sorted(EVENT_NAME_HEADS, key=len, reverse=True))
_SUFFIXES = "|".join(sorted(EVENT_NAME_SUFFIXES))
_NAME = re.compile(
    rf"""(?<![\w.])(?P<name>(?:(?:19|20)\d\d\s+)?
    (?:{_WORD}[ \t]+(?:{_LINK}[ \t]+)?){{1,8}}
    (?P<head>{_HEADS})(?:[ \t]+(?:{_SUFFIXES}))?)
    (?![ \t]+[A-Z\d])(?![\w'’-])""",
    re.VERBOSE,
)
# Between a name and its date: "Show, Oct. 11–21", "Awards on Sunday", "Finals (May 3".
# Or a relative or participle that says when it is held: ", which takes place 18-24 November",
# ", held on May 3", ", scheduled for June".
_HELD = (
    r"(?:, *(?:(?:which|that) +(?:(?:takes|took|will +take) +place|(?:is|was|will +be) +held"
    r"|runs|ran|will +run)|held|scheduled +for|set +for|running))"
)
_TO_DATE = re.compile(rf"[ \t]*(?:,|\(|{_HELD})?[ \t]*(?:on|from|in|this|next)?[ \t]*$")
# Between a name (or its date) and its town: ", in Harrisburg", " at Riveredge in Chesapeake City".
_TO_PLACE = re.compile(r"^[ \t]*,?[ \t]*(?:in|at)[ \t]+")
_IN = re.compile(r"\bin[ \t]+$")
_LEAD = re.compile(r"^(?:The|the)\s+|^(?:19|20)\d\d\s+")
_OPENING = re.compile(r"^(?:The|the|(?:19|20)\d\d)\s")
_BEFORE_EVENT = re.compile(
    r"(?:\b(?:the|this\s+year's|last\s+year's|next\s+year's)(?:\s+\d+(?:st|nd|rd|th))?"
    r"|\b(?:during|at|throughout))\s+$",
    re.IGNORECASE,
)
_REACH = 100  # characters after the name where its date and town may stand
_SENTENCE_END = re.compile(r"[;\n]|\.\s+[A-Z]")
_ACTING = frozenset({"nsubj", "nsubjpass", "poss"})
_MEDIUM = frozenset({"on"})


def named_events(
    doc: Doc,
    *,
    times: Iterable,
    places: list[PlaceMention],
    published: dt.date | None,
    told: Iterable[EventCandidate] = (),
) -> list[EventCandidate]:
    """One event per named happening the text dates, at its first such mention.

    `told` are the events the clauses already report: one whose clause holds the name and
    whose title names the happening ("Leaders attend G20 Summit") tells it already.
    """
    told = list(told)
    text = doc_text(doc)
    times = sorted(times, key=lambda t: t.start)  # in text order, once
    seen: set[str] = set()
    events = []
    for match in _NAME.finditer(text):
        start, name = match.start("name"), match.group("name")
        end = match.end("name")
        if not _definite(text, start, name) or not _stands_for_event(doc, start, end):
            continue
        stop = _clause_end(text, end)
        date, after = _date_after(times, text, end, stop)
        place, place_end = _place_after(places, text, after, stop)
        if date is None and place is not None:  # "the G7 Summit in Biarritz on Aug. 24"
            date, after = _date_after(times, text, place_end, stop)
        if date is None:
            continue  # a place alone is as often an affiliation: "a fellow at the … Forum in X"
        key = _LEAD.sub("", _LEAD.sub("", name)).casefold()
        if key in seen or _already_told(told, start, match.group("head")):
            continue
        seen.add(key)
        events.append(_event(text, name, start, max(after, place_end), date, place, published))
    return events


def _already_told(told: list[EventCandidate], start: int, head: str) -> bool:
    head = head.casefold()
    return any(
        e.start <= start < e.end and head in f"{e.title} {e.trigger}".casefold() for e in told
    )


def _definite(text: str, start: int, name: str) -> bool:
    """Whether the name is written as one happening: "the … Horse Show", "the 7th … Festival",
    "during … Design Week", "2019 … Awards". A bare name is more often a company or a magazine
    ("sued Epic Games", "told Vanity Fair")."""
    if _OPENING.match(name):
        return True
    return bool(_BEFORE_EVENT.search(text[max(0, start - 30) : start]))


def _stands_for_event(doc: Doc, start: int, end: int) -> bool:
    """Whether the name is held rather than acting: not the subject or owner in its clause, not
    something one appears "on" nor someone told something ("told the Today Show on Monday"),
    and more than a head word alone."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) < 2:
        return False
    root = span.root
    if root.dep_ in _ACTING:
        return False
    if root.dep_ == "pobj" and root.head.lower_ in _MEDIUM:
        return False
    if root.dep_ in ("dobj", "dative") and root.head.lemma_.lower() in ATTRIBUTION_VERBS:
        return False
    return not (root.dep_ == "compound" and root.head.dep_ in _ACTING)


def _clause_end(text: str, end: int) -> int:
    found = _SENTENCE_END.search(text, end, end + _REACH)
    return found.start() if found else min(len(text), end + _REACH)


def _date_after(times: list, text: str, end: int, stop: int) -> tuple[EventDate | None, int]:
    """The date written right after the name, and where it ends (else the name's end);
    `times` in text order."""
    for time in times:
        if time.start < end or time.start >= stop:
            continue
        if not _TO_DATE.match(text[end : time.start]):
            return None, end
        date = event_date(time)
        if date is None or date.precision not in ("day", "week", "month"):
            return None, end
        return date, time.end
    return None, end


def _place_after(
    places: list[PlaceMention], text: str, after: int, stop: int
) -> tuple[PlaceMention | None, int]:
    """The town the text holds the happening in: "in <City>", or "at <venue> in <City>"."""
    lead = _TO_PLACE.match(text[after:stop])
    if lead is None:
        return None, after
    ahead = [p for p in places if after + lead.end() <= p.start < stop]
    stated = [p for p in ahead if _IN.search(text[after : p.start])]
    chosen = (stated or ahead)[:1]
    if not chosen:
        return None, after
    return chosen[0], chosen[0].end


def _event(
    text: str,
    name: str,
    start: int,
    end: int,
    date: EventDate | None,
    place: PlaceMention | None,
    published: dt.date | None,
) -> EventCandidate:
    title = re.sub(r"^(?:The|the)\s+", "", name)
    if place is not None:
        title += f" in {place.name or place.text}"
    ahead = date is not None and published is not None and date.start > published
    return EventCandidate(
        title=title,
        summary=text[start:end],
        quote=text[start:end],
        start=start,
        end=end,
        trigger=name.rsplit(None, 1)[-1].lower(),
        certainty="planned" if ahead or date is None else "occurred",
        date_start=date.start if date else None,
        date_end=date.end if date else None,
        date_precision=date.precision if date else "unknown",
        date_text=date.text if date else "",
        place=place,
        provenance={"place": {"source": "named event", "confidence": 0.8}} if place else {},
        extra={"class": "named event"},
    )
