"""A past verb coordinated with an infinitive, read by `certainty`.

"Failed to come up with a hit and filed for bankruptcy": the parser often hangs "filed" on the
infinitive "come", so the failure's "denied" (or a plan's "planned", "planned to visit and met
the mayor") reaches it. A verb in the simple past carries its own tense, which an infinitive
cannot: it coordinates with the governing clause and is as sure as it ("failed" occurred).
A bare verb ("failed to find a buyer or close the plant") still shares the infinitive's governor.
"""

from __future__ import annotations

from spacy.tokens import Token


def own_tense_coordinate(verb: Token) -> Token | None:
    """ "failed to come up with a hit and filed": the clause a past verb joined to an infinitive
    really coordinates with ("failed"), whose certainty it shares; None for any other verb."""
    if verb.dep_ != "conj" or verb.tag_ != "VBD":
        return None
    if any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        return None
    infinitive = verb.head
    if infinitive.dep_ != "xcomp" or not any(
        c.dep_ == "aux" and c.lower_ == "to" for c in infinitive.children
    ):
        return None
    return infinitive.head
