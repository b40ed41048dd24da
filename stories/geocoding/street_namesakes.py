"""A street named after a town is not that town.

American streets are named after towns ("Decatur Boulevard" in Las Vegas, "Wichita Drive" in
Ohio), and once a story has written the street in full it shortens it to the bare name: "the
southbound lanes of Decatur", "turning left onto Decatur". That mention is the street, in the
story's own town, not the town Decatur, Illinois. Only a mention in a street's own slot is the
street: written with its street word, or bare after "onto", "on", "along", "at", "lanes of" or
before "and 5th", once the full street form came before it. The same name as a modifier ("a
Lincoln man") or after "from" or "to" ("moved from Houston to New York") is still the town.
When the town chosen for the name lies far from every other town of the story, its street
mentions are left to the story's area (resolved as a name the gazetteer lacks would be: beside
the story's nearest local place, with a county's radius).
"""

import re

from stories.geocoding.mention_reading import Mention
from stories.geocoding.namesake_evidence import name_groups
from stories.geocoding.places import GazetteerKind, distance_km
from stories.geocoding.resolution import Resolution
from stories.geocoding.story_focus import estimated_near, nearest_local_place

# The words that make a name a street's: "Decatur Boulevard", "Wichita Dr.", "Elm St". Not
# "Place", "Court" or "Way": "the Denver Place resident" names a building as often as a street.
STREET_WORDS = (
    r"Street|St|Avenue|Ave|Boulevard|Blvd|Road|Rd|Drive|Dr|Lane|Ln|Parkway|Pkwy|Highway|Hwy"
    r"|Terrace|Circle|Pike|Trail|Expressway|Freeway"
)
_STREET_AFTER = re.compile(rf"\s+(?:{STREET_WORDS})\b\.?")
# One pass over the article: every name of one to three capitalised words with a street word
# after it.
_STREET_NAME = re.compile(rf"(?<![\w-])((?:[A-Z][\w'’.-]*\s+){{1,3}})(?:{STREET_WORDS})\b")
# Where a bare street name stands: "turned onto Decatur", "north on Decatur", "along
# Decatur", "at Decatur", "the southbound lanes of Decatur"...
_STREET_SLOT_BEFORE = re.compile(r"(?:\b(?:onto|on|along|at)|\blanes\s+of)\s+\Z")
# ... or "Decatur and 5th", "Decatur and Elm Street": a crossing.
_CROSSING_AFTER = re.compile(
    rf"\s+and\s+(?:\d+(?:st|nd|rd|th)\b|[A-Z][\w'’.-]*\s+(?:{STREET_WORDS})\b)"
)
_SLOT_REACH = 12
# A town this far from each of the story's other towns is not where a street of the story runs.
FAR_KM = 150.0


def street_names(text: str) -> dict[str, int]:
    """Each name the article writes with a street word after it ("Decatur Boulevard" gives
    "Decatur"; "Fort Worth Avenue" gives "Fort Worth" and "Worth"), with where its first
    street form starts."""
    names: dict[str, int] = {}
    for match in _STREET_NAME.finditer(text):
        words = match.group(1).split()
        for first in range(len(words)):
            names.setdefault(" ".join(words[first:]), match.start())
    return names


def in_street_slot(text: str, mention: Mention, first_street: int | None) -> bool:
    """Whether this mention is itself a street: written with its street word ("Lincoln
    Avenue"), or bare in a street's slot ("onto Decatur", "lanes of Decatur", "Decatur and
    5th") after the article has written its street form in full. A name that modifies a noun
    ("a Lincoln man") or follows "from" or "to" is not in a street's slot."""
    if _STREET_AFTER.match(text, mention.end):
        return True
    if first_street is None or first_street >= mention.start:
        return False
    return bool(
        _STREET_SLOT_BEFORE.search(text, max(0, mention.start - _SLOT_REACH), mention.start)
        or _CROSSING_AFTER.match(text, mention.end)
    )


def forget_street_towns(text: str, mentions: list[Mention]) -> set[int]:
    """Forget the town chosen for each mention that is a street of the same name (see
    in_street_slot), when that town lies over FAR_KM from every other town the story places
    (and it places one at least); a name qualified by its state ("Decatur, Ill.") is the town.
    The name's other mentions keep the town. Returns the ids of the mentions read as streets
    (see street_resolution)."""
    streets: set[int] = set()
    names = None
    ordered = sorted(mentions, key=lambda m: m.start)
    for key, group in list(name_groups(ordered, mentions)):
        chosen = group[0].choice
        if chosen.kind != GazetteerKind.CITY or any(m.qualifiers for m in group):
            continue
        if names is None:
            names = street_names(text)
        first_street = names.get(group[0].surface)
        slotted = [m for m in group if in_street_slot(text, m, first_street)]
        if not slotted:
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
        for m in slotted:
            m.choice = None
            streets.add(id(m))
    return streets


def street_resolution(mention: Mention, mentions: list[Mention]) -> Resolution:
    """A street's bare name: beside the story's local place written nearest before it (not
    the town of the same name, which the street is not in)."""
    others = [m for m in mentions if m.key != mention.key]
    return estimated_near(
        mention,
        nearest_local_place(mention, others, worded=False),
        unresolved="a street the story names, in no town it places",
        placed="a street the story names: placed in {near}, the story's nearest local place",
    )
