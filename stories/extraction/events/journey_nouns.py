"""Nouns that point back at a journey: "the visit", "the trip", "the tour", "the stop".

News tells a journey with its destination and then names it by a noun: "Ten lawmakers flew to
Port Ash to see the plant. The visit was their first since ..."; "She travelled to Norland last
week. During the trip, she met ...". Such a definite journey noun with no place of its own
stands for the journey told just before, and what its sentence tells happened at that
journey's destination, as "the city" stands for the city named last (events.pointing_back).

Only a journey told by a verb of travel or visiting whose destination ("to X", "in X", "visited
X") is a place the story pins counts, in the same or the paragraph before. Left alone: a noun with
a place of its own ("the visit to X"), an indefinite or possessed noun ("a visit to", "his
trip"), a journey to a person or body (no place is its destination), and a journey after which
another place was named (that place's clause intervened).
"""

from __future__ import annotations

from spacy.tokens import Token

from stories.extraction.events.context import MentionIndex
from stories.extraction.events.lexicon import MOTION_VERBS, VERB_CLASSES
from stories.extraction.events.places import as_place_head
from stories.extraction.events.sentence_places import pinned
from stories.extraction.mentions import PlaceMention

JOURNEY_NOUNS = frozenset({"visit", "trip", "tour", "stop", "journey"})
_POINTING = frozenset({"the", "this", "that"})
# Verbs that take a journey to a place: travel verbs ("flew to X") and visits ("visited X").
_JOURNEY_CLASSES = frozenset({"travel", "visit", "arrive"})
_DESTINATION_PREPOSITIONS = frozenset({"to", "in", "into"})


def journey_sentences(index: MentionIndex) -> dict[int, tuple[int, PlaceMention]]:
    """Per sentence holding a bare definite journey noun, its paragraph and the destination of
    the journey told just before it (the same or the paragraph before)."""
    found: dict[int, tuple[int, PlaceMention]] = {}
    for number, sentence in enumerate(index.sentences):
        for token in sentence:
            if not _bare_journey(token, index):
                continue
            place = _destination_before(token, index)
            if place is not None:
                found[number] = (index.paragraph_number(token.idx), place)
            break
    return found


def _bare_journey(token: Token, index: MentionIndex) -> bool:
    """ "the visit", "this trip": a pointing determiner and no place, possessor or other
    preposition of its own."""
    if token.lower_ not in JOURNEY_NOUNS or token.tag_ != "NN" or token.ent_type_:
        return False
    if token.i in index.place_at or token.dep_ in ("compound", "amod", "nmod"):
        return False
    children = list(token.children)
    if not any(c.dep_ == "det" and c.lower_ in _POINTING for c in children):
        return False
    return not any(c.dep_ in ("prep", "poss", "compound", "relcl", "acl") for c in children)


def _destination_before(noun: Token, index: MentionIndex) -> PlaceMention | None:
    """The pinned place the last journey before the noun went to, when nothing between names
    another place and the journey lies in the noun's paragraph or the one before."""
    paragraph = index.paragraph_number(noun.idx)
    for position in range(noun.i - 1, -1, -1):
        word = index.doc[position]
        if index.paragraph_number(word.idx) < paragraph - 1:
            return None
        place = index.place_roots.get(position)
        if place is not None:
            return place if pinned(place) and _a_destination(index.doc[position]) else None
        if _journey_verb(word) and not (word.dep_ == "conj" and _journey_verb(word.head)):
            # "flew to X and toured its plant": the second leg goes on at X
            return None  # a journey to no place the story pins: to a person or a body
    return None


def _journey_verb(word: Token) -> bool:
    return word.pos_ == "VERB" and (
        word.lemma_ in MOTION_VERBS or VERB_CLASSES.get(word.lemma_) in _JOURNEY_CLASSES
    )


def _a_destination(root: Token) -> bool:
    """Whether a place is where a journey verb went: "flew to X", "arrived in X", "visited X"."""
    head = as_place_head(root)
    if head.dep_ == "dobj":
        return _journey_verb(head.head) and VERB_CLASSES.get(head.head.lemma_) == "visit"
    if head.dep_ != "pobj" or head.head.lower_ not in _DESTINATION_PREPOSITIONS:
        return False
    verb = head.head.head
    if head.head.lower_ == "in":  # "arrived in X"; "drove in X" is where, not whither
        return VERB_CLASSES.get(verb.lemma_) == "arrive"
    return _journey_verb(verb)
