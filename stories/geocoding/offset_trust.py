"""When the story's "near Y" may stand for a place in place of its own namesake.

"X, near Y" places X beside Y, even when the gazetteer's X lies elsewhere: the X it knows is
then another place of that name. But "near" says no more than where Y is, and Y's point is
only as good as the reading of Y: a hamlet "near Pine Lake" set beside a namesake of Pine Lake
a thousand kilometres off, or "near the Acme office" read as a village called Acme abroad. When
X's own namesake lies beside another place the story names, the story has placed X already, and
a bare "near" does not move it. A distance and a bearing ("20 miles north of Y") are the
writer's own measure and always stand.
"""

from stories.geocoding.mention_reading import Mention
from stories.geocoding.places import BROAD_KINDS, GazetteerEntry, distance_km

NEIGHBOUR_KM = 100.0  # a namesake this close to another of the story's places is one of its own


def placed_by_story(mention: Mention, mentions: list[Mention]) -> bool:
    """Does the mention's chosen namesake lie beside another place the story names (a town or
    a county, not the name itself, nor the name its "near" points at)?"""
    best, offset = mention.choice, mention.description.offset
    if best is None or best.kind in BROAD_KINDS or offset is None:
        return False
    anchor = (offset.anchor_start, offset.anchor_end)
    return any(
        distance_km(best.latitude, best.longitude, m.choice.latitude, m.choice.longitude)
        <= NEIGHBOUR_KM
        for m in mentions
        if m.key != mention.key
        and m.choice is not None
        and m.choice.kind not in BROAD_KINDS
        and not (m.start <= anchor[0] < m.end or anchor[0] <= m.start < anchor[1])
    )


def offset_stands(mention: Mention, anchor: GazetteerEntry | None, mentions: list[Mention]) -> bool:
    """May the story's offset stand for the place itself? Not a bare "near" a state or a
    country ("near the Indiana, Ill., border" says little of where Champaign is), nor a bare
    "near" when the story's other places hold the mention's own namesake."""
    if mention.description.offset.distance_km is not None:
        return True
    if anchor is not None and anchor.kind in BROAD_KINDS:
        return False
    return not placed_by_story(mention, mentions)
