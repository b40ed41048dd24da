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


def governing_name(pronoun: Token) -> Token | None:
    """The named subject an "it" subject stands for, from the clauses above its own."""
    if pronoun.lower_ != "it" or pronoun.dep_ not in _SUBJECTS:
        return None
    clause = pronoun.head
    for _ in range(_REACH):
        if clause.dep_ not in _UNDER or clause.head == clause:
            return None
        clause = clause.head
        subject = next((c for c in clause.children if c.dep_ in _SUBJECTS), None)
        if subject is None:
            continue  # "admitted the fault and launched a fix, before it …": the first verb's
        if subject.ent_type_ in _NAMES and subject.tag_ in ("NNP", "NNPS"):
            return subject
        return None
    return None
