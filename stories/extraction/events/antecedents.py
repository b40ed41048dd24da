"""Whom an "it" stands for when the sentence has just named it as a subject.

"Norland said it would press for a trial", "Acme admitted the fault before it refunded the
fees": an "it" that is the subject of a clause under another clause (what was said, when, and
what was done next) most often means that clause's subject, when that subject is a name ("the
company" may be one the story named, or a kind of company: it stays unresolved). The
name then acts in the pronoun's clause as it would in its own, so the clause has a named actor
and a title ("Norland presses for trial").
"""

from __future__ import annotations

from spacy.tokens import Token

# Clauses under another that share its speaker or actor.
_UNDER = frozenset({"ccomp", "advcl", "conj", "xcomp"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
# A named organisation, country or people: what an "it" may stand for (not a person).
_NAMES = frozenset({"ORG", "GPE", "NORP"})
_REACH = 3  # clauses up
_PROPER = frozenset({"NNP", "NNPS"})


def governing_name(pronoun: Token) -> Token | None:
    """The named subject an "it" subject stands for, from the clauses above its own."""
    if pronoun.lower_ != "it" or pronoun.dep_ not in _SUBJECTS:
        return None
    clause = pronoun.head
    for _ in range(_REACH):
        if clause.dep_ not in _UNDER or clause.head == clause:
            return None
        clause = clause.head
        subjects = _subjects_nearest_first(clause)
        if not subjects:
            continue  # "admitted the fault and launched a fix, before it …": the first verb's
        return next((s for s in subjects if s.ent_type_ in _NAMES and s.tag_ in _PROPER), None)
    return None


def _subjects_nearest_first(verb: Token) -> list[Token]:
    """The verb's subjects, the nearest before it first: the parser sometimes hangs a
    dateline's city on the verb as a second subject ("RIDGE FARM, Ill. (AP) — Acme says"),
    and the name that says is the one next to the verb."""
    subjects = [c for c in verb.children if c.dep_ in _SUBJECTS]
    return sorted(subjects, key=lambda s: (s.i > verb.i, -s.i if s.i < verb.i else s.i))
