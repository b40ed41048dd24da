"""Relative clauses that tell a harm done: "a scheme that defrauded the state", "the gunman
who shot two guards".

A relative clause mostly describes the noun it hangs on ("a company that makes shoes"), so a
verb in one needs a date, a place or a person to be an event. A past verb of violence or
crime acting on an object is different: English tells the deed a story is about this way
("charged over a blaze that destroyed the mill"), and the clause's subject, the relative
word, stands for a named actor all the same.
"""

from __future__ import annotations

from spacy.tokens import Token

# Event classes whose past deed on an object is one happening, told in a relative clause too.
_HARMS = frozenset({"attack", "kill", "fraud"})
# Relative words that are a clause's subject ("which", "that", "who").
_RELATIVE_TAGS = frozenset({"WDT", "WP"})


def harm_told_in_relative(verb: Token, event_class: str) -> bool:
    """Whether `verb` heads a relative clause whose subject is the relative word and which
    tells, in the simple past, a harm done to an object: "a fraud that defrauded the
    government", not "a firm that makes guns" (present) nor "a bill that would ban guns"."""
    if event_class not in _HARMS or verb.dep_ != "relcl" or verb.tag_ != "VBD":
        return False
    if any(c.dep_ in ("aux", "auxpass", "neg") for c in verb.children):
        return False
    subject = any(c.dep_ == "nsubj" and c.tag_ in _RELATIVE_TAGS for c in verb.children)
    return subject and any(c.dep_ == "dobj" for c in verb.children)
