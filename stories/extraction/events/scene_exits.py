"""Going away from a scene, told with no time of its own: the story moving on, not a happening.

News narrates a scene and then closes it with someone going away: "the men left the home",
"with that, the officer left", "the family left the courtroom without talking to reporters",
"Cuban Americans who left here when Castro came to power". Such a departure marks where the
telling turns; it has no time of its own (the scene's time is the story's) and an editor's
timeline keeps the scene, not the exit. On the dev batches every such clause kept was an event
that matched no gold event (four in LGL dev, one in TimeBank), and none matched one.

The test is grammatical and lexical: the verb "leave" with people as its subject (a thing that
"left 300,000 customers without power" or "left a crater" tells its effect), told done (a simple
past or a perfect, active, not negated and with no modal), with no object or with the place left
as its object, not "the country" ("the suspect left the country" is news). A departure stays an
event when the clause has a time ("left Tuesday", "left the home Friday at 11 p.m.": the caller
asks only clauses with none), when it goes somewhere ("left for consultations", "left the home
for a waiting car": a trip), when what is left is someone or something left behind ("left her
baby inside a car", "left a message", "left him with damage", "left four gunmen killed", "left
the keys in the car"), when it quits a body, a post or a side ("left the company", "left the
party", "left his job": quitting is news), and when the place left is "the scene" (leaving the
scene of a crash is an offence). A departure a source reports after its saying verb ("the
harbour master said the ferry had left port") is that source's news, not the writer's scene, and
stays; one told before the source is named ("the officer left, the captain said") is the
writer's narration and is asked like any other. Other verbs of going ("fled", "returned",
"exited the vehicle") are not asked: the gold keeps them.
"""

from __future__ import annotations

from spacy.tokens import Token

from stories.extraction.events.lexicon import (
    ATTRIBUTION_VERBS,
    DESTINATION_PREPOSITIONS,
    LOCATIVE_PREPOSITIONS,
)
from stories.extraction.events.role_nouns import names_people

# Children that make "leave" something other than going away: a state it leaves someone in
# ("left wages higher", "left him with"), or a passive ("was left stranded").
_NOT_GOING = frozenset({"auxpass", "nsubjpass", "xcomp", "ccomp", "oprd", "acomp", "dative"})
# Auxiliaries that make the departure not yet told as done.
_NOT_DONE = frozenset(
    {"will", "would", "could", "may", "might", "must", "should", "can", "shall", "to", "do", "be"}
)  # fmt: skip
# Entity labels of an object that is not a place: someone left behind, a body quit.
_NOT_PLACES = frozenset({"PERSON", "ORG", "NORP"})
# Pronouns of people, the relative "who" too: the ones who go away from a scene.
_PEOPLE_PRONOUNS = frozenset({"he", "she", "they", "i", "we", "you", "who"})
# What one quits rather than walks out of: bodies, posts, sides.
_QUIT = frozenset(
    {"company", "firm", "job", "post", "position", "office", "team", "club", "party", "government",
     "cabinet", "board", "band", "group", "league", "business", "industry", "race", "army",
     "force", "service", "school", "university", "college", "church", "union", "movement"}
)  # fmt: skip
# Things left behind: what remains where one was; and a country, which one leaves for good.
_LEFT_BEHIND = frozenset(
    {"message", "note", "mark", "trail", "impression", "legacy", "money", "gift", "body",
     "voicemail", "letter", "sign", "country"}
)  # fmt: skip
# Words after the object saying how what was left stayed: "left the dog behind", "left him alone".
_STAYED = frozenset({"behind", "alone", "unattended", "inside", "outside", "there"})
# Modifiers after the object that say where it was left or in what state ("inside", "behind").
_OBJECT_STATES = frozenset({"advmod", "prep", "acomp", "amod", "acl", "relcl"})


def leaves_a_scene(verb: Token) -> bool:
    """Whether `verb` tells someone going away from where the story was ("the men left the
    home", "the officer left"), to be asked only of a clause with no time of its own."""
    if verb.lemma_.lower() != "leave" or verb.pos_ != "VERB" or not _people_go(verb):
        return False  # "the storm left 300,000 customers without power": a thing's effect
    if _reported(verb):
        return False  # "said the ferry had left port": what a source reports, not a scene's close
    children = list(verb.children)
    if any(c.dep_ in _NOT_GOING or c.dep_ == "neg" for c in children):
        return False
    if any(c.dep_ == "aux" and c.lemma_.lower() in _NOT_DONE for c in children):
        return False  # "will leave", "could leave", "did not leave"
    perfect = any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in children)
    if verb.tag_ != "VBD" and not perfect:
        return False  # "is leaving", "leaves": a plan or a caption, not a scene's close
    if any(c.dep_ == "prep" and c.lower_ in DESTINATION_PREPOSITIONS for c in children):
        return False  # "left for the rally": a trip
    objects = [c for c in children if c.dep_ == "dobj"]
    if objects and any(_where_left(c) and c.i > objects[0].i for c in children):
        return False  # "left her baby inside a car": left behind there
    return all(_a_place_left(o) for o in objects)


def _people_go(verb: Token) -> bool:
    """Whether the subject of "left", if it has one, is people, the ones a scene is closed on: a
    name, a personal pronoun or a noun of people ("the men", "the officer", "family and
    friends"), not a thing whose effect it tells ("the storm left")."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None:
        return True  # "came in and left", a participle: no thing said to have done it
    if subject.ent_type_ in ("PERSON", "NORP") or (
        subject.pos_ == "PROPN" and not subject.ent_type_
    ):
        return True  # a name the tagger left unlabelled is most often a person's
    if subject.pos_ == "PRON":
        return subject.lower_ in _PEOPLE_PRONOUNS
    return subject.pos_ == "NOUN" and names_people(subject)


def _reported(verb: Token) -> bool:
    """ "said (that) the ferry had left port": a clause after its saying verb is the source's
    report; a clause before it, "the officer left, the captain said", is the writer's narration
    with its source named, as every line of a police story is."""
    head = verb.head
    return verb.dep_ == "ccomp" and head.lemma_.lower() in ATTRIBUTION_VERBS and head.i < verb.i


def _where_left(word: Token) -> bool:
    """ "inside a car", "behind", "alone": where or how what was left stayed."""
    if word.dep_ == "prep":
        return word.lower_ in LOCATIVE_PREPOSITIONS
    return word.dep_ in ("advmod", "acomp", "oprd") and word.lower_ in _STAYED


def _a_place_left(obj: Token) -> bool:
    """ "the home", "the courtroom": a place walked out of, not a person or a thing left behind,
    a body or post quit, nor "the scene" of a crash."""
    if obj.ent_type_ in _NOT_PLACES or (obj.pos_ == "PRON" and obj.lower_ != "here"):
        return False
    if obj.pos_ == "PROPN" and obj.ent_type_ not in ("GPE", "LOC", "FAC"):
        return False
    lemma = obj.lemma_.lower()
    if lemma in _QUIT or lemma in _LEFT_BEHIND or lemma == "scene":
        return False
    return not any(c.dep_ in _OBJECT_STATES and c.i > obj.i for c in obj.children)
