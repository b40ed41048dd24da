"""A deed of an untraced "he" or "she", told with its own date or place, titled by what was done.

"The events began Monday, when he shot a man in San Pedro", "arraigned on charges he
assaulted a girl six years ago": the story has not named the doer yet (a headline's "suspect",
a "mason"), so no name or role fills the title, yet a clause holding its own date or place
tells a happening all the same, and dropping it for want of a title loses the story's own
crime. Like an unnamed "they" (titles' headline passive, "Stage put up in main square"), it is
titled by what was done, as a headline passive ("Man shot in San Pedro"). Unlike "they", which
is often people in general, one person's deed to a thing the clause names is news even in a
clause of time or in what a charge says he did; without a thing a noun names ("shot him", "the
changes he made"), or with an idiom's object ("he hit the road"), there is nothing to say,
and the clause stays untitled.
"""

from __future__ import annotations

from spacy.tokens import Token

from stories.extraction.events.context import MentionIndex
from stories.extraction.events.inflection import (
    LEMMA_PARTICIPLES,
    irregular_stems,
    irregular_verb_forms,
    participle,
)
from stories.extraction.events.unnamed_doers import headline_passive
from stories.extraction.mentions import PlaceMention

_ONE_PERSON = frozenset({"he", "she"})
# Nouns that with "the" make a fixed phrase of their verb, no thing done to: "hit the road",
# "hit the brakes", "hit the ground running", "made the headlines", "hit the roof".
_IDIOM_OBJECTS = frozenset(
    {"road", "brakes", "ground", "headlines", "roof", "jackpot", "bucket", "limelight", "spotlight"}
)
# A main, reported or coordinated clause, a clause of time ("when he shot"), or a "charges he
# assaulted" clause the parser hangs on its noun (acl) or a time noun (relcl).
_TELLING_DEPS = frozenset({"ROOT", "ccomp", "conj", "advcl", "relcl", "acl"})


def done_by_an_untraced_person(
    verb: Token, particle: str, place: PlaceMention | None, index: MentionIndex
) -> str | None:
    """The headline passive of what an untraced "he"/"she" did to a thing a noun names, or None.

    The caller asks only of a clause with its own date or place whose subject no name or role
    accounts for."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.lower_ not in _ONE_PERSON or verb.dep_ not in _TELLING_DEPS:
        return None
    target = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if target is None or target.pos_ not in ("NOUN", "PROPN"):
        return None  # "shot him", "the changes he made": nothing named was done to
    if _fixed_phrase(target):
        return None  # "he hit the road": an idiom, nothing was done to a road
    if not (verb.tag_ == "VBN" or (verb.tag_ == "VBD" and past_is_participle(verb))):
        return None  # "he took a car": no participle the past spells to say it with
    done = participle(verb.lower_, verb.lemma_.lower())
    return headline_passive(verb, target, done, particle, place, index)


def _fixed_phrase(target: Token) -> bool:
    """Whether the object is a bare "the" and a noun that makes an idiom of its verb ("hit
    the road"): a road or the brakes someone really did something to is told more fully."""
    return target.lower_ in _IDIOM_OBJECTS and [c.lower_ for c in target.children] == ["the"]


def past_is_participle(verb: Token) -> bool:
    """Whether a simple past is one a headline passive may say by its participle
    (inflection.participle): a regular past ("robbed"), one spelt as its lemma ("cut", "beat":
    "beaten"), or an irregular one whose verb has no other form but "-ing" ones in the
    lemmatizer's list ("shot", "found", "struck"; not "took" beside "taken", nor "ran")."""
    word, lemma = verb.lower_, verb.lemma_.lower()
    if word.endswith("ed") or word == lemma:
        return True
    if lemma in LEMMA_PARTICIPLES or lemma not in irregular_stems(word):
        return False
    return all(form == word or form.endswith("ing") for form in irregular_verb_forms(lemma))
