"""A present perfect in which an actor made, passed or set up one new thing.

Undated, the present perfect of a verb outside the lexicon mostly sums up ("relations have
cooled", "the fight has prolonged the pain", "the war has created a nation of widows") and
events.noise drops it. One shape is a deed all the same: someone who acts (a name, a body of
people, "he"/"she"/"they") with, as its only object, one thing new to the story, introduced
by "a"/"an": "the district has passed a resolution", "officials have set up a task force",
"he has demanded a jury trial". The indefinite article presents the thing as brought into
being or taken on by the deed; a summing up acts on what is already there ("has changed his
mind", "has brought his love of music"), on an amount or side of it ("the two sides have
lost a source of pressure"), recasts it ("has turned a slow start into a winning run"), or
has no actor that does things (a war, a market, a trend).
"""

from __future__ import annotations

from spacy.tokens import Token

from stories.extraction.events.lexicon import INDEFINITE_ARTICLES

# Entity types of those who act: people, organisations, countries and peoples.
_ACTOR_ENTITIES = frozenset({"PERSON", "ORG", "GPE", "NORP"})
# Third-person pronouns that stand for people or bodies ("I"/"we"/"you" are the speaker's
# own words, events.noise; "it" is as often a thing or a state as a body).
_ACTOR_PRONOUNS = frozenset({"he", "she", "they"})


def made_one_thing(verb: Token) -> bool:
    """Whether `verb`, an active present perfect ("has passed"), has an acting subject and
    as its only object one singular noun with "a"/"an" ("a resolution")."""
    if any(c.dep_ in ("auxpass", "neg") for c in verb.children):
        return False
    objects = [c for c in verb.children if c.dep_ in ("dobj", "oprd")]
    if len(objects) != 1:
        return False  # "which investigators have labeled an arson": a naming, not a making
    thing = objects[0]
    if thing.tag_ != "NN" or not any(
        c.dep_ == "det" and c.lower_ in INDEFINITE_ARTICLES for c in thing.children
    ):
        return False
    if any(c.dep_ == "prep" and c.lower_ == "of" for c in thing.children):
        return False  # "have lost a source of pressure": an amount or side of something there
    if any(c.dep_ == "prep" and c.lower_ == "into" for c in verb.children):
        return False  # "has turned a slow start into a run": the thing recast, not made
    subject = _subject(verb)
    return subject is not None and _acts(subject)


def _subject(verb: Token) -> Token | None:
    """The verb's subject, or that of the verb it is coordinated with ("would not rank the
    projects but have set up a panel")."""
    for token in (verb, verb.head) if verb.dep_ == "conj" else (verb,):
        subject = next((c for c in token.children if c.dep_ == "nsubj"), None)
        if subject is not None:
            return subject
    return None


def _acts(subject: Token) -> bool:
    """A name, an actor entity, a personal pronoun or a plural of people or bodies
    ("officials", "authorities"): not a singular thing or state ("the war", "the market")."""
    if subject.ent_type_ in _ACTOR_ENTITIES or subject.tag_ in ("NNP", "NNPS"):
        return True
    if subject.pos_ == "PRON":
        return subject.lower_ in _ACTOR_PRONOUNS
    return subject.tag_ == "NNS" and subject.ent_type_ == ""
