"""A deed told as done within a counted span up to now dates from that span's start.

"In the past three months, stocks have plunged", published on Jan. 8, 1998: the plunge is told
of October to January, and news gold dates it by the span's first month (1997-10), as it dates
"the slayings of 14 women over the last five years" (published 1998) by 1993 and "has been
president for the past four years" (2009) by 2005. The time tagger rightly reads such a phrase
as a duration (P3M, as TimeML writes it), so no rule gave the deed a date of its own and the
narrative lent it the reporter's day or the story's last day, which says nothing of it.

So an occurred or ongoing event dated only by its sentence, paragraph, story or the reporter's
day takes the start of a span "the past/last N months" or "years" (N a counted number, two or
more; one month or year is already a date, "over the past year") hung on its own word (or fronted on
the first of verbs joined by "and") by "in",
"over", "during", "for" or "within": the month or year N before publication, at that grain
(weeks at the month's grain: a week's start is no firmer than its month), ending on the day of
publication. Reached from the event's word through prepositions only (not a relative or
reported clause, "said the firm, which grew over the past five years"); never a span ahead
("the next three months") nor a vague one ("the past few years": no start to name), nor the
last stretch of a named whole ("for the last two years of the war", "of his life": those end
when the whole ended, not on publication).
"""

from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Token

from stories.extraction.events.dates import NARRATIVE_SOURCES, with_inferred_date
from stories.extraction.events.event_dates import EventDate
from stories.extraction.events.folding import anchor_of
from stories.extraction.mentions import EventCandidate
from stories.extraction.times.calendar import add_months
from stories.extraction.times.vocab import count_of

if TYPE_CHECKING:  # times.find imports the events package: a runtime import here is a cycle
    from stories.extraction.times.find import TimeMention

_PAST_SPAN = re.compile(
    r"(?:the\s+)?(?:past|last|previous)\s+(?P<count>\d{1,3}|[a-z]+)\s+(?P<unit>week|month|year)s$",
    re.I,
)
_SPAN_PREPOSITIONS = frozenset({"in", "over", "during", "for", "within"})
_SOURCES = NARRATIVE_SOURCES | {"sentence"}
_DATEABLE = frozenset({"occurred", "ongoing"})
# Links between clauses told side by side, "stocks have plunged and rates have soared".
_JOINED = frozenset({"conj", "ccomp", "advcl"})
_VERBS = frozenset({"VERB", "AUX"})


def past_span_start(text: str, published: dt.date) -> EventDate | None:
    """The start of a counted span up to publication ("the past three months": the month three
    before publication's, at the month's grain), or None when the text names no such span."""
    match = _PAST_SPAN.fullmatch(text.strip())
    if match is None:
        return None
    count = count_of(match["count"])
    if count is None or count < 2:
        return None
    unit = match["unit"].lower()
    if unit == "year":
        return EventDate(dt.date(published.year - count, 1, 1), published, "year", text)
    if unit == "week":
        first = published - dt.timedelta(weeks=count)
        return EventDate(first.replace(day=1), published, "month", text)
    year, month = add_months(published.year, published.month, -count)
    return EventDate(dt.date(year, month, 1), published, "month", text)


def dated_by_past_span(
    events: list[EventCandidate],
    *,
    times: list[TimeMention],
    doc: Doc,
    published: dt.date | None,
) -> list[EventCandidate]:
    """Each occurred or ongoing event the narrative dated, given the start of a counted span
    up to now hung on its own word ("in the past three months, stocks have plunged")."""
    if published is None:
        return events
    spans = [
        (t, date)
        for t in times
        if t.type == "DURATION" and (date := past_span_start(t.text, published)) is not None
    ]
    if not spans:
        return events
    return [_span_dated(event, spans, doc) for event in events]


def _span_dated(
    event: EventCandidate, spans: list[tuple[TimeMention, EventDate]], doc: Doc
) -> EventCandidate:
    told_from = (event.provenance.get("date") or {}).get("from")
    if event.certainty not in _DATEABLE or (
        event.date_start is not None and told_from not in _SOURCES
    ):
        return event
    anchor = anchor_of(event, doc)
    if anchor is None:
        return event
    for time, date in spans:
        span = doc.char_span(time.start, time.end, alignment_mode="expand")
        if span is not None and _hung_on(span.root, anchor):
            return with_inferred_date(event, date, "past_span")
    return event


def _hung_on(token: Token, anchor: Token) -> bool:
    """Whether the span's noun is the object of a spanning preposition on the event's word,
    or, when the preposition opens the sentence, on a clause joined to the event's ("In the
    past three months, stocks have plunged, rates have soared": the parser may hang either
    verb on the other)."""
    preposition = token.head
    if token.dep_ != "pobj" or preposition.lower_ not in _SPAN_PREPOSITIONS:
        return False
    if any(c.dep_ == "prep" and c.lower_ == "of" for c in token.children):
        return False  # "the last two years of the war": a stretch of that whole, not up to now
    verb = preposition.head
    if verb.i == anchor.i:
        return True
    if not _opens_sentence(preposition) or anchor.pos_ not in _VERBS:
        return False
    return (anchor.head.i == verb.i and anchor.dep_ in _JOINED) or (
        verb.head.i == anchor.i and verb.dep_ in _JOINED
    )


def _opens_sentence(preposition: Token) -> bool:
    """Whether only a conjunction or an adverb ("But", "Still") stands before the preposition
    in its sentence."""
    before = preposition.doc[preposition.sent.start : preposition.i]
    return all(t.dep_ in ("cc", "advmod") or t.is_punct for t in before)
