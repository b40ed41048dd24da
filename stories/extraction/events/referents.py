"""A past deed told about a happening the story dated before: that happening's time.

News names a happening once with its time ("was charged in May over a June 3 raid") and then
tells what was done about it by a definite noun alone ("The owner reported the raid to
police"; "he had died within days of his arrest on May 2, 2001"). The narrative rules
(events.dates) date such a clause by the last point the story stands on, which is the later
day of the charge or of the statement: but what a deed does to "the raid" happened around the
raid, not at whatever the story told last. A past clause whose date is only inferred from the
narrative at large (its paragraph, its story, the publication day) takes instead the time the
story gave the happening its definite noun names: the latest earlier mention of that noun
with a time written on it ("a June 3 raid", "his arrest on May 2, 2001", "Friday's raid").
"The last debate" or "a second raid" is another one of its kind and takes nothing.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from spacy.tokens import Doc, Token

from stories.extraction.events.dates import EventDate, with_inferred_date
from stories.extraction.events.happening_times import HAPPENING_TIMED, counted_on, happening_span
from stories.extraction.events.lexicon import DEFINITE_DETERMINERS, NOUN_CLASSES
from stories.extraction.mentions import EventCandidate
from stories.extraction.times.vocab import word_set

# Only a date inferred from the narrative at large gives way: one stated in the clause or its
# sentence stands.
_WEAK_SOURCES = frozenset({"paragraph", "story", "publication", "next", "lead"})
# "the last debate", "the next round", "a second raid": another one of its kind, not the one told.
_ANOTHER = word_set(
    "last previous next first final earlier later prior latest recent past other another same "
    "upcoming coming new"
)
# How a date is written on a noun: before it ("a June 3 raid", "Friday's raid").
_MODIFIER_DEPS = frozenset({"compound", "nmod", "amod", "npadvmod", "poss", "nummod"})
# Or after it, in a phrase on it ("his arrest on May 2, 2001", "the raid in March").
_TIME_PREPOSITIONS = frozenset({"on", "in"})


def dated_by_referent(
    events: list[EventCandidate],
    doc: Doc,
    time_at: dict[int, EventDate],
    published: dt.date | None,
    tense_of: Callable[[EventCandidate], str],
) -> list[EventCandidate]:
    """Each past event dated only by the narrative at large that names, by a definite noun, a
    happening (an event noun) the story dated earlier takes that happening's time."""
    return [_redated(event, doc, time_at, published, tense_of) for event in events]


def _redated(
    event: EventCandidate,
    doc: Doc,
    time_at: dict[int, EventDate],
    published: dt.date | None,
    tense_of: Callable[[EventCandidate], str],
) -> EventCandidate:
    weak = event.extra.get("date_from") in _WEAK_SOURCES or event.extra.get(HAPPENING_TIMED)
    if not weak or event.certainty != "occurred":
        return event
    if tense_of(event) != "past":
        return event
    found = _referent_date(event, doc, time_at, published)
    if found is not None and event.extra.get(HAPPENING_TIMED):
        # "sixteen days after the capture": the capture's day counted on, not that day.
        span = happening_span(event, doc)
        found = None if span is None else counted_on(found, span, published)
    if found is None or found.start == event.date_start:
        return event
    return with_inferred_date(event, found, "referent")


def _referent_date(
    event: EventCandidate, doc: Doc, time_at: dict[int, EventDate], published: dt.date | None
) -> EventDate | None:
    span = doc.char_span(event.start, event.end, alignment_mode="expand")
    if span is None:
        return None
    for token in span:
        if not _definite_event_noun(token) or token.i in time_at:
            continue
        earlier = [
            date
            for other in doc[: span.sent.start]
            if other.pos_ == "NOUN" and other.lemma_.lower() == token.lemma_.lower()
            if (date := _written_on(other, time_at)) is not None
            and (published is None or date.start <= published)
        ]
        if earlier:
            return earlier[-1]
    return None


def _definite_event_noun(token: Token) -> bool:
    return (
        token.pos_ == "NOUN"
        and _names_a_happening(token.lemma_.lower())
        and any(
            c.dep_ in ("det", "poss") and c.lower_ in DEFINITE_DETERMINERS for c in token.children
        )
        and not any(c.lower_ in _ANOTHER or c.ent_type_ == "ORDINAL" for c in token.children)
        and not _set_apart(token)
    )


# "before the raid", "ahead of the vote", "since the arrest": the deed is told as at another
# time than the happening, so the happening's day is not its own.
_APART = word_set("before since until till ahead prior pending")


def _set_apart(noun: Token) -> bool:
    head = noun.head
    if head.lower_ in ("of", "to") and head.head is not head:
        head = head.head  # "ahead of the vote", "prior to the arrest"
    return head.lower_ in _APART


# Nouns made from verbs name happenings too ("capture", "detention", "settlement").
_DEVERBAL_ENDINGS = ("tion", "sion", "ture", "ment")


def _names_a_happening(lemma: str) -> bool:
    return lemma in NOUN_CLASSES or lemma.endswith(_DEVERBAL_ENDINGS)


def _written_on(noun: Token, time_at: dict[int, EventDate]) -> EventDate | None:
    """The time written on a noun: a modifier before it, or a phrase right after it."""
    for child in noun.children:
        if child.dep_ in _MODIFIER_DEPS and child.i < noun.i:
            date = next((time_at[t.i] for t in child.subtree if t.i in time_at), None)
            if date is not None:
                return date
    # The parser often hangs "on May 2" on the verb: the words right after the noun tell.
    after = noun.doc[noun.i + 1 : noun.i + 3]
    if len(after) == 2 and after[0].lower_ in _TIME_PREPOSITIONS:
        return time_at.get(after[1].i)
    return None
