"""An event's quote reaches over the parts of its sentence that tell the same happening.

The clause reader quotes one clause per event: the anchor's subtree without other clauses or
coordinated verbs (events.sites.clause_tokens). That is right when those parts tell happenings
of their own, each with its own event. When they yield none, the event left standing is the
sentence's only telling of them, and its quote should show the whole of it:

- a saying's or finding's reported clause ("the firm said it was halting work", "a review
  determined that the crane's brakes had failed", and a quotation before its "… , she said"):
  what was said or found is what the event reports, and its title often says it already. Not
  a wish ("said she wanted the pier rebuilt"): what is wanted is a prospect of its own;
- a verb coordinated with the anchor that has no subject of its own and no "then" or "later"
  ("the crew located the leak and sealed the pipe"): one actor's act told in two steps
  (events.folding keeps one event for it); read from either side, so the event of the second
  verb quotes the first as well ("mended the fence and reopened the park on Tuesday").

- a "when" clause that names the moment of the happening ("the title will be settled on Friday
  when the two clubs meet");
- the "that" clause saying what a noun the verb takes holds ("repeated its warning that the
  lanes may ice over"); a relative clause ("the warning that it issued") stays out;
- an "-ing" clause going on from the verb with no subject or opening word of its own
  ("cheered the crossing, waving flags"): the same actor's act ("while …" stays out);
- the clause of "be" that carries the verb ("the debate is to resume at noon"): it tells
  nothing of its own and holds the subject the event is about.

A noun event whose quote holds the verb it is the subject of ("an inquiry found that …")
tells that verb's parts too, and a participle after a noun event ("the testimony given on
June 8 at an inquest") tells the noun's happening.

The reach is taken last, once every other rule has chosen its events, so it changes no date,
place or identity; it only lets the quote (and its offsets) cover what the event stands for.
A stretch another event's quote covers is left to that event.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from spacy.tokens import Doc, Token

from stories.extraction.doc_text import doc_text
from stories.extraction.events.folding import anchor_of
from stories.extraction.events.lexicon import NARRATIVE_LATER
from stories.extraction.mentions import EventCandidate

# Kinds read from a verb; nouns, schedule lines and named happenings keep their quote.
_VERB_KINDS = frozenset({"general", "verb", "speech", "light", "motion", "sighting"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj", "expl"})
_VERBS = frozenset({"VERB", "AUX"})
# Verbs of wanting or intending: their clause is a wish, not what was told.
_WISHING = frozenset({"want", "wish", "hope", "intend", "plan", "aim", "seek", "expect"})
_OTHER_CLAUSES = frozenset({"relcl", "appos", "ccomp", "advcl", "parataxis", "csubj", "acl"})
# Where a noun the verb takes hangs: its object, or the object of its preposition.
_NOUN_DEPS = frozenset({"dobj", "prep"})
# A participle after its noun; the parser sometimes tags one as a past tense ("presented").
_PARTICIPLE_TAGS = frozenset({"VBN", "VBG", "VBD"})


def reach_whole_telling(events: list[EventCandidate], doc: Doc) -> list[EventCandidate]:
    """The events, each quote widened over the parts of its sentence told by it alone."""
    result = list(events)
    for position, event in enumerate(result):
        parts = _event_parts(event, doc)
        if not parts:
            continue
        begin, end = event.start, event.end
        others = [other for other in result if other is not event]
        for head, extent in parts:
            low, high = _clipped(*extent, (begin, end), others)
            if not low <= head.idx < high:
                continue  # another event's quote holds the part's own verb
            begin, end = min(begin, low), max(end, high)
        if (begin, end) != (event.start, event.end):
            result[position] = replace(event, start=begin, end=end, quote=doc_text(doc)[begin:end])
    return result


def _event_parts(event: EventCandidate, doc: Doc) -> list[tuple[Token, tuple[int, int]]]:
    """The parts of its sentence an event tells: those of its verb, and for a noun event the
    participle that goes on from it ("the testimony given on June 8")."""
    verb = _verb_of(event, doc)
    parts = _parts(verb) if verb is not None else []
    if event.extra.get("kind") == "noun":
        anchor = anchor_of(event, doc)
        if anchor is not None and event.start <= anchor.idx < event.end:
            parts += [(p, e) for p in _participles(anchor) if (e := _extent(p.subtree))]
    return parts


def _verb_of(event: EventCandidate, doc: Doc) -> Token | None:
    """The verb whose parts the event tells: its anchor, or for a noun event the verb its
    quote holds it the subject of ("a review determined that …")."""
    kind = event.extra.get("kind")
    if kind not in _VERB_KINDS and kind != "noun":
        return None
    anchor = anchor_of(event, doc)
    if anchor is None or not event.start <= anchor.idx < event.end:
        return None
    if kind != "noun":
        return anchor
    verb = anchor.head
    if not anchor.dep_.startswith("nsubj") or verb.pos_ not in _VERBS:
        return None
    return verb if event.start <= verb.idx < event.end else None


def _parts(verb: Token) -> list[tuple[Token, tuple[int, int]]]:
    """Each part the verb's event tells, with its character extent; the verb a subjectless
    conjunct goes on from ("the town is laying off staff and cutting its budget") is quoted
    by its own clause."""
    parts = [(head, _extent(head.subtree)) for head in told_parts(verb)]
    if _continues(verb) and verb.head.pos_ in _VERBS:
        parts.append((verb.head, _extent(_own_clause(verb.head))))
    if _carried(verb):
        parts.append((verb.head, _extent(_own_clause(verb.head))))
    return [(head, extent) for head, extent in parts if extent is not None]


def _carried(verb: Token) -> bool:
    """A verb carried by "be" ("the debate is to resume at noon"): the governor tells nothing
    of its own, and the subject the event is about stands in its clause."""
    head = verb.head
    if verb.dep_ != "xcomp" or head is verb or head.pos_ not in _VERBS:
        return False
    return head.lemma_ == "be"


def _own_clause(verb: Token) -> list[Token]:
    """A verb's words without its coordinated verbs and the clauses under it."""
    tokens, stack = [verb], list(verb.children)
    while stack:
        token = stack.pop()
        if token.dep_ in _OTHER_CLAUSES or (token.dep_ == "conj" and token.pos_ in _VERBS):
            continue
        tokens.append(token)
        stack.extend(token.children)
    return sorted(tokens, key=lambda t: t.i)


