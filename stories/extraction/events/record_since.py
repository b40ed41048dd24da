"""A "since" phrase that measures a record, not a state lasting from then.

"Trapped since June 23", "relations have cooled since the summit": on a verb, "since" makes
the clause a state that lasts from that day, no happening of its own. After a record
("the first time since 1993", "its highest level since 2008", "recorded its worst week since
August") it is only the record's reference point: the clause still tells something that
happened. The parser hangs such a phrase on the noun or, as often, on the verb whose object
holds the superlative.
"""

from __future__ import annotations

from spacy.tokens import Token

# Words that make a noun a record without a superlative's form.
_RECORD_WORDS = frozenset({"first", "last", "record"})


def record_since(since: Token) -> bool:
    """Whether a "since" phrase is the reference point of a record: on a noun that is not the
    sentence's root, or on a verb whose object, just before the phrase, is a record."""
    head = since.head
    if head.pos_ in ("NOUN", "PROPN", "ADJ") and head.dep_ != "ROOT":
        return True
    if head.pos_ != "VERB":
        return False
    return any(
        c.dep_ == "dobj" and c.i < since.i and _a_record(c) and since.i - c.right_edge.i == 1
        for c in head.children
    )


def _a_record(noun: Token) -> bool:
    """ "its worst stretch", "the highest level", "a record low", "the first time"."""
    return any(
        c.dep_ in ("amod", "compound") and (c.tag_ == "JJS" or c.lower_ in _RECORD_WORDS)
        for c in noun.children
    )
