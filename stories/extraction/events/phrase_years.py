"""A past deed the narrative dates only by its paragraph, the story or the reporter's day takes
the year named "in" a phrase under it.

A clause's date that dates a thing it mentions ("the takeover of the firm in 2011") is given
back to that thing, a date inside another clause ("after inquiries began in late 2015") is that
clause's, and a present perfect takes no definite past time. The deed is then left to the
narrative, which lends it the day the story has reached. Yet the phrase still bounds the deed:
"relinquished a share only once before, during a takeover in 1988" was done in 1988, "closed
the shop after litigation ensued in late 2005" in 2005, "have powered ad spending past all
other forms in 2017" in 2017, "played a key role, culminating in the outlawing of slavery in
1848" in 1848. On the dev batches these were four wrong dates across three batches (AEB,
TimeBank-dev, LGL-dev), each with one year in the sentence; this rule mends three (the fourth's
lent date carries no mark of the narrative rule that gave it).

So an occurred deed dated only by the narrative takes a year (and only a year: coarser than
the lent day, never finer) when that year is the only time of its sentence, stands in the
deed's own phrase (its parse subtree) as the object of "in" ("in 1988", "in late 2005"), is
reached from the deed through prepositions and adverbial clauses only (not a relative clause,
"the depot, which the firm bought in 2009", nor a participle after a noun, "the depot built
in 2009", though a verb the parser hung on the object of "after" or "before" is that word's
clause), nor a reported or complement clause), and is
earlier than the lent date's year. Not "since 2009" (a state's start), nor "by 2021" (an aim),
nor "their 1976 album" (a year before a noun names the thing).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Doc, Span, Token

from stories.extraction.conjunctions import SEQUENCE_CONJUNCTIONS
from stories.extraction.events.dates import NARRATIVE_SOURCES, event_date, with_inferred_date
from stories.extraction.events.event_dates import EventDate
from stories.extraction.events.folding import anchor_of
from stories.extraction.events.nominals import CAUSE_PREPOSITIONS
from stories.extraction.mentions import EventCandidate
from stories.extraction.times.candidates import EDGE_MODS

if TYPE_CHECKING:  # times.find imports the events package: a runtime import here is a cycle
    from stories.extraction.times.find import TimeMention

# Links that open a clause of its own, whose time is that clause's, not the deed's.
_OWN_CLAUSES = frozenset({"relcl", "acl", "ccomp", "xcomp", "csubj", "parataxis", "conj", "appos"})
# Words between "in" and its year: "in late 2005", "in mid-2005".
_EDGE_WORDS = frozenset(EDGE_MODS) | {"-"}


def dated_by_phrase_year(
    events: list[EventCandidate], *, times: list[TimeMention], doc: Doc
) -> list[EventCandidate]:
    """Each occurred deed dated only by the narrative, given the year named "in" a phrase
    under it when that year is its sentence's only time and earlier than the lent date."""
    years = [(t, date) for t in times if (date := event_date(t)) is not None]
    return [_phrase_dated(event, years, doc) for event in events]


def _phrase_dated(
    event: EventCandidate, years: list[tuple[TimeMention, EventDate]], doc: Doc
) -> EventCandidate:
    if (
        event.certainty != "occurred"
        or event.extra.get("date_from") not in NARRATIVE_SOURCES
        or event.date_start is None
    ):
        return event
    anchor = anchor_of(event, doc)
    if anchor is None:
        return event
    sentence = anchor.sent
    told = [(t, d) for t, d in years if sentence.start_char <= t.start < sentence.end_char]
    if len(told) != 1:
        return event
    time, date = told[0]
    if date.precision != "year" or date.start.year >= event.date_start.year:
        return event
    span = doc.char_span(time.start, time.end, alignment_mode="expand")
    if span is None or not _under_deed(span.root, anchor) or not _object_of_in(span):
        return event
    if _after_a_cause(anchor, span):
        return event
    return with_inferred_date(event, date, "phrase_year")


def _under_deed(token: Token, anchor: Token) -> bool:
    """Whether the deed reaches the year through prepositions and adverbial clauses only."""
    while token.i != anchor.i:
        if token.head.i == token.i or (token.dep_ in _OWN_CLAUSES and not _time_clause(token)):
            return False
        token = token.head
    return True


def _time_clause(token: Token) -> bool:
    """Whether a verb the parser hung on a noun is the clause a time word opens ("after
    litigation ensued": "ensued" read as a modifier of "litigation", object of "after"); a
    participle there ("after talks held in 2009") tells the same bound."""
    noun = token.head
    return (
        token.dep_ == "acl"
        and token.pos_ == "VERB"
        and noun.dep_ == "pobj"
        and noun.head.lower_ in SEQUENCE_CONJUNCTIONS
    )


def _after_a_cause(anchor: Token, span: Span) -> bool:
    """Whether a preposition of cause stands between the deed and the year: "arrested a man
    over a shooting in 2019", "paid a fine for a spill in 2017" date the cause, whatever the
    parser hangs "in 2019" on."""
    lo, hi = sorted((anchor.i, span.start))
    return any(t.lower_ in CAUSE_PREPOSITIONS for t in anchor.doc[lo:hi])


def _object_of_in(span: Span) -> bool:
    """Whether the year is told as "in 1988" or "in late 2005" (its preposition is "in")."""
    at = span.start - 1
    while at >= 0 and span.doc[at].lower_ in _EDGE_WORDS:
        at -= 1
    return at >= 0 and span.doc[at].lower_ == "in"
