"""What someone is on the way somewhere to do happens where they go: "the delegation was en
route to X to deliver the message".

An infinitive of purpose under a journey told by its way ("was en route to X to deliver a
letter", "is on his way to X to sign") tells what is to be done at the journey's end. Its
clause names no place of its own, and the destination, which says nothing of where the
journey itself is, is where the purpose is carried out.
"""

from __future__ import annotations

from spacy.tokens import Token

_ENDS = frozenset({"to", "into"})
# "en route to X", "on the way to X", "on their way to X".
_WAYS = frozenset({"route", "way"})


def purpose_destination(anchor: Token) -> list[Token]:
    """The words of the place a journey goes to when `anchor` is the infinitive of its
    purpose ("deliver" of "was en route to X to deliver"), else none."""
    if anchor.dep_ not in ("xcomp", "advcl") or anchor.tag_ != "VB":
        return []
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in anchor.children):
        return []
    verb = anchor.head
    if verb == anchor or verb.i > anchor.i:
        return []
    ends = [
        end
        for preposition in verb.children
        if preposition.dep_ == "prep"
        for noun in preposition.children
        if noun.dep_ == "pobj" and noun.lemma_.lower() in _WAYS
        for end in noun.children
        if end.dep_ == "prep" and end.lower_ in _ENDS and end.i < anchor.i
    ]
    return [noun for end in ends for noun in end.children if noun.dep_ == "pobj"]
