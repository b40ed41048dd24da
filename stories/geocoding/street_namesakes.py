"""A street named after a town is not that town.

American streets are named after towns ("Decatur Boulevard" in Las Vegas, "Wichita Drive" in
Ohio), and once a story has written the street in full it shortens it to the bare name: "the
southbound lanes of Decatur", "turning left onto Decatur". The bare name is then the street,
in the story's own town, not the town Decatur, Illinois. When the article writes a name with
a street word after it, and the town chosen for the bare name lies far from every other town
of the story, the bare name is left to the story's area (resolved as a name the gazetteer
lacks would be: beside the story's nearest local place, with a county's radius).
"""

import re

from stories.geocoding.mention_reading import Mention
from stories.geocoding.namesake_evidence import name_groups
from stories.geocoding.places import GazetteerKind, distance_km
from stories.geocoding.resolution import Resolution
from stories.geocoding.story_focus import estimated_near, nearest_local_place

# The words that make a name a street's: "Decatur Boulevard", "Wichita Dr.", "Elm St".
STREET_WORDS = (
    r"Street|St|Avenue|Ave|Boulevard|Blvd|Road|Rd|Drive|Dr|Lane|Ln|Parkway|Pkwy|Highway|Hwy"
    r"|Court|Ct|Place|Pl|Way|Terrace|Circle|Pike|Trail|Expressway|Freeway"
)
_STREET_AFTER = re.compile(rf"\s+(?:{STREET_WORDS})\b\.?")
# A town this far from each of the story's other towns is not where a street of the story runs.
FAR_KM = 150.0


def writes_as_street(text: str, name: str) -> bool:
    """Does the article write ``name`` followed by a street word somewhere?"""
    for found in re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text):
        if _STREET_AFTER.match(text, found.end()):
            return True
    return False


def forget_street_towns(text: str, mentions: list[Mention]) -> set[int]:
    """Forget the town chosen for a bare name the article also writes as a street's, when that
    town lies over FAR_KM from every other town the story places (and it places one at least);
    a name qualified by its state ("Decatur, Ill.") is the town. Returns the ids of the
    mentions read as streets (see street_resolution)."""
    streets: set[int] = set()
    ordered = sorted(mentions, key=lambda m: m.start)
    for key, group in list(name_groups(ordered, mentions)):
        chosen = group[0].choice
        if chosen.kind != GazetteerKind.CITY or any(m.qualifiers for m in group):
            continue
        towns = [
            m.choice
            for m in mentions
            if m.key != key and m.choice is not None and m.choice.kind == GazetteerKind.CITY
        ]
        if not towns or any(
            distance_km(chosen.latitude, chosen.longitude, t.latitude, t.longitude) <= FAR_KM
            for t in towns
        ):
            continue
        if not writes_as_street(text, group[0].surface):
            continue
        for m in group:
            m.choice = None
            streets.add(id(m))
    return streets


def street_resolution(mention: Mention, mentions: list[Mention]) -> Resolution:
    """A street's bare name: beside the story's local place written nearest before it."""
    return estimated_near(
        mention,
        nearest_local_place(mention, mentions, worded=False),
        unresolved="a street the story names, in no town it places",
        placed="a street the story names: placed in {near}, the story's nearest local place",
    )
