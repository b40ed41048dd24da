"""Whom a "he" or "she" stands for when the person is named after it, in the same sentence.

"While he was in custody, Jones lost his job", "Once an inquiry showed she had kept the fees,
Dana Hale stepped down": a pronoun inside an adverbial clause set before its main clause means
that main clause's subject when neither the sentence before the pronoun nor the sentence before
it names anyone: English lets a fronted clause speak of the person its main clause is about to
name, but a person just named is the likelier "he" ("Police questioned Tom Lee. After he
resigned, Ann Ruiz was elected": Tom Lee resigned). Without this the "he" takes the
last person named before the sentence (events.context), or no one, and the clause has no title.
"""

from __future__ import annotations

from spacy.tokens import Token

from stories.extraction.events.lexicon import PERSONAL_PRONOUNS
from stories.extraction.mentions import PersonMention

_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
# Clauses inside the fronted clause whose subject may still be the one it speaks of:
# "after an audit revealed he misspent": the "he" is in what the audit revealed.
_INSIDE = frozenset({"ccomp", "conj", "xcomp"})
_REACH = 3  # clauses up from the pronoun's to the fronted one


def named_after(pronoun: Token, person_at: dict[int, PersonMention]) -> Token | None:
    """The named subject of the main clause that a fronted clause holding this "he" or "she"
    is set before; None when the pronoun is elsewhere or someone is named before it, in its
    sentence or the one before."""
    if pronoun.lower_ not in ("he", "she") or pronoun.dep_ not in _SUBJECTS:
        return None
    clause = pronoun.head
    for _ in range(_REACH):
        if clause.dep_ == "advcl" and clause.head != clause:
            break
        if clause.dep_ not in _INSIDE or clause.head == clause:
            return None
        clause = clause.head
    else:
        return None
    main = clause.head
    if clause.i > main.i:
        return None  # "Jones was fired after he misspent": the "he" looks back, not ahead
    subject = next((c for c in main.children if c.dep_ in _SUBJECTS), None)
    if subject is None or subject.i < pronoun.i or subject.i not in person_at:
        return None
    sentence = pronoun.sent
    doc = pronoun.doc
    if any(
        i in person_at or doc[i].lower_ in PERSONAL_PRONOUNS
        for i in range(sentence.start, pronoun.i)
    ):
        return None  # "He said that when he was arrested, X …": someone before it may be whom
    if sentence.start > 0:
        previous = doc[sentence.start - 1].sent
        if any(i in person_at for i in range(previous.start, previous.end)):
            return None  # "Police questioned Tom Lee. After he resigned, …": Tom Lee is whom
    return subject
