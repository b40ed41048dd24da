"""One happening told by a deed and a noun or verb inside it: the inner telling folds.

The clause reader makes an event of each event noun and each verb, so one happening can reach
the timeline twice from one clause, though an editor keeps one line:

- a noun the deed acted on or took place in, with no time and no doer of its own ("prosecutors
  dropped an investigation into the claims", "killed at a peace rally", "expelled from the
  talks"): the deed tells what became of it, and the noun names no second happening (a cause,
  "arrested for the call", is one, and so is a gathering where someone did what the lexicon
  does not call a happening, "spoke at a rally");
- a verb that only says a happening named by its subject took place ("the ceremony is due to
  be held next week", "a stabbing that killed a rider may have occurred"): the noun, or the
  deed told of it in its own relative clause, is the happening, and takes the verb's date when
  it has none of its own (the fuller telling stays);
- a noun whose own participle tells the deed done to it ("the March 3 accord signed by the two
  ministers"): the participle is the happening, the accord the thing it made.

Read from the grammar alone; a noun with its own date or its own doer ("the court's ruling")
stands alone, as does anything outside the deed's clause.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from stories.extraction.events.folding import anchored, own_date, with_date_of
from stories.extraction.events.lexicon import HAPPENING_VERBS
from stories.extraction.events.reacted_happenings import reacted_to
from stories.extraction.mentions import EventCandidate

# How a noun hangs inside a deed's clause: its object, a phrase on it, or on a verb it governs.
_CLIMB = frozenset({"dobj", "pobj", "prep", "xcomp"})
_CLIMB_STEPS = 4
# Where the deed happened or what it took someone out of; "arrested for the call", "fined after
# the crash" name a cause, a happening of its own.
_SETTING_PREPOSITIONS = frozenset({"at", "in", "into", "from", "during"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
_SETTLED = frozenset({"occurred", "ongoing"})


def fold_told_within(events: list[EventCandidate], doc: Doc) -> list[EventCandidate]:
    """The events left once each telling inside another's clause has folded into it."""
    anchors, by_token = anchored(events, doc)
    dropped: set[int] = set()
    dated: dict[int, EventCandidate] = {}
    for event in events:
        anchor = anchors[id(event)]
        if anchor is None:
            continue
        if event.extra.get("kind") == "noun":
            keeper = _deed_around(event, anchor, by_token) or _deed_on(event, anchor, by_token)
            if keeper is not None:
                dropped.add(id(event))
            continue
        happening = _happening_it_says_took_place(event, anchor, by_token)
        if happening is not None and id(happening) not in dropped:
            dropped.add(id(event))
            if own_date(event) and not own_date(happening):
                dated[id(happening)] = _dated_by(happening, event)
    return [dated.get(id(e), e) for e in events if id(e) not in dropped]


def _deed_around(
    noun: EventCandidate, anchor: Token, by_token: dict[int, EventCandidate]
) -> EventCandidate | None:
    """The deed whose clause holds the noun as what it acted on or where it took place."""
    if own_date(noun) or anchor.dep_ not in ("dobj", "pobj") or _has_doer(anchor):
        return None
    if reacted_to(anchor):
        return None  # "denounced a court ruling": the ruling came first, a happening of its own
    current, setting = anchor, False
    for _ in range(_CLIMB_STEPS):
        head = current.head
        if head is current or current.dep_ not in _CLIMB:
            return None
        if current.dep_ == "prep":
            if current.lower_ not in _SETTING_PREPOSITIONS:
                return None
            setting = True
        deed = by_token.get(head.i)
        if deed is not None and deed is not noun:
            if setting and deed.extra.get("kind") == "general":
                return None  # "spoke at a rally": the gathering is the happening, not the talk
            if _says_took_place(head):
                return None  # "the vote was held during the summit": that verb folds itself
            inside = deed.start <= noun.start and noun.end <= deed.end
            return deed if inside else None
        current = head
    return None


def _has_doer(noun: Token) -> bool:
    """ "the court's ruling", "an inquiry by the regulator": a doer of its own."""
    return any(c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ == "by") for c in noun.children)


def _deed_on(
    noun: EventCandidate, anchor: Token, by_token: dict[int, EventCandidate]
) -> EventCandidate | None:
    """The participle set on the noun that tells the deed done to it ("the accord signed by")."""
    for child in anchor.children:
        deed = by_token.get(child.i)
        if (
            deed is not None
            and child.dep_ == "acl"
            and child.tag_ == "VBN"
            and deed.certainty in _SETTLED
            and (not own_date(noun) or deed.date_start == noun.date_start)
        ):
            return deed
    return None


def _happening_it_says_took_place(
    verb_event: EventCandidate, verb: Token, by_token: dict[int, EventCandidate]
) -> EventCandidate | None:
    """For "the X took place / was held / occurred", the event the subject X tells."""
    if not _says_took_place(verb):
        return None
    subject = _subject_of(verb)
    if subject is None:
        return None
    named = by_token.get(subject.i)
    if named is not None and named.extra.get("kind") == "noun":
        return named
    for child in subject.children:
        told = by_token.get(child.i)
        if told is not None and child.dep_ == "relcl" and told is not verb_event:
            return told
    return None


def _says_took_place(verb: Token) -> bool:
    lemma = verb.lemma_.lower()
    if lemma in HAPPENING_VERBS:
        return True
    if lemma == "take":
        return any(c.dep_ == "dobj" and c.lower_ == "place" for c in verb.children)
    return lemma == "hold" and any(c.dep_ == "auxpass" for c in verb.children)


def _subject_of(verb: Token) -> Token | None:
    """The verb's subject, or its governor's ("is due to be held": the subject of "is")."""
    current = verb
    for _ in range(3):
        subject = next((c for c in current.children if c.dep_ in _SUBJECTS), None)
        if subject is not None:
            return subject
        if current.dep_ not in ("xcomp", "acomp") or current.head is current:
            return None
        current = current.head
    return None


def _dated_by(kept: EventCandidate, telling: EventCandidate) -> EventCandidate:
    """The kept event with the date the folded telling stated in its own clause."""
    had = telling.provenance.get("date") or {}
    return with_date_of(kept, telling, {**had, "source": "clause", "told_by": telling.quote[:80]})
