"""A happening named again by its day: "Monday's ruling", "after Saturday's event".

Once a story has told what happened on a day ("A judge ruled Monday that …", "a panel
discussion on Saturday"), it goes on to name that happening by the day it took place:
"Monday's ruling does not affect the other companies", "he said following Saturday's event",
"Nestle's share before Friday's purchases". The noun is a handle on the happening already
told, used as a topic or a point in time; read as an event of its own it tells the day's
happening a second time, often by a word that is not the first telling's ("event",
"announcement"), so no merging by word finds it. Such a noun, its day a possessive before it,
is dropped when an event told earlier in the story stands on that day by a time its own
clause states (a day only lent by the narrative around it is no sign the story told that
day's happening) and tells the same happening: the same word, a word of the same class
("ruled" … "Monday's ruling"), or the verb the noun is made from (deed_nouns), unless the
noun names no kind of happening of its own ("Saturday's event"), and so any. Another
kind of happening on that day ("arrested two men Monday" … "after Monday's storm") is
another happening, told once. A noun the story names that way first ("Thursday night's
fight") is the telling and stays, and so does one an act with a time of its own is about
("decided on Monday to weigh in on Thursday's fight"): that act is told through it.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from stories.extraction.events.deed_nouns import derives_from
from stories.extraction.events.folding import anchor_of
from stories.extraction.events.identity import event_class
from stories.extraction.events.time_phrases import dates_the_verb
from stories.extraction.mentions import EventCandidate

_DAY_ENTITIES = frozenset({"DATE", "TIME"})
_GOVERNING = frozenset({"prep", "agent", "pcomp"})
# Nouns that name a happening without saying what kind: "after Saturday's event".
_ANY_HAPPENING = frozenset({"event", "incident", "occasion", "episode", "affair", "happening"})


def drop_days_named_again(events: list[EventCandidate], doc: Doc) -> list[EventCandidate]:
    """The events without the nouns that name again, by its day, a happening told before."""
    kept = []
    for event in events:
        if not _named_again(event, events, doc):
            kept.append(event)
    return kept


def _named_again(event: EventCandidate, events: list[EventCandidate], doc: Doc) -> bool:
    if event.extra.get("kind") != "noun" or event.date_start is None:
        return False
    if event.date_precision != "day" or not _own_date(event):
        return False  # the day must be the one its possessive states
    noun = anchor_of(event, doc)
    if noun is None or noun.pos_ not in ("NOUN", "PROPN") or not _day_owned(noun):
        return False
    if _told_by_a_dated_act(noun):
        return False
    return any(
        other is not event
        and other.start < event.start
        and other.date_start == event.date_start
        and other.date_precision == "day"
        and _own_date(other)
        and _same_happening(event, other)
        for other in events
    )


def _same_happening(noun: EventCandidate, other: EventCandidate) -> bool:
    """Whether the earlier telling may be the happening the noun names again: the same
    trigger, the same class of happening, or the verb the noun derives from; any telling, for
    a noun that names no kind of happening ("event")."""
    if noun.trigger in _ANY_HAPPENING or noun.trigger == other.trigger:
        return True
    if event_class(noun.trigger) == event_class(other.trigger):
        return True
    return " " not in other.trigger and derives_from(noun.trigger, other.trigger)


def _own_date(event: EventCandidate) -> bool:
    """Whether the event's day is one its own clause states ("ruled Monday"), not one the
    narrative around it lent it."""
    return (event.provenance.get("date") or {}).get("source") == "clause"


def _day_owned(noun: Token) -> bool:
    """Whether a day, told as a possessive, determines the noun: "Monday's", "last
    Friday's", "Thursday night's"."""
    for child in noun.children:
        if child.dep_ != "poss" or child.ent_type_ not in _DAY_ENTITIES:
            continue
        if any(c.dep_ == "case" for c in child.children):
            return True
    return False


def _told_by_a_dated_act(noun: Token) -> bool:
    """Whether the noun is what a verb with a time of its own acts on or is about ("weighed
    in on Monday on Thursday's fight")."""
    head = noun.head
    if noun.dep_ == "pobj" and head.dep_ in _GOVERNING:
        head = head.head
    elif noun.dep_ != "dobj":
        return False
    return head.pos_ in ("VERB", "AUX") and any(dates_the_verb(c) for c in head.children)
