"""A future that an announcement or a pledge tells with "would": "the prime minister announced
the judge would be sworn in on March 21", "the king assured him Jordan would close the port".

Under a plain saying, "would" is the future seen from when it was said, planned
(events.reported_futures). A verb that announces or commits ("announce", "promise", "pledge",
"vow", "assure") takes its clause the same way, and more firmly: it makes the act a decision
made known, not a view. Without it, an undated "would" reads as the writer's commentary and
names no happening.
"""

from __future__ import annotations

from spacy.tokens import Token

# Verbs that make a decision or a commitment known.
ANNOUNCING_VERBS = frozenset(
    {"announce", "promise", "pledge", "vow", "assure", "guarantee", "declare", "reveal"}
)


def announced_clause(verb: Token) -> bool:
    """Whether the verb's clause (the first of a coordination) is what a verb of announcing or
    pledging takes: "announced that the plant would close", "assured him Jordan would close"."""
    clause = verb
    while clause.dep_ == "conj" and clause.head != clause:
        clause = clause.head
    return clause.dep_ == "ccomp" and clause.head.lemma_.lower() in ANNOUNCING_VERBS