def told_parts(verb: Token) -> list[Token]:
    """The heads of the parts a verb's event tells: its reported clause, the verbs coordinated
    with it that share its subject, its "when" clause, an "-ing" clause going on from it, and
    the "that" clause of a noun it takes."""
    parts = []
    for child in verb.children:
        if _reported(child) or _continues(child) or _when_clause(child) or _manner(child):
            parts.append(child)
        elif child.dep_ in _NOUN_DEPS:
            parts += _content_clauses(child)
    return parts


def _when_clause(verb: Token) -> bool:
    """A "when" clause that names the moment of the verb's happening ("the final will be
    decided when the two clubs meet"): one moment, told by the verb's event."""
    return verb.dep_ == "advcl" and any(c.lower_ == "when" and c.i < verb.i for c in verb.children)


def _manner(verb: Token) -> bool:
    """An "-ing" clause after the verb with no subject or opening word of its own ("cheered
    the plan, lining up to sign the petition"): the same actor's act, told on."""
    return (
        verb.dep_ == "advcl"
        and verb.tag_ == "VBG"
        and verb.i > verb.head.i
        and not any(
            c.dep_ in _SUBJECTS or c.dep_ in ("mark", "advmod")
            for c in verb.children
            if c.i < verb.i
        )
    )


def _content_clauses(noun: Token) -> list[Token]:
    """The clause opened by "that" which says what a noun the verb takes holds ("repeated its
    warning that the lanes may ice over"): spaCy `acl` with a `mark`; a relative clause is
    `relcl` and stays out."""
    if noun.dep_ == "prep":
        return [c for child in noun.children for c in _content_clauses(child)]
    return [
        c
        for c in noun.children
        if c.dep_ == "acl" and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
    ]


def _participles(noun: Token) -> list[Token]:
    """A participle with no subject of its own after a noun event ("the testimony given on
    June 8 at an inquest") tells the noun's happening."""
    return [
        c
        for c in noun.children
        if c.dep_ == "acl"
        and c.i > noun.i
        and c.tag_ in _PARTICIPLE_TAGS
        and not any(g.dep_ in _SUBJECTS for g in c.children)
    ]


def _reported(verb: Token) -> bool:
    """A reported clause that tells something, not a wish: in "said she wanted the bridge
    rebuilt" what is wanted is a prospect of its own, never part of the saying."""
    return verb.dep_ == "ccomp" and verb.lemma_ not in _WISHING


def _continues(verb: Token) -> bool:
    """A coordinated verb with no subject of its own and no step onward ("then", "later"):
    its governor's actor goes on with the same act."""
    return (
        verb.dep_ == "conj"
        and verb.pos_ in _VERBS
        and not any(c.dep_ in _SUBJECTS or c.lower_ in NARRATIVE_LATER for c in verb.children)
    )


def _extent(tokens: Iterable[Token]) -> tuple[int, int] | None:
    """Character span of a part's words, edge punctuation left out; None for a part of
    punctuation or space alone (a stray clause on a space token in badly split copy)."""
    words = [t for t in tokens if not (t.is_punct or t.is_space)]
    if not words:
        return None
    return words[0].idx, words[-1].idx + len(words[-1].text)


def _clipped(
    low: int, high: int, own: tuple[int, int], others: list[EventCandidate]
) -> tuple[int, int]:
    """The part's extent, stopped where another event's quote begins (after the event's own)
    or ends (before it): a stretch another event tells is that event's."""
    for other in others:
        if other.start < own[1] and own[0] < other.end:
            continue  # overlaps the event's own quote: it bounds nothing beyond it
        if own[1] <= other.start < high:
            high = other.start
        if low < other.end <= own[0]:
            low = other.end
    return low, max(low, high)
