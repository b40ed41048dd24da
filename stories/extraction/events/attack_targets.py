"""Where an attack named by a noun happened: in the place it is aimed "against".

News names a strike, raid or invasion by its target: "a possible strike against Iraq", "air
strikes against X could harm relations". Such a noun is kept as one happening between named
parties (events.named_targets), but "against" is a preposition of sides, not of place
(events.places: who takes part through "with", "against" is an actor), so the event was left
unplaced though an attack happens where what it strikes is ("an attack on X" already places
it: "on" is a preposition of place). A noun of the attack class whose "against" phrase names
a place the story pins is placed there, as a stated place of its own clause.
Only attacks: a war, fight or battle "against" a country is fought on both sides' lands, and a
protest or a campaign "against" one is held anywhere. Sports writing ("a late strike against
X in the second half") names a team by its country and is left out (named_targets.in_a_game),
as is a noun named only "of" another ("survivors of the raid against X"), and an attack of a
kind that strikes no ground ("a cyber attack", "a hunger strike", "a trade war"): its target
is a party, not where it happens.
On dev (TimeBank, Gulf crisis broadcasts) it placed "a possible strike against Iraq" (gold Iraq).
"""

from __future__ import annotations

from spacy.tokens import Token

from stories.extraction.events.context import MentionIndex
from stories.extraction.events.homes import event_word
from stories.extraction.events.lexicon import NOUN_CLASSES
from stories.extraction.events.named_targets import (
    UNARMED_CONTESTS,
    in_a_game,
    of_another_noun,
)
from stories.extraction.mentions import EventCandidate, PlaceMention

_ATTACK = "attack"
_AIMED = frozenset({"against"})
# Attacks made at no place of their target: over networks, by fasting, by stopping work, in words.
_PLACELESS = UNARMED_CONTESTS | frozenset(
    {"cyber", "hunger", "general", "labor", "labour", "verbal", "rhetorical"}
)


def attack_targets(events: list[EventCandidate], index: MentionIndex) -> dict[int, PlaceMention]:
    """Per event start, the pinned place an attack noun of the event is aimed against."""
    found: dict[int, PlaceMention] = {}
    for event in events:
        place = target_of(event, index)
        if place is not None:
            found[event.start] = place
    return found


def target_of(event: EventCandidate, index: MentionIndex) -> PlaceMention | None:
    """The story's pinned place the event's attack noun names after "against", or None."""
    noun = event_word(event, index)
    if noun is None or not _an_attack_noun(noun):
        return None
    if of_another_noun(noun) or in_a_game(noun) or _placeless(noun):
        return None
    for preposition in noun.children:
        if preposition.dep_ != "prep" or preposition.lower_ not in _AIMED:
            continue
        for target in preposition.children:
            place = index.place_roots.get(target.i) if target.dep_ == "pobj" else None
            if place is not None and place.latitude is not None:
                return place
    return None


def _an_attack_noun(word: Token) -> bool:
    """A noun of the lexicon's attack class ("strike", "raid"), not a verb read as one."""
    return word.pos_ == "NOUN" and NOUN_CLASSES.get(word.lemma_.lower()) == _ATTACK


def _placeless(noun: Token) -> bool:
    """ "a cyber attack", "a hunger strike": a kind of attack that strikes no ground."""
    return any(
        c.dep_ in ("compound", "amod") and c.lemma_.lower() in _PLACELESS for c in noun.children
    )
