"""An event's quote reaches over the parts of its sentence that tell the same happening.

The clause reader quotes one clause per event: the anchor's subtree without other clauses or
coordinated verbs (events.sites.clause_tokens). That is right when those parts tell happenings
of their own, each with its own event. When they yield none, the event left standing is the
sentence's only telling of them, and its quote should show the whole of it:

- a saying's or finding's reported clause ("the firm said it was halting work", "an inspection
  determined that the blaze started in the attic", and a quotation before its "… , she said"):
  what was said or found is what the event reports, and its title often says it already. Not
  a wish ("said she wanted the pier rebuilt"): what is wanted is a prospect of its own;
- a verb coordinated with the anchor that has no subject of its own and no "then" or "later"
  ("the crew located the leak and sealed the pipe"): one actor's act told in two steps
  (events.folding keeps one event for it); read from either side, so the event of the second
  verb quotes the first as well ("mended the fence and reopened the park on Tuesday").

A noun event whose quote holds the verb it is the subject of ("an inquiry found that …")
tells that verb's parts too.

The reach is taken last, once every other rule has chosen its events, so it changes no date,
place or identity; it only lets the quote (and its offsets) cover what the event stands for.
A stretch another event's quote covers is left to that event.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from spacy.tokens import Doc, Token

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


def reach_whole_telling(events: list[EventCandidate], doc: Doc) -> list[EventCandidate]:
    """The events, each quote widened over the parts of its sentence told by it alone."""
    text = doc.text
    result = list(events)
    for position, event in enumerate(result):
        verb = _verb_of(event, doc)
        if verb is None:
            continue
        begin, end = event.start, event.end
        others = [other for other in result if other is not event]
        for head, extent in _parts(verb):
            low, high = _clipped(*extent, (begin, end), others)
            if not low <= head.idx < high:
                continue  # another event's quote holds the part's own verb
            begin, end = min(begin, low), max(end, high)
        if (begin, end) != (event.start, event.end):
            result[position] = replace(event, start=begin, end=end, quote=text[begin:end])
    return result


def _verb_of(event: EventCandidate, doc: Doc) -> Token | None:
    """The verb whose parts the event tells: its anchor, or for a noun event the verb its
    quote holds it the subject of ("an inspection determined that …")."""
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
    return parts


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
    """The heads of the parts a verb's event tells: its reported clause, and the verbs
    coordinated with it that share its subject."""
    return [child for child in verb.children if _reported(child) or _continues(child)]


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


def _extent(tokens: Iterable[Token]) -> tuple[int, int]:
    """Character span of a part's words, edge punctuation left out."""
    words = [t for t in tokens if not (t.is_punct or t.is_space)]
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
