"""An object "him"/"her"/"them" never stands for its own clause's subject.

English says "himself"/"herself" for that ("Lind invited him": someone other than Lind). The
rule held only where `MentionIndex.antecedent` fell back on the last subject named, and only
for a named subject; a pronoun subject ("Later he drove her to Lyon") or an earlier path
(an object named before, a speaker) let both pronouns go to the same person, and the title
read "Jo Smith drives Jo Smith". A verb joined by "and" to one before it shares that one's
subject ("He put her in his car and drove her to Lyon"): `own_subject` climbs to it.
A preposition that names a party of the deed is as a verb's object: "fired at him", "sent a
letter to him", "filed a lawsuit against him", "took the keys from him" mean someone other than
the subject ("at himself", "to himself"). A preposition of place or company is another matter:
"he took the dog with him", "she shut the door behind her", "put the bag beside him" mean the
subject, as English grammar allows a plain pronoun there, so it is never ruled out;
`never_own_subject` is the one reading both this rule and `MentionIndex.antecedent` ask.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from stories.extraction.events.coordinated_antecedents import pair_names
from stories.extraction.mentions import PersonMention

_OBJECTS = frozenset({"him", "her", "them"})
_VERB_OBJECTS = frozenset({"dobj", "dative"})
# Prepositions whose object is a party of the deed, not a place: "fired at", "sent to",
# "sued … against", "ran toward"; "from" too after a verb of taking (_TAKING).
_PARTY_PREPOSITIONS = frozenset({"at", "to", "against", "toward", "towards"})
_TAKING = frozenset({"take", "steal", "grab", "seize", "snatch", "buy", "receive", "wrest"})


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
    "gave her the keys"), or of a preposition that brings in one of its parties ("fired at
    him", "gave the keys to him", "filed a lawsuit against him", "took the money from him"),
    which never means that clause's subject; not the object of a preposition of place or
    company ("took the dog with him", "put the bag beside him"), which may."""
    if pronoun.lower_ not in _OBJECTS:
        return False
    if pronoun.dep_ in _VERB_OBJECTS:
        return True
    return pronoun.dep_ == "pobj" and _party_preposition(pronoun.head)


def _party_preposition(preposition: Token) -> bool:
    """ "at", "to", "against", "toward" on the clause's verb or its object ("sent a letter to"),
    or "from" after a verb of taking: the preposition names a party of the deed."""
    word = preposition.lower_
    if word not in _PARTY_PREPOSITIONS and word != "from":
        return False
    verb = _verb_of(preposition)
    if verb is None:
        return False  # "next to him", "close to her": a place
    return word != "from" or verb.lemma_.lower() in _TAKING


def subjects_passed_over(
    pronoun: Token,
    antecedent_noun: Callable[[Token], Token | None],
    resolve: Callable[[Token], PersonMention | None],
    named: dict[int, PersonMention],
) -> frozenset[str]:
    """The names an object pronoun cannot stand for, being its clause's subject: the person a
    named subject is (`named`, by token), or each named member of the pair a subject "they"
    stands for ("She and kin … They found him", events.coordinated_antecedents; found by
    `antecedent_noun` and `resolve`); none for the object of a preposition of place or company."""
    subject = own_subject(pronoun) if never_own_subject(pronoun) else None
    if subject is not None and subject.lower_ == "they":
        return pair_names(antecedent_noun(subject), resolve)
    if subject is not None and subject.i in named:
        return frozenset({named[subject.i].name})
    return frozenset()


def own_subject(pronoun: Token) -> Token | None:
    """The subject of the clause `pronoun` is the object of (directly, or through a preposition
    on the verb or its object): the verb's own "nsubj", or, for a verb joined by "and" with none
    of its own, that of the verb it is joined to."""
    verb = _verb_of(pronoun.head) if pronoun.dep_ == "pobj" else pronoun.head
    while verb is not None:
        subject = next((t for t in verb.children if t.dep_ == "nsubj"), None)
        if subject is not None or verb.dep_ != "conj" or verb.head is verb:
            return subject
        verb = verb.head
    return None


def _verb_of(preposition: Token) -> Token | None:
    """The verb a preposition's phrase belongs to: the one it hangs on ("fired at him"), or
    whose direct object it hangs on ("sent a letter to him"); None for any other head."""
    head = preposition.head
    if head.dep_ == "dobj" and head.pos_ in ("NOUN", "PROPN"):
        head = head.head
    return head if head.pos_ in ("VERB", "AUX") and head != preposition else None
