"""Profiles: a stretch of a person's life told in the plain past, which no timeline places.

A story about people gives their profile in the same past tense as its happenings: "she grew
up in the valley", "he was raised in a port town", "her brother, who attended a high school
there", "the nurse worked at the clinic", "the twins played for a junior club". Each tells a
childhood, a schooling, a job or a membership held for years, not a happening of one day;
the story's day such a clause would inherit is wrong for all of them, and no editor keeps
them on a map of what happened.

The test is grammatical: the verbs of a life's stretches ("grow up", a person "was raised
in", "attend", "study", "teach", "work", "play for") with what makes them one (a school, a
job held "at", "for" or "as", a team), a person as subject, told as done with no time of
their own. "Attended the
funeral" is a happening, and stays; so do "worked at the scene overnight", "worked at the
burning warehouse" (a scene of action, not a workplace) and "grew up in 1990" (a time of
their own).

The drop comes after placing: such a clause still tells where the narration stands ("who
attended a school in X. She said she spoke to him Sunday"), so the events around it keep the
place it gives.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from stories.extraction.entities import PLACE_LABELS
from stories.extraction.events.lexicon import NOUN_CLASSES
from stories.extraction.events.role_nouns import may_be_a_person
from stories.extraction.events.states import agentless_passive, loose_deed, objects_after
from stories.extraction.events.time_phrases import has_own_time
from stories.extraction.mentions import EventCandidate

# Where a life is spent: a school attended, a team played for.
_SCHOOLS = frozenset({"school", "college", "university", "academy", "seminary"})
_TEAMS = frozenset({"team", "squad", "club"})
# Prepositions of a job held ("worked for a bank", "as a nurse", "at the clinic") and of a
# team ("played for", "on").
_HELD = frozenset({"at", "for", "as"})
_TEAM_PREPOSITIONS = frozenset({"for", "on"})
# Where a deed was done rather than a workplace: "worked at the scene", "at the fire".
_SCENES = frozenset({"scene", "site"})
_PEOPLE = frozenset({"i", "he", "she", "we", "they", "who"})


def drop_profiles(events: list[EventCandidate], doc: Doc) -> list[EventCandidate]:
    """The events without the stretches of a life (see the module's docstring)."""
    return [event for event in events if not profile(event, doc)]


def profile(event: EventCandidate, doc: Doc) -> bool:
    """Whether the event is a stretch of a life told as done with no time of its own."""
    verb = loose_deed(event, doc)
    return verb is not None and stretch_of_a_life(verb)


def stretch_of_a_life(verb: Token) -> bool:
    """ "grew up in", "was raised in", "attended a high school", "studied at a college",
    "worked at the clinic", "played for a club", a person its subject: a part of a life,
    held for years."""
    if has_own_time(verb) or not _person_subject(verb):
        return False
    lemma = verb.lemma_.lower()
    if lemma == "grow":
        return any(c.dep_ == "prt" and c.lower_ == "up" for c in verb.children)
    if lemma == "raise":
        return agentless_passive(verb) and bool(objects_after(verb, {"in"}))
    if lemma == "attend":
        return any(_names_a(o, _SCHOOLS) for o in verb.children if o.dep_ == "dobj")
    if lemma in ("study", "teach"):
        return any(_names_a(o, _SCHOOLS) for o in objects_after(verb, {"at", "in"}))
    if verb.tag_ != "VBD":
        return False
    if lemma == "work":
        return any(not _scene(o) for o in objects_after(verb, _HELD))
    if lemma == "play":
        return any(_names_a(o, _TEAMS) for o in objects_after(verb, _TEAM_PREPOSITIONS))
    return False


def _names_a(noun: Token, heads: frozenset[str]) -> bool:
    """ "a high school", "Lakeview High School", "a youth team"."""
    return noun.lemma_.lower() in heads or noun.lower_ in heads


def _scene(noun: Token) -> bool:
    """ "at the scene", "at the site", "at the fire", "at the burning warehouse", "at the
    collapsed mine": the place or the happening a deed was done at, not a job held. A place
    told by what has happened or is happening to it is a scene of action."""
    lemma = noun.lemma_.lower()
    return lemma in _SCENES or lemma in NOUN_CLASSES or any(_participle(c) for c in noun.children)


def _participle(word: Token) -> bool:
    """ "burning", "collapsed", "flooded" before a noun; the tagger often reads the past
    participle as a plain adjective."""
    if word.dep_ != "amod":
        return False
    return word.tag_ in ("VBG", "VBN") or (word.tag_ == "JJ" and word.lower_.endswith("ed"))


def _person_subject(verb: Token) -> bool:
    """ "Ana Ruiz", "she", "who", "the nurse": a person lives a life; "the scheme worked for
    Acme", "funds were raised in the town", "sales grew" are a thing's deeds."""
    return any(
        c.dep_ in ("nsubj", "nsubjpass")
        and (
            c.lower_ in _PEOPLE
            or (c.tag_ == "NNP" and c.ent_type_ not in PLACE_LABELS)
            or (c.tag_ in ("NN", "NNS") and may_be_a_person(c))
        )
        for c in verb.children
    )
