"""A place of unknown kind pinned to a point lies in the town or county around that point.

A story's restaurant, street or neighbourhood ("Cedar River Seafood", "the Holly Heights
neighborhood of Gainesville") is often a name the gazetteer lacks: the recogniser keeps it as a
place of unknown kind (specificity 0) pinned where its town is. Containment (events.setting)
never puts a less specific place inside a more specific one, which is right for a country and a
city but leaves such a point outside its own town, so a local story that names its town once and
its scene by a venue counts the venue against the town and gets no setting at all. When the
story's places give no setting otherwise, they are read again with an unknown-kind point lying in
the town or county whose reach covers it, and in no wider area (its state or country is not known
from a point alone). Such a point took its town's point for want of its own, so it helps the town
hold most of the story's mentions but is no evidence of its own against a rival town: a town
resolved to a namesake far away ("Chinatown" of another city) must not win on the streets pinned
beside it. A story that already has a setting keeps it: a venue that was the setting on
its own ("the Magic Box" of a Madrid tournament) stays the setting.
"""

from __future__ import annotations

from collections.abc import Mapping

from stories.extraction.mentions import PlaceMention
from stories.geocoding.places import distance_km

_UNKNOWN_KIND = "other"


def point_within(inner: PlaceMention, outer: PlaceMention, reach_km: Mapping[str, float]) -> bool:
    """Whether `inner`, a pinned place of unknown kind, lies within `outer`'s reach (`reach_km`
    by kind: a town's or a county's); never for a kind without a reach, nor across a border."""
    if inner.kind != _UNKNOWN_KIND or inner.specificity != 0 or outer.kind not in reach_km:
        return False
    if inner.latitude is None or inner.longitude is None:
        return False
    if outer.latitude is None or outer.longitude is None:
        return False
    if inner.country_code and outer.country_code and inner.country_code != outer.country_code:
        return False
    distance = distance_km(inner.latitude, inner.longitude, outer.latitude, outer.longitude)
    return distance <= reach_km[outer.kind]
