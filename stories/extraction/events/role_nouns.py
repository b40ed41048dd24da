"""Common nouns that stand for people: roles, bodies of people and the short names of groups.

WHY: whom a pronoun or a short name means (events.context's MentionIndex) and whether a
subject can act (evidence verbs, profiles, figures, motion, destinations and their kin) ask the
same questions of a common noun: can "he" or "she" mean it (a role, "the suspect", "the mayor":
`may_be_a_person`, with events.person_nouns for roles told by their ending), does it name
people who act ("police", "residents", "officials": `names_people`), is it the short name of a
group the story named ("the company": `GROUP_NOUNS`), or is it too vague to stand for anyone
("the statement", "officials": `VAGUE_SUBJECTS`). The word lists live here, apart from the
index that reads them.
"""

from __future__ import annotations

from spacy.tokens import Token

from stories.extraction.events.person_nouns import names_a_person
from stories.extraction.place_cues import RESIDENT_NOUNS

PERSON_NOUNS = frozenset(
    {
        "man",
        "woman",
        "boy",
        "girl",
        "child",
        "suspect",
        "victim",
        "patient",
        "chief",
        "guard",
        "coach",
        "doctor",
        "nurse",
        "mother",
        "father",
        "son",
        "daughter",
        "wife",
        "husband",
        "cat",
        "dog",
        "pilot",
        "judge",
        "mayor",
        "senator",
        "governor",
        "president",
        "minister",
        "captain",
        "hunter",
        "witness",
        "attorney",
        "quarterback",
        "goalie",
        "student",
        "rapper",
    }
)


# Nouns an article uses as a short name for a group it named: "the band", "the company".
GROUP_NOUNS = frozenset(
    {
        "band",
        "company",
        "firm",
        "group",
        "team",
        "club",
        "league",
        "agency",
        "organization",
        "organisation",
        "union",
        "party",
        "network",
        "retailer",
        "startup",
        "carrier",
        "airline",
        "bank",
        "automaker",
        "chain",
        "publisher",
        "studio",
        "label",
    }
)


# Subjects too vague to stand for a pronoun: "the statement", "the report".
VAGUE_SUBJECTS = frozenset(
    {
        "statement",
        "report",
        "reports",
        "official",
        "officials",
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "source",
        "sources",
        "one",
        "some",
        "most",
    }
)


def may_be_a_person(noun: Token) -> bool:
    """Whether "he" or "she" can stand for this noun: a role ("the suspect", "a driver",
    "the officer"), never a thing ("the refuge", "the deal", "the sprinkler": person_nouns)."""
    word = noun.lemma_.lower()
    return word in PERSON_NOUNS or names_a_person(word)


# Bodies of people that act together, though no "he" stands for them: "officials searched".
_PEOPLE_BODIES = frozenset({"official", "source", "family"})


def names_people(noun: Token) -> bool:
    """Whether a common noun names people who act: a role a "he" or "she" can stand for (the
    officer, the men), a body of people ("police", "residents", "officials", "the family"), not
    a thing ("the storms", "the closure")."""
    word = noun.lemma_.lower()
    return may_be_a_person(noun) or noun.lower_ in RESIDENT_NOUNS or word in _PEOPLE_BODIES
