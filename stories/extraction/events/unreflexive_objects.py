"""An object "him"/"her"/"them" never stands for its own clause's subject.

English says "himself"/"herself" for that ("Lind invited him": someone other than Lind). The
rule held only where `MentionIndex.antecedent` fell back on the last subject named, and only
for a named subject; a pronoun subject ("Later he drove her to Lyon") or an earlier path
(an object named before, a speaker) let both pronouns go to the same person, and the title
read "Jo Smith drives Jo Smith". A verb joined by "and" to one before it shares that one's
subject ("He put her in his car and drove her to Lyon"): `own_subject` climbs to it.
A preposition's object is another matter: "he took the dog with him", "she shut the door
behind her" mean the subject, as English grammar allows a plain pronoun there (only a verb's
own object needs "himself"), so it is never ruled out; `never_own_subject` is the one reading
both this rule and `MentionIndex.antecedent` ask.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from stories.extraction.events.coordinated_antecedents import pair_names
from stories.extraction.mentions import PersonMention

_OBJECTS = frozenset({"him", "her", "them"})
_VERB_OBJECTS = frozenset({"dobj", "dative"})


def taken_for_own_subject(
    pronoun: Token,
    person: PersonMention,
    resolve: Callable[[Token], PersonMention | None],
) -> bool:
    """Whether `person`, found for an object pronoun, is whom the clause's subject means
    (`resolve`: the person a subject token names or stands for)."""
    if not never_own_subject(pronoun):
        return False
    subject = own_subject(pronoun)
    own = resolve(subject) if subject is not None else None
    return own is not None and own.name == person.name


def never_own_subject(pronoun: Token) -> bool:
    """Whether `pronoun` is an object "him"/"her"/"them" of its clause's own verb ("drove him",
    "gave her the keys"), which never means that clause's subject; not a preposition's object
    ("took the dog with him"), which may."""
    return pronoun.dep_ in _VERB_OBJECTS and pronoun.lower_ in _OBJECTS


def subjects_passed_over(
    pronoun: Token,
    antecedent_noun: Callable[[Token], Token | None],
    resolve: Callable[[Token], PersonMention | None],
    named: dict[int, PersonMention],
) -> frozenset[str]:
    """The names an object pronoun cannot stand for, being its clause's subject: the person a
    named subject is (`named`, by token), or each named member of the pair a subject "they"
    stands for ("She and kin … They found him", events.coordinated_antecedents; found by
    `antecedent_noun` and `resolve`); none for a preposition's object."""
    subject = own_subject(pronoun) if never_own_subject(pronoun) else None
    if subject is not None and subject.lower_ == "they":
        return pair_names(antecedent_noun(subject), resolve)
    if subject is not None and subject.i in named:
        return frozenset({named[subject.i].name})
    return frozenset()


def own_subject(pronoun: Token) -> Token | None:
    """The subject of the clause `pronoun` is the object of: the verb's own "nsubj", or, for a
    verb joined by "and" with none of its own, that of the verb it is joined to."""
    verb = pronoun.head
    while True:
        subject = next((t for t in verb.children if t.dep_ == "nsubj"), None)
        if subject is not None or verb.dep_ != "conj" or verb.head is verb:
            return subject
        verb = verb.head
