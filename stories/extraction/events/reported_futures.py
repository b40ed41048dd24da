"""A permission or obligation a saying announces with "would": "officials said women would be
allowed to leave", "the minister said firms would be required to report".

"Would" alone is commentary in a writer's mouth, and under a saying it is the future seen from
when it was said (events.certainty: "said they would meet" is planned). For an infinitive, the
governor's future carries over to what it lets or makes happen ("will be allowed to play"); so
does a reported "would" when the governor is such a passive. An active governor ("they would
take cuts to balance the budget") gives a purpose, not an act the saying announces.
"""

from __future__ import annotations

from spacy.tokens import Token

from stories.extraction.events.lexicon import ATTRIBUTION_VERBS


def reported_passive_would(governor: Token) -> bool:
    """Whether `governor` is a passive with "would" in a clause a saying takes."""
    auxiliaries = [c for c in governor.children if c.dep_ in ("aux", "auxpass")]
    if not any(a.dep_ == "auxpass" for a in auxiliaries):
        return False
    if not any(a.lower_.replace("\u2019", "'") in ("would", "'d") for a in auxiliaries):
        return False
    return reported_clause(governor)


def reported_clause(verb: Token) -> bool:
    """Whether the verb's clause (the first of a coordination) is what a saying takes: "said
    they would meet", "said the plant would have closed by June"."""
    clause = verb
    while clause.dep_ == "conj" and clause.head != clause:
        clause = clause.head
    return clause.dep_ == "ccomp" and clause.head.lemma_.lower() in ATTRIBUTION_VERBS
