"""An object "him"/"her"/"them" never stands for its own clause's subject.

English says "himself"/"herself" for that ("Lind invited him": someone other than Lind). The
rule held only where `MentionIndex.antecedent` fell back on the last subject named, and only
for a named subject; a pronoun subject ("Later he drove her to Lyon") or an earlier path
(an object named before, a speaker) let both pronouns go to the same person, and the title
read "Jo Smith drives Jo Smith". A verb joined by "and" to one before it shares that one's
subject ("He put her in his car and drove her to Lyon"): `own_subject` climbs to it.
Prepositional objects are left alone: "he took the dog with
him" may mean the subject.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from stories.extraction.mentions import PersonMention

_OBJECTS = frozenset({"him", "her", "them"})


def taken_for_own_subject(
    pronoun: Token,
    person: PersonMention,
    resolve: Callable[[Token], PersonMention | None],
) -> bool:
    """Whether `person`, found for an object pronoun, is whom the clause's subject means
    (`resolve`: the person a subject token names or stands for)."""
    if pronoun.dep_ not in ("dobj", "dative") or pronoun.lower_ not in _OBJECTS:
        return False
    subject = own_subject(pronoun)
    own = resolve(subject) if subject is not None else None
    return own is not None and own.name == person.name


def own_subject(pronoun: Token) -> Token | None:
    """The subject of the clause `pronoun` is the object of: the verb's own "nsubj", or, for a
    verb joined by "and" with none of its own, that of the verb it is joined to."""
    verb = pronoun.head
    while True:
        subject = next((t for t in verb.children if t.dep_ == "nsubj"), None)
        if subject is not None or verb.dep_ != "conj" or verb.head is verb:
            return subject
        verb = verb.head
