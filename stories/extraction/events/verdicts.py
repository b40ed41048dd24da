"""Verdicts told with "find": a court's finding is a deed, not a thought.

"Find" usually reports what someone came to think ("researchers found that sleep helps"),
which the statement filter drops. With a verdict word as its complement ("a jury found him
guilty", "the panel found the firm liable") it is what a court or tribunal did on a day, the
happening a crime or court story turns on.
"""

from __future__ import annotations

from spacy.tokens import Token

_VERDICT_WORDS = frozenset({"guilty", "innocent", "liable"})


def delivers_verdict(verb: Token) -> bool:
    """ "The jury found the defendant guilty of fraud", "found him not liable": "find" whose
    object is followed by a verdict word, however the parser attaches it."""
    if verb.lemma_.lower() != "find":
        return False
    near = [t for c in verb.children for t in (c, *c.children)]
    return any(t.lower_ in _VERDICT_WORDS for t in near)
