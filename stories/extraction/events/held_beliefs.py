"""Reported clauses held rather than known, and hedges that cite a charge, read by `certainty`.

"Say" passes a reported clause on as the news; "believe" and "allege" do not: "police believe
the man fled", "it is alleged he took the money", "alleging that the witness lied" give what
someone holds or charges, and the story leaves it open (speculated). A belief denied ("did not
believe the man fled") is no denial of the fleeing: the clause stays open.

"Allegedly" on the deed a charge names ("was held for allegedly robbing a bank", "allegedly
left the child in a car") is the legal wording of crime news, which reports the act the
police charge; like "reportedly" it cites and does not doubt, and the tense says what happened.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from spacy.tokens import Token

from stories.extraction.mentions import EventCandidate

# Reporting verbs whose clause is a belief or a charge, not a report of fact.
_HOLDING = frozenset({"believe", "allege"})
# Hedges that cite a report or a charge rather than doubt it.
CITING_ADVERBS = frozenset({"reportedly", "allegedly"})
# A modal perfect: "may have perished", "would then have claimed", "could not have known".
_MODAL_PERFECT = re.compile(
    r"\b(?:may|might|could|would|should|must)(?:\s+(?:not|then|well|also|never))?\s+have\b",
    re.IGNORECASE,
)
# Certainty cues of a governor that hold the clause open rather than arrange it.
_OPEN_CUES = frozenset({"speculated"})


def held_belief(governor: Token) -> str | None:
    """ "believe"/"allege" governing a clause: the clause is speculated."""
    return "speculated" if governor.lemma_.lower() in _HOLDING else None


def open_cue_denied(cue: str) -> bool:
    """Whether a negated governor with this cue leaves its clause open rather than denied:
    "did not believe he fled", "never suggested they met"."""
    return cue in _OPEN_CUES


def held_past(event: EventCandidate, tense_of: Callable[[EventCandidate], str]) -> bool:
    """A speculated happening told in the past ("police believe the man fled", "it is alleged
    he took the money") is a past deed that someone holds happened: it has its time in the
    story like a deed told as done, and is dated the same way. A speculated future ("could
    bring rain") has no such time, nor has one weighed with a modal perfect ("may have
    perished", "would have claimed"), a view of the past rather than a deed told."""
    if event.certainty != "speculated" or _MODAL_PERFECT.search(event.quote):
        return False
    return tense_of(event) == "past"
