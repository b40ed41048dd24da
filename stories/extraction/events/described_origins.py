"""Where a participant came from is not where the event happened.

News describes a participant by the journey that brought it, in a participle or relative
clause hung on the noun: "a storm system moving into the valley from Nebraska could drop an
inch of rain", "troops returning from Iraq were honoured in Ohio", "a flight arriving from
Paris crashed". The "from" phrase of that describing verb says where the storm, the troops or
the flight set out, not where the main event (the rain, the honouring, the crash) took place.
events.places already reads "from X" on a noun the event involves ("a request from the US") as
an origin; this reads it so on the verb of a clause describing such a noun as well. The event's
own verb keeps its "from" ("the storm moved east from Nebraska": where it set out, as
events.route_starts places journeys).
"""

from __future__ import annotations

from spacy.tokens import Token

# Clauses hung on a noun to describe it: "moving from X", "which came from X".
_DESCRIBING = frozenset({"acl", "relcl"})


def describing_origin(preposition: Token, heads: set[int]) -> bool:
    """Whether `preposition` is a "from" on the verb of a clause describing a noun ("a storm
    moving from X"), that verb being none of the event's own words (`heads`)."""
    if preposition.lower_ != "from":
        return False
    verb = preposition.head
    return verb.pos_ == "VERB" and verb.dep_ in _DESCRIBING and verb.i not in heads
