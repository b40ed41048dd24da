"""A metropolis sharing its state's name, written as where a company or a court sits.

Business and wire copy writes a company's seat after its name ("Acme Corp., New York, said"),
as an adjective ("a New York-based insurer"), and a case's court by its city ("filed in federal
bankruptcy court in New York"). A company's head office and a court sit in a city, so such a
name, which is both a state's and the metropolis's in it, means the metropolis, even in a story
that names other states (which keeps events.metropolis's story-wide rule from choosing the
city). Evidence: a 1989 business story naming a company's Connecticut home and its plan "filed
... in federal bankruptcy court in New York" read the court's place as the state, 263 km from
the city its gold gives; others wrote "X Corp., New York," and "New York-based X". Only the
mention so written changes: "Albany, New York" and "farmers in New York" keep the state, and
so does a part of the state named before it ("an upstate New York-based dairy") and a court
of the state's own ("a state court in New York"), which may sit in any of its towns.
"""

from __future__ import annotations

import re

from stories.company_names import after_company_suffix
from stories.geocoding.mention_reading import COMPASS_WORD, Mention
from stories.geocoding.metropolis import metropolises
from stories.geocoding.places import GazetteerKind

# "-based" after the name: a company's seat.
_BASED = re.compile(r"-based\b")
# A part of the state before its name: "upstate New York", "western New York".
_PART_BEFORE = re.compile(rf"\b(?:upstate|downstate|{COMPASS_WORD})\s+$", re.IGNORECASE)
# A court or an exchange "in" the name, or a body "based" or "headquartered" there: where it
# sits.
_SITTING_BODY = re.compile(
    r"\b(?:court|courthouse|exchange|based|headquartered)\s+in\s+$", re.IGNORECASE
)
# A court of the state itself, which sits in any of its towns: "a state court in New York",
# "the state's highest court in New York".
_STATE_COURT = re.compile(r"\b(?:state|state's|highest)\s+(?:\w+\s+)?court\s+in\s+$", re.I)


def seated_metropolises(text: str, mentions: list[Mention]) -> None:
    """Re-choose as its metropolis each state mention written as a company's or a court's
    seat."""
    for mention in mentions:
        state = mention.choice
        if state is None or state.kind != GazetteerKind.ADMIN1:
            continue
        if not _written_as_seat(text, mention):
            continue
        city = next(metropolises(mention, state), None)
        if city is not None:
            mention.choice = city


def _written_as_seat(text: str, mention: Mention) -> bool:
    """ "New York-based", "Acme Corp., New York,", "court in New York", "based in New York";
    not "upstate New York-based"."""
    if _PART_BEFORE.search(text[max(0, mention.start - 24) : mention.start]):
        return False
    if _BASED.match(text, mention.end):
        return True
    if after_company_suffix(text, mention.start) and text[mention.end : mention.end + 1] == ",":
        return True
    before = text[max(0, mention.start - 40) : mention.start]
    return _SITTING_BODY.search(before) is not None and _STATE_COURT.search(before) is None
