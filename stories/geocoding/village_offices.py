"""A story about a village's own government ("village president", "the village board", "a
village trustee") names a village: its most-named town is no city of tens of thousands.

Local papers in the states that incorporate villages (Illinois, Wisconsin, Michigan, Ohio, New
York, ...) write "the village" for their town and name its offices so. A bare "Kirkland" in such a
story is then Kirkland, Illinois (1,700 people), not Kirkland, Washington (87,000), which the
population prior and the re-ranker prefer with nothing in the text for either. The largest
villages hold some 50,000 people; so when the office words occur twice or more and the story's
most-named town, unqualified, was chosen above that size, it moves to its most populous namesake
of the same kind and country below it, if there is one.
"""

import re

from stories.geocoding.mention_reading import Mention
from stories.geocoding.namesake_evidence import unqualified_names
from stories.geocoding.places import GazetteerKind

_VILLAGE_OFFICE = re.compile(
    r"\bvillage(?:['’]s)?\s+(?:president|board|trustees?|clerk|manager|administrator|hall"
    r"|council|attorney|engineer|officials|revenue|budget|limits)\b",
    re.IGNORECASE,
)
MIN_CUES = 2
# No incorporated village is much larger (Hempstead, New York, about 55,000).
VILLAGE_MAX_POPULATION = 60_000


def village_story(text: str) -> bool:
    """Does the text name its village's offices at least twice ("village president")?"""
    return len(_VILLAGE_OFFICE.findall(text)) >= MIN_CUES


def follow_village_offices(text: str, mentions: list[Mention]) -> None:
    """Move the village story's most-named town, chosen too large for a village, to its most
    populous namesake a village could be (same kind and country)."""
    if not village_story(text):
        return
    groups = list(unqualified_names(mentions, frozenset({GazetteerKind.CITY})))
    if not groups:
        return
    _, group = max(groups, key=lambda named: len(named[1]))
    chosen = group[0].choice
    if chosen.population <= VILLAGE_MAX_POPULATION:
        return
    options = [
        c.place
        for c in group[0].candidates
        if c.match == "name"
        and c.place.kind == chosen.kind
        and c.place.country_code == chosen.country_code
        and c.place.population <= VILLAGE_MAX_POPULATION
    ]
    if options:
        best = max(options, key=lambda p: p.population)
        for m in group:
            m.choice = best
