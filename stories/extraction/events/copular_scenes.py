"""Where a happening named by a noun is, when the sentence says it with "be": "The summit was
in Velton", "The hearing will be at the county court", "Their next match is away at Velton".

The parse hangs the locative phrase on "be", outside the noun's own words, so the noun's clause
names no place although the sentence says nothing but where (and when) the happening is. The
phrase belongs to the noun that is the subject of "be": "in", "at", "near" ... directly on "be",
or after "away" / "home" ("away to Velton", as sports writing says for a match at the other
side's ground).
"""

from __future__ import annotations

from spacy.tokens import Token

from stories.extraction.events import place_rules
from stories.extraction.events.lexicon import LOCATIVE_PREPOSITIONS
from stories.extraction.events.time_phrases import TIME_ENTITIES

_GROUNDS = frozenset({"away", "home"})
_GROUND_PREPOSITIONS = LOCATIVE_PREPOSITIONS | {"to"}
_CLAUSES = frozenset({"relcl", "advcl", "acl", "ccomp"})


def copular_scene(noun: Token | None) -> list[Token]:
    """The words of the locative phrases that "be" says of `noun`, its subject, if any."""
    if noun is None or "copular scenes" not in place_rules.ENABLED:
        return []
    verb = noun.head
    if noun.dep_ != "nsubj" or verb.lemma_.lower() != "be" or verb == noun:
        return []
    found: list[Token] = []
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ in LOCATIVE_PREPOSITIONS:
            found.extend(_phrase(child))
        elif child.dep_ == "advmod" and child.lower_ in _GROUNDS:
            for phrase in child.children:
                if phrase.dep_ == "prep" and phrase.lower_ in _GROUND_PREPOSITIONS:
                    found.extend(_phrase(phrase))
    return found


def _phrase(preposition: Token) -> list[Token]:
    """The words of a locative phrase, without a time ("was in 2019") and without the clauses
    hanging on its noun ("in 2019, when ten died in X" says where the deaths were)."""
    words: list[Token] = []
    for noun in preposition.children:
        if noun.dep_ != "pobj" or noun.ent_type_ in TIME_ENTITIES:
            continue
        clauses = [c for c in noun.subtree if c.dep_ in _CLAUSES and c != noun]
        inside = {t.i for c in clauses for t in c.subtree}
        words.extend(t for t in noun.subtree if t.i not in inside)
    return words
