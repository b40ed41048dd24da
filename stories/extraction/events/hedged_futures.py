"""Futures whose wording hedges them, read by `certainty`.

"Will" tells a plan, but "will likely produce rain" weighs a likelihood (expected), and "will
leave if the law passes" hangs on a condition still open (speculated).
"""

from __future__ import annotations

from spacy.tokens import Token

# Adverbs that weigh a future as likely rather than arranged.
_LIKELY = frozenset({"likely", "probably"})
# Conjunctions that make a clause a condition.
_CONDITIONS = frozenset({"if", "unless"})


def likely_future(verb: Token) -> bool:
    """ "will likely produce", "will probably close": a future weighed as likely."""
    return any(c.dep_ == "advmod" and c.lower_ in _LIKELY for c in verb.children)


def conditional_future(verb: Token) -> bool:
    """ "will leave if the amendment passes": a future that an open condition governs."""
    return any(
        c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in _CONDITIONS for m in c.children)
        for c in verb.children
    )
