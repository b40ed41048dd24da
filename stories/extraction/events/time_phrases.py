"""A time phrase hung straight on a verb: "Friday", "last month", "on May 2", "in 2012".

Several rules ask whether a verb carries a date of its own (a finding with its own day, a
decided act done then, a saying made on a stated day, a state told from one year to another);
they differ only in which prepositions may carry the date and which kinds of time count.
"""

from __future__ import annotations

from spacy.tokens import Token

TIME_ENTITIES = frozenset({"DATE", "TIME"})
DATING_PREPOSITIONS = frozenset({"in", "on", "at", "during"})


def dates_the_verb(
    child: Token,
    prepositions: frozenset[str] = DATING_PREPOSITIONS,
    entities: frozenset[str] = TIME_ENTITIES,
) -> bool:
    """Whether a dependent of a verb is a time phrase dating it: a bare time ("Friday", "last
    month") or a preposition among `prepositions` whose object is one ("on May 2")."""
    if child.dep_ == "npadvmod":
        return child.ent_type_ in entities
    return (
        child.dep_ == "prep"
        and child.lower_ in prepositions
        and any(o.dep_ == "pobj" and o.ent_type_ in entities for o in child.children)
    )


def has_own_time(verb: Token) -> bool:
    """Whether a time phrase of the verb's own, bare, adverbial or after any preposition,
    holds a date or a time: "said on Friday", "left overnight", "waited for hours"."""
    return any(
        c.dep_ in ("npadvmod", "prep", "advmod")
        and any(t.ent_type_ in TIME_ENTITIES for t in c.subtree)
        for c in verb.children
    )
