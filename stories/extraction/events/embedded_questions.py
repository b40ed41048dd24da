"""Embedded questions: a clause that asks about a happening does not report one.

"Analysts asked how many consumers will sign up for it", "nobody knows what the deal will
cost": the clause under the question word names a happening only to ask about it, so it gives
the timeline nothing that happened (events.certainty). "whether" and "if" questions are the
governor's speculation instead (certainty's governed cues); a relative clause ("the man who
left") describes a noun and asks nothing.
"""

from __future__ import annotations

from spacy.tokens import Token

_WH_WORDS = frozenset({"how", "why", "what", "which", "who", "whom", "whose"})


def embedded_question(verb: Token) -> bool:
    """Whether the verb heads a clause opened by a question word under another verb."""
    if verb.dep_ in ("relcl", "ROOT") or verb.head == verb:
        return False
    first = next(verb.subtree)
    return first.lower_ in _WH_WORDS and first.tag_ in ("WRB", "WP", "WDT", "WP$")
