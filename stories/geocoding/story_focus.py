"""Where a place the gazetteer lacks most likely lies: beside the story's nearest local place.

Local news names creeks, townships, parks, lakes and hamlets that no gazetteer we ship holds
("the Neches River", "Readington Township", "Tennessee Colony"). A story keeps to one area, and
the town it named last before such a name is, more often than not, within a county or two of it:
an estimate an editor can refine beats a place left off the map. Only towns and smaller places
anchor the estimate: a country or state named earlier says too little about where the place is.
"""

from stories.geocoding.mention_reading import Mention
from stories.geocoding.places import GazetteerEntry, GazetteerKind
from stories.geocoding.resolution import Resolution

# Too large to stand for the surroundings of a place the story does not locate.
BROAD_KINDS = frozenset(
    {
        GazetteerKind.CONTINENT,
        GazetteerKind.OCEAN,
        GazetteerKind.SEA,
        GazetteerKind.COUNTRY,
        GazetteerKind.ADMIN1,
        GazetteerKind.REGION,
    }
)
# The estimate's radius: about a county, the distance within which such names usually lie.
NEARBY_RADIUS_KM = 50.0
NEARBY_CONFIDENCE = 0.2


def nearest_local_place(mention: Mention, mentions: list[Mention]) -> GazetteerEntry | None:
    """The local place the story chose for the name written last before ``mention`` (or, when
    none comes before, first after it); None when the story names no town or smaller place."""
    local = sorted(
        (m for m in mentions if m.choice is not None and m.choice.kind not in BROAD_KINDS),
        key=lambda m: m.start,
    )
    before = [m for m in local if m.start < mention.start]
    if before:
        return before[-1].choice
    return local[0].choice if local else None


def unknown_name(mention: Mention, near: GazetteerEntry | None) -> Resolution:
    """A name the gazetteer lacks: estimated beside ``near`` with a county's radius, or left
    unresolved when the story names no local place."""
    if near is None:
        return Resolution(
            mention.surface, None, None, None, None, None, 0.0, "unresolved",
            "no place of that name in the gazetteer", None, [],
        )  # fmt: skip
    return Resolution(
        mention.surface, near.latitude, near.longitude, None, None, near.country_code,
        NEARBY_CONFIDENCE, "estimated",
        f"not in the gazetteer; placed near {near.name}, the story's nearest local place",
        NEARBY_RADIUS_KM, [],
    )  # fmt: skip
