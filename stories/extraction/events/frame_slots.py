"""Frames told by several of a verb's slots at once, or by a slot no single word names.

`lexicon.VERB_FRAMES` names one word a frame needs ("for", "obj:police", "in:court"). Some
verbs the lexicon calls states report a deed only when two things come together or when a
slot holds a kind of thing: "linked the fire to the feud" (an object and a "to"), "located
the missing hiker" (any object of the active verb), "gave $2 million" (an amount of money),
"the rash appeared in March 1998" and "served as mayor from 1991 to 1997" (a date of the
verb's own), "responded April 20 when a child fell" (a date, no one answered and no act
it was done "by": a call-out), "responded from the capital" (a named place it was done
from), "responded with air strikes" (a happening done in return), "was featured in a
journal" (a past passive with where it appeared). `lexicon.SLOT_FRAMES` writes such a
frame as slot names joined with "+".
"""

from __future__ import annotations

from spacy.tokens import Token

from stories.extraction.entities import PLACE_LABELS
from stories.extraction.events.lexicon import NOUN_CLASSES
from stories.extraction.events.time_phrases import dates_the_verb

_WHEN = frozenset({"DATE"})
# Prepositions through which a date belongs to the verb: "in 1998", "from 1991 to 1997".
_DATING = frozenset({"in", "on", "from", "during", "between"})
# Dependents that make the verb a link to a description ("appeared calm", "appeared to be")
# or a frame for a clause ("linked it to what they said").
_DESCRIPTIVE = frozenset({"acomp", "xcomp", "attr", "oprd", "ccomp"})
# A passive told as done: "was featured", "has been featured"; not "is featured".
_PAST_PASSIVE = frozenset({"was", "were", "been"})


def slot_frame(verb: Token, frames: dict[str, str]) -> tuple[str, str] | None:
    """The first of the verb's slot frames its dependents fill: the words after the verb in
    the event's trigger and its class (an empty class takes the event noun's)."""
    if any(c.dep_ in _DESCRIPTIVE for c in verb.children):
        return None
    for key, event_class in frames.items():
        parts = key.split("+")
        if all(_fills(verb, part) for part in parts):
            words, noun = _named_slot(verb, parts)
            if not event_class and noun is not None:
                event_class = NOUN_CLASSES[noun.lemma_.lower()]
            return words, event_class
    return None


def _fills(verb: Token, part: str) -> bool:
    children = list(verb.children)
    if part == "obj":
        return any(c.dep_ == "dobj" for c in children)
    if part == "unaddressed":  # "responded April 20": a call-out, not an answer "to" someone
        # nor a reply told by the act it was ("responded Monday by calling the claims false")
        return not any(c.dep_ == "prep" and c.lower_ in ("to", "by") for c in children)
    if part == "MONEY":
        return any(c.dep_ == "dobj" and c.ent_type_ == "MONEY" for c in children)
    if part == "DATE":
        return _own_date(verb)
    if part == "passive":
        return any(c.dep_ == "auxpass" and c.lower_ in _PAST_PASSIVE for c in children)
    word, _, kind = part.partition(":")
    obj = _object_of(_prep(verb, word))
    if obj is None:
        return False
    if kind == "PLACE":
        return obj.ent_type_ in PLACE_LABELS
    if kind == "EVENT":
        return obj.lemma_.lower() in NOUN_CLASSES
    return not kind


def _named_slot(verb: Token, parts: list[str]) -> tuple[str, Token | None]:
    """ "with strikes", "as mayor": a preposition naming the deed or the post; nothing
    otherwise (the title adds the object and the place)."""
    for part in parts:
        word, _, kind = part.partition(":")
        if kind == "EVENT" or part == "as":
            obj = _object_of(_prep(verb, word))
            return f"{word} {obj.text}", obj if kind == "EVENT" else None
    return "", None


def _own_date(verb: Token) -> bool:
    """A date hanging on the verb itself: "appeared in 1998", "served from 1991 to 1997"."""
    return any(dates_the_verb(c, _DATING, _WHEN) for c in verb.children)


def _prep(verb: Token, word: str) -> Token | None:
    return next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == word), None)


def _object_of(prep: Token | None) -> Token | None:
    if prep is None:
        return None
    return next((c for c in prep.children if c.dep_ == "pobj"), None)
