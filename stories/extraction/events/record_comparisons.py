"""A deed compared with everyone's is a record, not a happening.

"The state executed more prisoners than any other state", "the club has won more titles than
anyone": a clause whose comparison runs "than any ..." ("than anyone", "than anybody", "than
anything", "than any other X") ranks its subject against all others over a span of time; it
states a standing, the way a general statement does, and tells no one happening. A comparison
with something named or dated ("arrested more protesters on Friday than on Thursday") and a
count ("arrested more than 20 people") compare one happening and stay, and so does a clause
dated to a day ("shares rose more than any other stock on Friday"): one day's move. A
comparison with any other stretch of time ("grew faster than any quarter since 2019") ranks
this period's one move against past ones, and stays too. So does a clause whose subject is
itself a happening ("the wildfire destroyed more homes than any other fire", "the storm killed
more people than any storm since 1900"): one happening is ranked, no standing kept over time.
"""

from __future__ import annotations

from spacy.tokens import Token

from stories.extraction.events.lexicon import NOUN_CLASSES
from stories.extraction.times.vocab import UNITS

_ANY_WORDS = frozenset({"anyone", "anybody", "anything"})
# Stretches of time a figure is ranked against: "faster than any quarter", "than at any time".
_PERIODS = frozenset(UNITS) | {"quarter", "time", "period", "season", "point"}


def compares_with_anyone(verb: Token) -> bool:
    """Whether the verb's own clause holds a "than" whose object is everyone else ("than
    anyone", "than any other state"), and its subject is no happening ("the storm")."""
    if any(
        c.dep_ in ("nsubj", "nsubjpass") and c.lemma_.lower() in NOUN_CLASSES for c in verb.children
    ):
        return False  # "the wildfire destroyed more homes than any other fire": one happening
    return any(
        t.lower_ == "than" and _clause_verb(t) == verb and any(_anyone(o) for o in t.children)
        for t in verb.subtree
    )


def _anyone(noun: Token) -> bool:
    """ "anyone", "anybody", "anything", "any other state", "any": all others."""
    if noun.dep_ != "pobj":
        return False
    if noun.lower_ in _ANY_WORDS or noun.lower_ == "any":
        return True
    if noun.lemma_.lower() in _PERIODS or noun.ent_type_ == "DATE":
        return False  # "grew faster than any quarter since 2019": this period's one move
    return any(c.dep_ == "det" and c.lower_ == "any" for c in noun.children)


def _clause_verb(token: Token) -> Token:
    """The nearest verb above the token: the clause it belongs to."""
    head = token.head
    while head.pos_ not in ("VERB", "AUX") and head.head != head:
        head = head.head
    return head
