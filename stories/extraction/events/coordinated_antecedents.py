"""Whom a sentence-opening "they" means after a sentence whose subject is people joined by "and".

"She and family members went looking for him. They found him in a ditch": the "they" that opens
a sentence as its main subject goes on telling of the main subject of the sentence just before,
when that subject is a coordination of people ("she and family members", "the mayor and two
officials", "Lee and his team"): English uses "they" for such a pair as for a plural noun, and the
two named together are the plural the reader has in mind. Without this the "they" found no
plural subject noun (a coordination's second member is no subject of its own) nor two named
people (`MentionIndex._last_pair` asks for names), and the clause had no title.

Only the main subject of the sentence just before, in the same paragraph, and only when every
member is a person: "he" or "she", a named person, or a noun naming people
(role_nouns.names_people), never "I", "we" or "you" (a group with one of those is "we" or
"you", not "they"); "the fire and the wind" is not whom a "they" that acts means.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Span, Token

from stories.extraction.mentions import PersonMention

_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
_PERSONS = frozenset({"he", "she"})
# A group with the speaker or the one spoken to in it is "we" or "you", never "they".
_NOT_THEY = frozenset({"i", "me", "we", "us", "you"})


def coordinated_subject_before(
    pronoun: Token,
    sentences: list[Span],
    number: int,
    is_person: Callable[[Token], bool],
) -> Token | None:
    """The coordinated people subject of the sentence before a sentence-opening main subject
    "they" (`sentences[number]` holds it), or None."""
    if pronoun.lower_ != "they" or pronoun.dep_ not in _SUBJECTS or number == 0:
        return None
    sentence = sentences[number]
    if pronoun.head != sentence.root or any(
        t.dep_ in _SUBJECTS or t.pos_ == "VERB" for t in sentence if t.i < pronoun.i
    ):
        return None
    before = sentences[number - 1]
    if any("\n" in t.text_with_ws for t in pronoun.doc[before.start : pronoun.i]):
        return None  # a paragraph break: a new topic
    subject = next((c for c in before.root.children if c.dep_ in _SUBJECTS), None)
    if subject is None:
        return None
    members = [subject] + [c for c in subject.children if c.dep_ == "conj"]
    if len(members) < 2:
        return None
    if any(m.lower_ in _NOT_THEY for m in members):
        return None  # "My brother and I searched … They found the boy": others
    if not all(m.lower_ in _PERSONS or is_person(m) for m in members):
        return None
    return subject


def pair_names(
    pair: Token | None, person: Callable[[Token], PersonMention | None]
) -> frozenset[str]:
    """The names of every named member of the coordination `pair` a "they" stands for: an
    object "him" in that clause is none of them ("Dana Cole and Mike Ford … They found him")."""
    members = [pair, *(c for c in pair.children if c.dep_ == "conj")] if pair is not None else []
    return frozenset(p.name for m in members if (p := person(m)) is not None)
