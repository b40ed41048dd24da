"""Futures whose wording hedges them, read by `certainty`.

"Will" tells a plan, but "will likely produce rain" weighs a likelihood (expected), as does a
reported "would likely begin" (the speaker's "will likely"), and "will leave if the law passes"
hangs on a condition still open (speculated).
"""

from __future__ import annotations

from spacy.tokens import Token

from stories.extraction.events.condition_marks import conditions_on
from stories.extraction.events.lexicon import FUTURE_AUXILIARIES
from stories.extraction.events.reported_futures import reported_clause

# Adverbs that weigh a future as likely rather than arranged.
_LIKELY = frozenset({"likely", "probably"})


def likely_future(verb: Token) -> bool:
    """ "will likely produce", "will probably close": a future weighed as likely."""
    return any(c.dep_ == "advmod" and c.lower_ in _LIKELY for c in verb.children)


def conditional_future(verb: Token) -> bool:
    """ "will leave if the amendment passes", "will stay as long as the tax break holds": a
    future that an open condition (events.condition_marks) governs."""
    return bool(conditions_on(verb))


def weighed_future(verb: Token, modals: set[str]) -> bool:
    """ "will likely bring rain"; "said the work would likely begin": a future weighed as likely.

    A "would" counts only in a reported clause, where it stands for the speaker's "will"; an
    unreported "would likely drive trucks off" is a hypothetical and reports nothing.
    """
    if not likely_future(verb):
        return False
    return bool(modals & FUTURE_AUXILIARIES) or ("would" in modals and reported_clause(verb))
