"""A subject the parser hung on the auxiliary instead of on its verb.

"The two men are now both charged with murder", "a new plea deal is at least being
discussed": when a floating quantifier ("both", "all") or an adverb stands between the
auxiliary and its participle, the small parser often makes the auxiliary the head of the
subject, and the participle, the clause's real verb, is left with no subject of its own. A
reader asking who was charged then finds "both" or no one, and a step of a case with no one
named is dropped as a happening no one did. In English the auxiliary never has a subject of
its own apart from its verb's: a subject on it is the verb's. Only a word standing between
the two (the quantifier or adverb that misled the parser) shows the split, and an auxiliary
that also carries the negation ("don't get interrupted") hides more than the subject: its
verb is left to the rules as it was.
"""

from __future__ import annotations

from spacy.tokens import Token

_AUXILIARIES = frozenset({"aux", "auxpass"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})


def subject_on_auxiliary(verb: Token) -> Token | None:
    """The subject hung on one of the verb's auxiliaries before it ("Sears" of "Sears and her
    son are now both charged"), or None."""
    for auxiliary in verb.children:
        if auxiliary.dep_ not in _AUXILIARIES or auxiliary.i >= verb.i - 1:
            continue  # nothing between them: the parser split no subject from its verb
        if any(c.dep_ == "neg" for c in auxiliary.children):
            return None  # "don't get interrupted": the negation, too, hangs on the auxiliary
        subject = next((c for c in auxiliary.children if c.dep_ in _SUBJECTS), None)
        if subject is not None:
            return subject
    return None
