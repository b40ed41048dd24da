"""A deed told before the saying that reports it takes the day its story tells, not the saying's.

"Officers seized 40 bags of heroin in raids, police said Thursday, and arrested 13 people. The
raids started about 6 a.m. Wednesday …"; "Four people died in a stampede when word spread that
the club was offering free entry Saturday night, police said Sunday." In news English the day
written on "said" dates the saying, not the deed: a wire lead that puts its attribution after
the deed ("DEED, SOURCE said DAY") leaves the deed's own day to its own words or to the next
line, which tells it. So a past deed whose day is only the day of a saying after it in its
sentence (or the saying it was joined to by the parser: events.said_conjuncts) takes the first
day told after the deed in its own sentence, outside the saying, or else in the next sentence,
when that day is earlier than the saying's and within six days before it and its clause tells
the deed again: a clause of the deed's own, a verb of its class, or a happening of its clause
("The raids started") as subject or object, not one with a patient of its own that the deed
follows ("arrested a man in the stabbing of his neighbour … The stabbing happened Wednesday"),
nor a person's or thing's other deed ("The man was arrested Tuesday"), nor a day in a
quotation. When the next day told is the saying's own or tells another deed, or none is told,
the saying's day stays: the deed may be of that day.
A saying before its report ("police said Thursday that officers seized …") is left alone: it
is how a statement of the day's own news is usually told.

Evidence (dev, lgldev): a raid's seizures and arrests and a stampede's deaths dated on the day
the police told of them.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Span, Token

from stories.extraction.events.context import token_span
from stories.extraction.events.dates import event_date, with_inferred_date
from stories.extraction.events.event_dates import EventDate
from stories.extraction.events.flashback_times import in_past_perfect
from stories.extraction.events.folding import anchor_of
from stories.extraction.events.lexicon import NOUN_CLASSES, VERB_CLASSES
from stories.extraction.events.quotations import inside_quotation
from stories.extraction.events.said_conjuncts import reported_clauses, reported_doer
from stories.extraction.events.statements import PASSING_ON_VERBS
from stories.extraction.mentions import EventCandidate
from stories.extraction.times.tense import governing_verb

if TYPE_CHECKING:  # times.find loads the events package: a runtime import would be circular
    from stories.extraction.times.find import TimeMention

_SIX_DAYS = dt.timedelta(days=6)
_POSSESSIVE = re.compile(r"['’]s?\b")  # "Friday's blaze": a thing's day, not a deed's

DEED_DAY = "deed_day"


def deeds_before_sayings(
    events: list[EventCandidate],
    *,
    doc: Doc,
    times: list[TimeMention],
    tense_of: Callable[[EventCandidate], str],
) -> list[EventCandidate]:
    """The events, a past deed dated only by the saying told after it moved to the earlier day
    its story tells next (see the module's docstring)."""
    days = [(t.start, t.end, d) for t in times if (d := event_date(t)) and d.precision == "day"]
    if len(days) < 2:
        return events
    return [_moved(event, doc, days, tense_of) for event in events]


def _moved(
    event: EventCandidate,
    doc: Doc,
    days: list[tuple[int, int, EventDate]],
    tense_of: Callable[[EventCandidate], str],
) -> EventCandidate:
    if event.date_start is None or event.date_precision != "day" or event.certainty != "occurred":
        return event
    anchor = anchor_of(event, doc)
    if anchor is None or anchor.lemma_.lower() in PASSING_ON_VERBS or tense_of(event) != "past":
        return event
    said = _saying_day(anchor, event, doc, days)
    if said is None:
        return event
    earlier = _next_day(anchor, event, doc, days)
    if earlier is None or not (said[2].start - _SIX_DAYS <= earlier.start < said[2].start):
        return event
    return with_inferred_date(event, earlier, DEED_DAY)


def _saying_day(
    anchor: Token, event: EventCandidate, doc: Doc, days: list[tuple[int, int, EventDate]]
) -> tuple[int, int, EventDate] | None:
    """The day in the deed's sentence that dates it and hangs on a saying after the deed (or
    on the saying the deed was joined to), or None."""
    sentence = anchor.sent
    for start, end, date in days:
        if not (sentence.start_char <= start < sentence.end_char):
            continue
        if date.start != event.date_start or date.text != event.date_text:
            continue
        saying = _saying_of(doc, start, end)
        if saying is None or saying == anchor:
            continue
        if saying.i > anchor.i and anchor not in saying.ancestors:
            return start, end, date  # "Officers seized …, police said Thursday"
        if anchor.head == saying and reported_doer(anchor) is not None:
            return start, end, date  # "…, police said Thursday, and arrested 13 people"
    return None


def _verb_of(doc: Doc, start: int, end: int) -> Token | None:
    """The verb the time at text[start:end] hangs on, or None."""
    span = token_span(doc, start, end)
    return governing_verb(span.root) if span is not None else None


def _saying_of(doc: Doc, start: int, end: int) -> Token | None:
    verb = _verb_of(doc, start, end)
    return verb if verb is not None and verb.lemma_.lower() in PASSING_ON_VERBS else None


def _next_day(
    anchor: Token,
    event: EventCandidate,
    doc: Doc,
    days: list[tuple[int, int, EventDate]],
) -> EventDate | None:
    """The first day told after the deed in its own sentence (not a saying's), else the first
    in the next sentence, when its clause retells the deed; None when neither tells one."""
    sentence = anchor.sent
    own = [d for d in days if anchor.idx < d[0] < sentence.end_char and _deed_day(d, doc)]
    if own:
        return own[0][2] if _retells(own[0], anchor, event, doc) else None
    following = _next_sentence(sentence, doc)
    if following is None:
        return None
    later = [
        d for d in days if following.start_char <= d[0] < following.end_char and _deed_day(d, doc)
    ]
    return later[0][2] if later and _retells(later[0], anchor, event, doc) else None


def _retells(
    day: tuple[int, int, EventDate], anchor: Token, event: EventCandidate, doc: Doc
) -> bool:
    """Whether the clause of `day` tells the deed again: it is a clause of the deed's own
    ("died … when word spread that it was offering free entry Saturday night"), or its verb is
    of the deed's class, or its subject or object is a happening the deed's clause names for
    the deed itself ("seized heroin in raids" … "The raids started Wednesday") or one of the
    deed's class. A happening with its own patient ("arrested a man in the stabbing of his
    neighbour") is another deed, which the deed follows; a day told in a quotation is the
    speaker's, and a person or thing as the subject ("The man was arrested Tuesday", "the
    council met") tells another deed of theirs."""
    start, end, _ = day
    verb = _verb_of(doc, start, end)
    if verb is None or inside_quotation(doc.text, start):
        return False
    if verb == anchor or anchor in verb.ancestors:
        return True
    deed_class = VERB_CLASSES.get(anchor.lemma_.lower()) or event.extra.get("class")
    if deed_class and VERB_CLASSES.get(verb.lemma_.lower()) == deed_class:
        return True
    own = _deed_happenings(anchor)
    classes = {NOUN_CLASSES[noun] for noun in own} | {deed_class} - {None}
    return any(noun in own or NOUN_CLASSES[noun] in classes for noun in _told_happenings(verb))


_PARTICIPANTS = frozenset({"nsubj", "nsubjpass", "dobj"})


def _told_happenings(verb: Token) -> set[str]:
    """The happening nouns a clause tells of as its subject or object ("The raids started"),
    or through their "of" ("The series of drug raids started")."""
    nouns = set()
    for child in verb.children:
        if child.dep_ not in _PARTICIPANTS:
            continue
        nouns.add(child.lemma_.lower())
        for prep in child.children:
            if prep.dep_ == "prep" and prep.lower_ == "of":
                nouns.update(p.lemma_.lower() for p in prep.children if p.dep_ == "pobj")
    return {noun for noun in nouns if noun in NOUN_CLASSES}


def _deed_happenings(anchor: Token) -> set[str]:
    """The happening nouns of the deed's own clause ("in raids"), or of the deed the saying
    reports when the parser joined the deed to the saying ("Officers seized … in raids, police
    said Thursday, and arrested 13 people"), not a saying's and not one with its own patient
    ("in the stabbing of his neighbour")."""
    roots = [anchor]
    if anchor.head.lemma_.lower() in PASSING_ON_VERBS:
        roots += reported_clauses(anchor.head)
    nouns = set()
    for token in (t for root in roots for t in root.subtree):
        noun = token.lemma_.lower()
        if token.pos_ != "NOUN" or noun not in NOUN_CLASSES or _under_a_saying(token, roots):
            continue
        if any(c.dep_ == "prep" and c.lower_ == "of" for c in token.children):
            continue
        nouns.add(noun)
    return nouns


def _under_a_saying(token: Token, roots: list[Token]) -> bool:
    for ancestor in token.ancestors:
        if ancestor in roots:
            return False
        if ancestor.lemma_.lower() in PASSING_ON_VERBS:
            return True
    return False


def _deed_day(day: tuple[int, int, EventDate], doc: Doc) -> bool:
    """A day that can date a deed: not a thing's ("Friday's blaze"), not a saying's, not one a
    past perfect steps back to."""
    start, end, _ = day
    if _POSSESSIVE.match(doc.text, end):
        return False
    return _saying_of(doc, start, end) is None and not in_past_perfect(doc, start, end)


def _next_sentence(sentence: Span, doc: Doc) -> Span | None:
    return doc[sentence.end].sent if sentence.end < len(doc) else None
