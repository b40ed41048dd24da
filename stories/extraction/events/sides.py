"""The sides of a contest or dealing: places that take part in it, not where it happens.

News names countries and cities as actors as often as as locations. When a clause sets one
place against another ("Norland beat Sudland", "Norland's win over Sudland", "Norland accused
Sudland", "Norland's talks with Sudland"), both are sides: the match was played, the
accusation made, somewhere the clause does not say (the dateline's city, the tournament's
venue). Neither side is the event's place. In a match (not an accusation or talks, made from
home) naming the sides does not move the narration away from the story's scene either.
"""

from __future__ import annotations

from spacy.tokens import Token

from stories.extraction.events.context import MentionIndex
from stories.extraction.events.lexicon import (
    LOCATIVE_OBJECT_CLASSES,
    MOTION_VERBS,
    NOUN_CLASSES,
    VERB_CLASSES,
)

# Prepositions that name the other side: "a win over X", "a case against X", "talks with X".
SIDE_PREPOSITIONS = frozenset({"against", "over", "versus", "vs", "vs.", "with"})
# On a verb, "over" usually says where ("flew over X"), so only these name a side.
_VERB_SIDE_PREPOSITIONS = frozenset({"against", "versus", "vs", "vs.", "with"})
_MAX_CONJUNCTS = 6
# Words of a contest, whose sides meet somewhere neither side names: "beat", "a win over".
CONTEST_WORDS = frozenset(
    {"beat", "lose", "draw", "tie", "play", "face", "edge", "rout", "thrash", "loss", "match"}
)
_CLASS_OF = {**VERB_CLASSES, **NOUN_CLASSES}


def contest(word: Token) -> bool:
    """Whether the verb or event noun reports a match between sides ("beat", "win", "a
    victory", "the match"): both sides travel to where it is played, so neither is its place,
    whereas an accuser or a negotiator acts from home."""
    lemma = word.lemma_.lower()
    return lemma in CONTEST_WORDS or _CLASS_OF.get(lemma) == "win"


def faces_a_place(word: Token, index: MentionIndex) -> bool:
    """Whether the verb or event noun `word` has a place as its other side: the object of a
    verb that does not go there ("beat X", "accused X"; not "visited X", "invaded X"), or a
    place after "against", "with", "versus" (and "over" on a noun: "a win over X")."""
    is_verb = word.pos_ in ("VERB", "AUX")
    prepositions = _VERB_SIDE_PREPOSITIONS if is_verb else SIDE_PREPOSITIONS
    for child in word.children:
        if child.dep_ == "prep" and child.lower_ in prepositions:
            if any(_names_a_place(o, index) for o in child.children if o.dep_ == "pobj"):
                return True
        elif (
            child.dep_ == "dobj"
            and is_verb
            and not _goes_to_its_object(word)
            and _names_a_place(child, index)
        ):
            return True
    return False


def the_other_side(noun: Token) -> bool:
    """Whether a noun is the other side of a match ("a win over X's top team", "beat X's
    champions"): whose it is says where that side comes from, not where the match was."""
    if noun.dep_ == "pobj" and noun.head.lower_ in SIDE_PREPOSITIONS:
        return contest(noun.head.head)
    return noun.dep_ == "dobj" and contest(noun.head)


def _goes_to_its_object(verb: Token) -> bool:
    """ "visited X", "left X", "invaded X": the object is where the event happens."""
    lemma = verb.lemma_.lower()
    event_class = VERB_CLASSES.get(lemma) or MOTION_VERBS.get(lemma) or NOUN_CLASSES.get(lemma)
    return event_class in LOCATIVE_OBJECT_CLASSES


def _names_a_place(noun: Token, index: MentionIndex) -> bool:
    """Whether the noun, or one coordinated with it, is a place ("X and Y")."""
    for _ in range(_MAX_CONJUNCTS):
        if index.place_roots.get(noun.i) is not None:
            return True
        following = [c for c in noun.children if c.dep_ == "conj"]
        if not following:
            return False
        noun = following[0]
    return False


def beaten_by(preposition: Token) -> bool:
    """Whether "by X" names who won a contest told by its noun ("Norland's defeat by Sudland",
    "a loss by the visitors"): the winning side, not where the contest was."""
    noun = preposition.head
    return preposition.lower_ == "by" and noun.pos_ == "NOUN" and contest(noun)
