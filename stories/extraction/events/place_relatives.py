"""A relative clause of place that tells a deed: "the issue came to a boil in Newark, where
prosecutors have warned the defence that …".

Most relative clauses describe the noun they hang on ("the man who owns the shop"), so a speech
act is read only in clauses that report (events.speech). A clause opened by "where" says what
happened at that place: a deed of its own, which the story reports as it would in a main
clause (the speech rules still ask for a named speaker or an acting body).
"""

from __future__ import annotations

from spacy.tokens import Token


def told_where(verb: Token) -> bool:
    """Whether `verb` heads a relative clause opened by "where"."""
    return verb.dep_ == "relcl" and any(
        c.dep_ == "advmod" and c.lower_ == "where" for c in verb.children
    )
