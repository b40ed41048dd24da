"""A "he" or "she" opening a sentence means the one person the sentence before did something to.

"Police arrested Dan Morrow, 34, outside a bar. He punched an officer during the arrest":
English takes the "he" for the only person the sentence before names when its subject cannot
be a "he" (a plural, a body, a thing: "police", "officers", "the court"). `MentionIndex.
antecedent` looks only for a person made a subject, so a man named as the object of the
deed that opens a crime story was never the "he" of the next sentence or paragraph; the clause
had no title and its happening was lost unless it had a date or place of its own. Not taken:
two people named in the sentence before ("arrested X and Y"), none, a subject that may be the
"he" itself ("a stranger attacked X", "Ann Bell said X …"; any proper name: dev, a manager
the recogniser missed, "X returned to manage Y United. He was sacked", Y read as a person), a
person named inside the subject ("the works of X fill volumes": nothing done to X), a person named
only as an owner ("the award went to X's film"), or any word
before the pronoun in its own sentence that names a person or is a subject ("When X left, he").
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Span, Token

from stories.extraction.mentions import PersonMention

_OPENING = frozenset({"he", "she"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
_PERSONAL = frozenset({"he", "she", "i", "we", "you", "who"})


def object_antecedent(
    pronoun: Token,
    sentence: Span,
    before: Span | None,
    person_at: dict[int, PersonMention],
    may_be_he: Callable[[Token], bool],
) -> PersonMention | None:
    """The one person `before` (the sentence before the pronoun's) names, when the pronoun is
    the first subject of its `sentence` and `before`'s main subject is no possible "he" or
    "she" (`may_be_he`: a common noun that may be a person); None otherwise."""
    if before is None or pronoun.lower_ not in _OPENING or pronoun.dep_ not in _SUBJECTS:
        return None
    if any(t.i in person_at or t.dep_ in _SUBJECTS for t in sentence if t.i < pronoun.i):
        return None
    named = {person_at[t.i].name: person_at[t.i] for t in before if t.i in person_at}
    if len(named) != 1:
        return None
    subjects = [t for t in before.root.children if t.dep_ in _SUBJECTS]
    if not subjects or any(_may_be_the_pronoun(s, person_at, may_be_he) for s in subjects):
        return None
    if any(t.i in person_at for s in subjects for t in s.subtree):
        return None  # "the works of X fill volumes": X is no one the sentence did anything to
    person = next(iter(named.values()))
    if _only_an_owner(before, person, person_at):
        return None  # "the award went to X's film": X owns a thing, nothing was done to X
    return person


def _only_an_owner(
    before: Span, person: PersonMention, person_at: dict[int, PersonMention]
) -> bool:
    """Whether every mention of `person` in `before` is a possessor ("X's film"), so that the
    "he" that follows is a guess the clause must back with a date or place of its own."""
    tokens = {t.i: t for t in before if t.i in person_at and person_at[t.i].name == person.name}
    heads = [t for t in tokens.values() if t.head.i not in tokens or t.head is t]
    return bool(heads) and all(t.dep_ == "poss" for t in heads)


def _may_be_the_pronoun(
    subject: Token, person_at: dict[int, PersonMention], may_be_he: Callable[[Token], bool]
) -> bool:
    """Whether a subject (or one coordinated with it) could itself be the "he" that follows."""
    for token in [subject, *(c for c in subject.children if c.dep_ == "conj")]:
        if token.i in person_at or _a_name(token) or may_be_he(token):
            return True  # a name: perhaps a person the recogniser missed
        if token.lower_ in _PERSONAL:
            return True
    return False


def _a_name(token: Token) -> bool:
    """A proper noun, or a capitalised word inside its sentence the tagger took for a common
    plural ("…, Schembs said")."""
    return token.pos_ == "PROPN" or (token.is_title and not token.is_sent_start)
