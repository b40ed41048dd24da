"""One happening per actor per sentence: a verb that only continues its governor's act folds.

An editor keeps one event for "the company apologised for the flaw and launched a repair
programme in June", or for "she agreed to play the lead": the coordinated or infinitive verb
shares its governor's actor and tells one happening from two sides. The clause reader makes
an event of each verb, so the timeline would show the same actor twice in one line. Here the
two fold into one, read from the grammar alone:

- the second verb is a conjunct or an infinitive complement of the first (spaCy `conj`,
  `xcomp`) with no subject of its own (one actor), and no "later"/"then" (a next step);
- when both verbs are ones the event lexicon knows ("flew to Paris and met the minister"), or
  each carries its own date, or each its own place ("was arrested on Monday and charged on
  Tuesday"), they are two happenings and both stay; a verb outside the lexicon next to another
  verb of one actor is how the story tells that happening ("apologised and launched");
- two deeds on one thing, the second naming it only as "it" ("located the cable and spliced
  it on Monday", "drafted the ordinance and signed it"): the one the lexicon knows stands for
  both, whichever carries the date (events.stand_in_titles), unless each carries its own date
  or place ("bought a plant in 1962 and closed it in 1991" is two happenings);
- otherwise the one that carries a date or place of its own (stated in its clause) stands for
  both; when neither does, the governor stays and the continuation folds into it.

Nouns and date-list lines are left alone: a noun names its own happening ("the trip"), and a
schedule line is one by construction.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Token

from stories.extraction.events.lexicon import NARRATIVE_LATER
from stories.extraction.events.stand_in_titles import acts_on_its_governors_object
from stories.extraction.mentions import EventCandidate

_CONTINUING = frozenset({"conj", "xcomp"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj"})
_VERB_KINDS = frozenset({"general", "verb", "speech", "light", "motion", "sighting"})
# Places the clause itself states (events.places); the sentence's, dateline's or story's come
# later (events.placing) and say nothing about this clause.
_STATED_PLACES = frozenset({"clause", "venue", "relative", "owner"})


def fold_shared_actor(events: list[EventCandidate], doc: Doc) -> list[EventCandidate]:
    """The events left once each verb that only continues its governor's act has folded."""
    anchored = [(event, anchor_of(event, doc)) for event in events]
    by_token = {
        anchor.i: event
        for event, anchor in anchored
        if anchor is not None and event.extra.get("kind") in _VERB_KINDS
    }
    folded: set[int] = set()
    for event, anchor in anchored:
        if anchor is None or anchor.i not in by_token or by_token[anchor.i] is not event:
            continue
        governor = by_token.get(anchor.head.i) if anchor.head != anchor else None
        if governor is None or id(governor) in folded or not _continues(anchor):
            continue
        if anchor.dep_ == "conj" and governor.certainty != event.certainty:
            continue  # "defeated the senator and will become…": a deed and a prospect
        dropped = _folded_one(governor, event, on_one_thing=acts_on_its_governors_object(anchor))
        if dropped is not None:
            folded.add(id(dropped))
    return [event for event in events if id(event) not in folded]


def _continues(verb: Token) -> bool:
    """A conjunct or infinitive complement with its governor's actor and no step onward."""
    return (
        verb.dep_ in _CONTINUING
        and not any(c.dep_ in _SUBJECTS for c in verb.children)
        and not any(c.lower_ in NARRATIVE_LATER for c in verb.children)
    )


def _folded_one(
    governor: EventCandidate, continuation: EventCandidate, *, on_one_thing: bool = False
) -> EventCandidate | None:
    """Which of the two folds into the other, or None when each is a happening of its own.
    `on_one_thing`: the continuation acts on what the governor did ("… and spliced it")."""
    kinds = (governor.extra.get("kind"), continuation.extra.get("kind"))
    if "general" not in kinds:
        return None  # "flew to Paris and met the minister": two happenings the lexicon knows
    dated = (own_date(governor), own_date(continuation))
    placed = (stated_place(governor), stated_place(continuation))
    if all(dated) or all(placed):
        return None  # "bought the plant in 1962 and closed it in 1991": two happenings
    if on_one_thing and kinds.count("general") == 1:
        # "located the cable and spliced it": the deed the lexicon knows names the happening
        return continuation if kinds[1] == "general" else governor
    if dated[1] or placed[1]:
        return governor if not (dated[0] or placed[0]) else None
    return continuation


def own_date(event: EventCandidate) -> bool:
    """The event's date is one its own clause states (not the sentence's or the story's)."""
    return (event.provenance.get("date") or {}).get("source") == "clause"


def stated_place(event: EventCandidate) -> bool:
    """The event's place is one its own clause states."""
    return (event.provenance.get("place") or {}).get("source") in _STATED_PLACES


# Where a document keeps its events' anchors once found (doc.user_data), with its length.
_ANCHORS_KEY = "event_anchors"


def anchor_of(event: EventCandidate, doc: Doc) -> Token | None:
    """The word the event was read from, found again in its clause. Kept per document (by the
    event's span and word): the folds and filters ask of each event again and again, and the
    parse does not change once made (a retokenised document, of another length, finds anew)."""
    head = event.trigger.split(" ", 1)[0]
    kept = doc.user_data.get(_ANCHORS_KEY)
    if kept is None or kept[0] != len(doc):
        kept = (len(doc), {})
        doc.user_data[_ANCHORS_KEY] = kept
    key = (event.start, event.end, head)
    if key not in kept[1]:
        anchor = _find_anchor(doc, event.start, event.end, head)
        kept[1][key] = None if anchor is None else anchor.i
    at = kept[1][key]
    return None if at is None else doc[at]


def _find_anchor(doc: Doc, start: int, end: int, head: str) -> Token | None:
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return None
    return next((t for t in span if t.lemma_.lower() == head or t.lower_ == head), span.root)


def anchored(
    events: list[EventCandidate], doc: Doc
) -> tuple[dict[int, Token | None], dict[int, EventCandidate]]:
    """Each event's anchor word (by the event's id) and the event read at each anchor's token:
    what the folds of one sentence's tellings (events.one_deed, second_views, within) read."""
    anchors = {id(event): anchor_of(event, doc) for event in events}
    by_token = {anchor.i: event for event in events if (anchor := anchors[id(event)]) is not None}
    return anchors, by_token


def told_within(clause: Token | None, frame: EventCandidate, events: list[EventCandidate]) -> bool:
    """Whether another event lies inside a clause the frame event governs ("said that …",
    "assured them that …"): then the happening is told there, and the frame would tell it
    twice."""
    tokens = list(clause.subtree) if clause is not None else []
    if not tokens:
        return False
    begin, end = tokens[0].idx, tokens[-1].idx + len(tokens[-1])
    return any(other is not frame and other.start < end and begin < other.end for other in events)


def with_date_of(
    event: EventCandidate, telling: EventCandidate, provenance: dict
) -> EventCandidate:
    """The event with the date another telling of it states, and where that date came from:
    one happening told twice keeps the fuller telling's date (events.deduplication,
    events.within)."""
    return replace(
        event,
        date_start=telling.date_start,
        date_end=telling.date_end,
        date_precision=telling.date_precision,
        date_text=telling.date_text,
        provenance={**event.provenance, "date": provenance},
    )
