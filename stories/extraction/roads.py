"""A national name followed by a route number names a road, not the scene of an event.

American news writes its highways by the network's name and a number: "U.S. 417", "US 50",
"U.S. Route 1", "U.S. Highway 287". The "U.S." of such a name says which network the road
belongs to, not that anything happened in the country at large; read as the country it would
place a local road closure at the middle of the map. The name stays a place mention (the map
and the toponym benchmarks count it), but events are not placed by it. A number that counts or
measures ("US 10-year yields", "U.S. 2,000 troops"), ranks, scores or times ("the U.S. 4
times champion", "the U.S. 3 seed", "beat the U.S. 2 to 1", "the U.S. 6 months later") is no
route; nor is a count in a tally of names and numbers ("China 14, the U.S. 12, Japan 9"), unless
its neighbours are roads too ("Interstate 40, U.S. 70").
"""

from __future__ import annotations

import re

from stories.extraction.mentions import PlaceMention

# The network names written before a route number.
_NETWORKS = frozenset({"U.S.", "US", "U.S"})
# A route number (1-3 digits, not part of a larger number, a span or a measure), optionally
# after "Route", "Highway" or "Hwy.". A comma or full stop ends the number unless a digit follows
# ("U.S. 321, police said" is a road; "U.S. 2,000" and "U.S. 3.5" are figures).
_ROUTE_AFTER = re.compile(
    r"\s*(?:(?:Route|Highway|Hwy\.?)\s+)?-?\s?\d{1,3}(?![\d%-]|[,.]\d)"
    r"(?!\s*(?:percent|per\b|million|billion|thousand|companies|troops|people|times\b|seeds?\b"
    r"|to\s+\d|points?\b|goals?\b|medals?\b|titles?\b|wins?\b|games?\b"
    r"|(?:years?|months?|weeks?|days?|hours?|minutes?|decades?)\b))"
)

# Words that open a road's name: a tally's neighbour item named so is a road in a list of roads.
_ROAD_WORDS = r"(?:Interstate|Route|Highway|Hwy|Road|State|County|Loop|Spur|FM|SR|US|U\.S|I)"
# One item of a tally: a name that is no road's and a small number ("Japan 9", "the U.S. 12").
_TALLY_ITEM = rf"(?!{_ROAD_WORDS}\b)[A-Z][A-Za-z]+(?:\s+[A-Z][A-Za-z]+)*\s+\d{{1,3}}\b"
_TALLY_BEFORE = re.compile(rf"{_TALLY_ITEM}\s*,\s*(?:and\s+)?(?:the\s+)?$")
_TALLY_AFTER = re.compile(rf"\s*,\s*(?:and\s+)?(?:the\s+)?{_TALLY_ITEM}")


def _in_a_tally(text: str, place: PlaceMention, number_end: int) -> bool:
    """Whether the name and its number stand among other names with numbers: a count."""
    before = text[max(0, place.start - 60) : place.start]
    return bool(_TALLY_BEFORE.search(before) or _TALLY_AFTER.match(text, number_end))


def names_a_road(text: str, place: PlaceMention) -> bool:
    """Whether a place mention is the network part of a numbered road: "U.S. 417", "US Route 1"."""
    if text[place.start : place.end] not in _NETWORKS:
        return False
    route = _ROUTE_AFTER.match(text[place.end : place.end + 40])
    return route is not None and not _in_a_tally(text, place, place.end + route.end())


def scene_places(text: str, places: list[PlaceMention]) -> list[PlaceMention]:
    """The mentions that may place an event: all but the network names of numbered roads."""
    return [p for p in places if not names_a_road(text, p)]
