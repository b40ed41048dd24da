"""Deeds weighed but not yet decided: "the board is considering selling the unit".

A verb of deliberation that takes a gerund ("lawmakers are considering raising the tax", "she
mulled running for mayor", "is contemplating bidding for the firm") tells news of its own: a
party is weighing a deed, and that weighing is what the story reports, though the deed may
never come. "Consider" is otherwise a thought ("considers him a friend", "consider that the
plan failed") and never an event (lexicon.NON_EVENT_VERBS); only with a gerund complement,
the deed weighed, is it one. Its title carries the complement ("considers selling the unit").
"""

from __future__ import annotations

from spacy.tokens import Token

# Verbs of deliberation whose gerund complement is a deed weighed.
DELIBERATING_VERBS = frozenset({"consider", "contemplate", "mull"})


def weighs_a_deed(verb: Token) -> bool:
    """A verb of deliberation taking a gerund: "is considering bidding for the firm"."""
    return verb.lemma_.lower() in DELIBERATING_VERBS and any(
        c.dep_ == "xcomp" and c.tag_ == "VBG" for c in verb.children
    )
