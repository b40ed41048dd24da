"""Verbs that usually frame a clause, or hang on another verb, told as a deed of their own.

"Inspectors are checking whether the two leaks are connected": a verb whose only complement is an
open question ("whether", "if") asserts nothing of that clause; the inquiry is what happened.
"Disagreed and ordered a scan": a second past verb with an object of its own is a second deed,
and so is "was arrested and charged with theft": a second passive step with a complement of its own.
Not a step whose complement only says what the thing is called or taken for ("was found and
identified as John Smith", "named after a local hero"): nothing more was done to it.
"""

from __future__ import annotations

from spacy.tokens import Token

_OPEN_QUESTION = frozenset({"whether", "if"})
# What an object or a complement must be to name a thing done to: a noun or a name.
_OBJECTS = frozenset({"NOUN", "PROPN"})


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
    joined to a past one, told in the simple past with a noun object of its own, is a second
    thing done by the same subject ("broke out and spread" is one happening told twice; "and
    swung it at them" mostly tells how the first was done); so is a second passive step with a
    complement of its own ("was arrested and charged with theft", "was arrested and brought to
    the county jail"; not "and identified as John Smith": `_says_what_it_is`)."""
    head = verb.head
    if verb.dep_ != "conj" or head.pos_ != "VERB":
        return False
    if verb.tag_ == "VBD" and head.tag_ == "VBD":
        return any(c.dep_ == "dobj" and c.pos_ in _OBJECTS for c in verb.children)
    return _past_passive(head) and _passive_step(verb)


def _past_passive(verb: Token) -> bool:
    """ "was arrested", "were taken": a participle after a past "be"."""
    return verb.tag_ == "VBN" and any(
        c.dep_ == "auxpass" and c.tag_ == "VBD" for c in verb.children
    )


def _passive_step(verb: Token) -> bool:
    """ "(was arrested and) charged with theft": a participle with no subject, auxiliary or
    object of its own, completed by a phrase with a noun ("with one count", "to the jail")
    that is more than what the thing is called or taken for ("as John Smith":
    `_says_what_it_is`)."""
    if verb.tag_ not in ("VBN", "VBD"):
        return False
    if any(
        c.dep_.startswith("nsubj") or c.dep_ in ("aux", "auxpass", "dobj") for c in verb.children
    ):
        return False
    return any(
        c.dep_ in ("prep", "dative")
        and not _says_what_it_is(verb, c)
        and any(o.dep_ == "pobj" and o.pos_ in _OBJECTS for o in c.children)
        for c in verb.children
    )


# Verbs that give a thing its name: "named after a local hero", "called for its founder".
_NAMING_VERBS = frozenset({"call", "dub", "name", "nickname", "rename"})


def _says_what_it_is(verb: Token, preposition: Token) -> bool:
    """Whether a complement only says what the thing is called or taken for: "(identified) as
    John Smith", "(marketed) as a cure", "(named) after a local hero", "(named) for its
    founder"; no second thing done to it."""
    word = preposition.lower_
    return word == "as" or (word in ("after", "for") and verb.lemma_.lower() in _NAMING_VERBS)
