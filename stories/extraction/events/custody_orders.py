"""Orders told with a bare past participle, read by `certainty`.

"Ordered to pay a fine" sets a duty still to be met (planned), but "was ordered held on bond",
"ordered detained" give the state the order put someone in at once: a court's custody order is
in force as it is told. The dev gold marks the holding occurred; the rule takes only a past
participle straight under "order", so every infinitive keeps the governor's "planned".
"""

from __future__ import annotations

from spacy.tokens import Token


def ordered_into_state(verb: Token) -> bool:
    """ "was ordered held on bond", "ordered detained": an order's effect, in force when told."""
    return verb.tag_ == "VBN" and verb.dep_ == "xcomp" and verb.head.lemma_.lower() == "order"
