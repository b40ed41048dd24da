"""A departure's destination is not where it left, however deep the clause names it.

"The envoy left Tuesday for talks in Damascus", "left Monday for consultations with the
governments of Norland and Sudland": the "for" (or "to") phrase of a departure says where the
traveller is bound, often through a purpose noun, and a place inside it is the end of the
journey, not the scene of the leaving. events.places already refuses a place the departure's
own "for X" or "to X" names; this finds one nested inside that phrase ("for talks in X",
"for consultations with the leaders of X"), which the clause would otherwise take as the
departure's place; nor is it the place of the sentence's narration (events.sentence_places),
which has not arrived there yet. The leaving is then left to the dateline, the narration
before it or no place. A "for" phrase of a reason ("fled for fear of shelling in X", "for
lack of food") names why, not where to: a place inside it is left to the usual clues.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from stories.extraction.events.lexicon import (
    DESTINATION_PREPOSITIONS,
    LEAVING_CLASSES,
    VERB_CLASSES,
)

# How far up from the place to look for the departure's "for"/"to" phrase.
_MAX_CLIMB = 8
# Nouns that make a "for" phrase a reason, not a destination: "fled for fear of X".
_REASON_NOUNS = frozenset({"fear", "sake", "lack", "want", "concern", "reason"})


def inside_a_destination(place_head: Token, heads: set[int], event_class: str) -> bool:
    """Whether the place lies inside a "for"/"to" phrase hung on the departure's own word
    ("left for talks in X"), below its first noun (the phrase's own object is refused
    already)."""
    if event_class not in LEAVING_CLASSES:
        return False
    return _in_destination_phrase(place_head, lambda parent: parent.i in heads)


def bound_for(token: Token) -> bool:
    """Whether the word sits inside the "for"/"to" phrase of a departure verb ("left Monday
    for talks in X"): where someone is bound, not where the sentence's narration is."""
    return _in_destination_phrase(token, _a_departure_verb)


def bound_for_alone(token: Token) -> bool:
    """Whether the word sits inside the "for"/"to" phrase of a departure verb that is the only
    happening of its clause: "left Monday for talks in X" has not reached X, but in "left for X
    and met the president", "fled to X and were detained" the verb beside the leaving is done
    at the destination, so the place still bars the dateline there."""
    departure = _departure_above(token, _a_departure_verb)
    return departure is not None and not _beside_other_verbs(departure)


def _a_departure_verb(parent: Token) -> bool:
    return parent.pos_ == "VERB" and VERB_CLASSES.get(parent.lemma_.lower()) in LEAVING_CLASSES


def _beside_other_verbs(verb: Token) -> bool:
    """Whether a verb is coordinated with another, or governs a clause of another verb."""
    if verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX"):
        return True
    return any(c.dep_ in ("conj", "advcl") and c.pos_ in ("VERB", "AUX") for c in verb.children)


def _in_destination_phrase(token: Token, is_departure: Callable[[Token], bool]) -> bool:
    """Whether a "for"/"to" phrase (not a reason) hung on a departure word lies above `token`,
    within a few steps up its parse."""
    return _departure_above(token, is_departure) is not None


def _departure_above(token: Token, is_departure: Callable[[Token], bool]) -> Token | None:
    """The departure word whose "for"/"to" phrase (not a reason) lies above `token`, within a
    few steps up its parse."""
    for _ in range(_MAX_CLIMB):
        parent = token.head
        if parent == token:
            return None
        if (
            token.dep_ == "prep"
            and token.lower_ in DESTINATION_PREPOSITIONS
            and is_departure(parent)
        ):
            return None if _a_reason(token) else parent
        token = parent
    return None


def _a_reason(preposition: Token) -> bool:
    """Whether a "for" phrase names why, not where to: "for fear of X", "for lack of Y"."""
    return preposition.lower_ == "for" and any(
        c.dep_ == "pobj" and c.lemma_.lower() in _REASON_NOUNS for c in preposition.children
    )
