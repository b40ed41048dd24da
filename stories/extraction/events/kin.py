"""Nouns of kin: words that name a person by their family tie to another ("his mother", "the
singer's cousin").

WHY: a profile tells its family's deeds and ages beside the subject's own, and a possessor
alone does not tell a relative from a thing of the subject's ("his brother drowned at 20" vs
"his career began at 16"); role_nouns.may_be_a_person guesses persons by ending (person_nouns),
which a word it does not list may still fool. One list serves the rules that must tell them
apart (events.older_stories, events.ages_told).
"""

from __future__ import annotations

KIN = frozenset(
    {"mother", "father", "parent", "son", "daughter", "child", "wife", "husband", "brother",
     "sister", "grandmother", "grandfather", "grandparent", "grandson", "granddaughter",
     "grandchild", "cousin", "nephew", "niece", "aunt", "uncle", "sibling", "stepson",
     "stepdaughter", "stepchild", "stepmother", "stepfather", "spouse", "fiance", "fiancee",
     "widow", "widower", "relative", "kin", "in-law", "twin"}
)  # fmt: skip
