"""Verbs that usually frame a clause, or hang on another verb, told as a deed of their own.

"Inspectors are checking whether the two leaks are connected": a verb whose only complement is an
open question ("whether", "if") asserts nothing of that clause; the inquiry is what happened.
"Disagreed and ordered a scan": a second past verb with an object of its own is a second deed.
"""

from __future__ import annotations

from spacy.tokens import Token

_OPEN_QUESTION = frozenset({"whether", "if"})


def asks_only(verb: Token) -> bool:
    """ "are checking whether the two leaks are connected": every verb the governor takes is an
    open question, so the governor's act is the only thing the clause reports."""
    complements = [c for c in verb.children if c.dep_ in ("ccomp", "xcomp") and c.pos_ == "VERB"]
    return bool(complements) and all(_opened_by_question(c) for c in complements)


def _opened_by_question(clause: Token) -> bool:
    first = next(clause.subtree)
    return first.lower_ in _OPEN_QUESTION or any(
        c.dep_ == "mark" and c.lower_ in _OPEN_QUESTION for c in clause.children
    )


def second_deed(verb: Token) -> bool:
    """ "disagreed and ordered a scan", "snapped the streak and ended their hopes": a verb
    joined to a past one, told in the simple past with an object of its own, is a second
    thing done by the same subject ("broke out and spread" is one happening told twice)."""
    head = verb.head
    return (
        verb.dep_ == "conj"
        and verb.tag_ == "VBD"
        and head.tag_ == "VBD"
        and head.pos_ == "VERB"
        and any(c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN") for c in verb.children)
    )
