"""Places that belong to another deed or to a participant, not to the clause's event.

A verb that imposes a measure against someone ("imposed sanctions on X", "the tariffs levied
on X", "declared war on X") names with "on" who bears it, a participant as the object of
"accused X" is, not where the imposing happened. A curfew or a lockdown "imposed on X" holds in
X: this rule does not take X from it.

A relative "where" after "X in Y" ("the town of X in Y, where ...") refers to X: Y only
says where X lies, and the finer place is where the relative clause's deed happened.
"""

from __future__ import annotations

from spacy.tokens import Token

from stories.extraction.events.context import MentionIndex
from stories.extraction.mentions import PlaceMention

# Verbs whose "on X" names who bears what is imposed.
IMPOSING_VERBS = frozenset({"impose", "levy", "slap", "inflict", "declare", "reimpose"})
# What one side imposes on another. Not a curfew or a lockdown, which a government imposes on
# a town of its own: there "on X" says where the measure holds.
MEASURES_AGAINST = frozenset(
    {"sanction", "tariff", "duty", "embargo", "levy", "penalty", "fine", "war", "blockade"}
)


def borne_by(preposition: Token) -> bool:
    """ "on X" after a verb that imposes a measure against someone ("imposed sanctions on X",
    "the tariffs levied on X", "declared war on X"): X bears it and takes part; it is no
    place."""
    verb = preposition.head
    if preposition.lower_ != "on" or verb.lemma_.lower() not in IMPOSING_VERBS:
        return False
    things = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    if verb.dep_ == "acl":
        things.append(verb.head)  # "the sanctions imposed on X"
    return any(t.lemma_.lower() in MEASURES_AGAINST for t in things)


def finer_than_its_locator(token: Token, index: MentionIndex) -> PlaceMention | None:
    """The place a place `token` locates with "in" ("X" of "X in Y" or of "the town of X in Y",
    where `token` is Y), when it is pinned: a relative "where" hung on Y stands for X."""
    preposition = token.head
    if token.dep_ != "pobj" or preposition.lower_ != "in" or preposition.dep_ != "prep":
        return None
    located = preposition.head
    inner = index.place_roots.get(located.i)
    if inner is None:  # "the town of X in Y": the noun X renames
        named = [
            index.place_roots.get(noun.i)
            for of in located.children
            if of.dep_ == "prep" and of.lower_ == "of"
            for noun in of.children
            if noun.dep_ == "pobj"
        ]
        inner = next((p for p in named if p is not None), None)
    if inner is None or inner.latitude is None:
        return None
    return inner
