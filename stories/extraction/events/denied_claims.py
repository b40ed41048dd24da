"""A claim denied: "the minister denied (that) the company had warned its clients".

A denial verb that takes a reported clause, or a noun of claim that carries one ("denied
reports that …", "denied accusations that she joined"), tells that what the clause reports did
not happen, or at least that someone said so. The clause then gives the timeline nothing that
happened; the denial itself is what happened: someone took a position on the record. It is
news whoever the speaker is (an unnamed "minister" or a "she" the article does not resolve),
unlike the other positions a speaker takes (events.speech), because the alternative is to
report the denied happening.
"""

from __future__ import annotations

from spacy.tokens import Token

from stories.extraction.events.reporters_notes import NEGATIVE_SUBJECTS
from stories.extraction.events.sites import tensed

# Verbs that deny what their clause reports.
DENYING_VERBS = frozenset({"deny", "refute"})
_SUBJECTS = frozenset({"nsubj"})


def denies_a_claim(verb: Token) -> bool:
    """A tensed denial verb with a subject of its own and a reported clause to deny, directly
    ("denied he had taken the money") or through its object ("denied reports that …"); not
    one negated ("did not deny that …") or denied by no one ("no one denies that …")."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in DENYING_VERBS or not tensed(verb):
        return False
    if not any(c.dep_ in _SUBJECTS for c in verb.children) or denial_withheld(verb):
        return False
    return denied_clause(verb) is not None


def denial_withheld(verb: Token) -> bool:
    """ "did not deny that …", "no one denies that …": a denial verb negated, or with a subject
    that says none denies; the claim is let stand, not denied."""
    if any(c.dep_ == "neg" for c in verb.children):
        return True
    return any(c.dep_ in _SUBJECTS and _negative(c) for c in verb.children)


def _negative(subject: Token) -> bool:
    """ "No one denies", "nobody denies": a subject that says the claim is denied by none."""
    if subject.lower_ in NEGATIVE_SUBJECTS:
        return True
    return any(c.dep_ == "det" and c.lower_ == "no" for c in subject.children)


def denied_clause(verb: Token) -> Token | None:
    """The verb of the clause a denial verb denies, if it takes one."""
    for child in verb.children:
        if child.dep_ == "ccomp" and child.pos_ in ("VERB", "AUX"):
            return child
        if child.dep_ == "dobj" and child.pos_ == "NOUN":
            clause = next(
                (c for c in child.children if c.dep_ in ("acl", "ccomp") and _reported(c)),
                None,
            )
            if clause is not None:
                return clause
    return None


def _reported(clause: Token) -> bool:
    """A tensed clause opened by "that" (or by nothing): what a claim says."""
    return (
        clause.pos_ in ("VERB", "AUX")
        and any(c.dep_.startswith("nsubj") for c in clause.children)
        and tensed(clause)
    )


def under_denial(verb: Token) -> bool:
    """The verb heads (or is coordinated inside) a clause that a denial verb denies."""
    token = verb
    for _ in range(3):
        head = token.head
        if head == token:
            return False
        if token.dep_ in ("ccomp", "acl"):
            denier = head if head.dep_ != "dobj" else head.head
            return denies_a_claim(denier) and denied_clause(denier) == token
        if token.dep_ != "conj":
            return False
        token = head
    return False
