"""Merging places: two rows of one story that are one place on the map.

One function for everyone who merges: the admin's "merge places" action (an editor's decision,
so the aliases it adds are locked) and the geocoding job (two spellings that resolved to one
GeoNames entry, aliases left open to the pipeline). One transaction: a failed merge leaves
nothing half-done.
"""

from __future__ import annotations

from collections.abc import Iterable

from django.db import transaction

from stories.models import Event, Mention, Place


class MergeError(ValueError):
    """The selection cannot be merged (too few rows, or rows from different stories)."""


def check_mergeable(rows: list, noun: str) -> None:
    """Refuse a merge of fewer than two rows or of rows from different stories."""
    if len(rows) < 2:
        raise MergeError(f"Select at least two {noun} to merge.")
    if len({row.story_id for row in rows}) > 1:
        raise MergeError(f"Only {noun} of the same story can be merged.")


def place_merge_order(place: Place) -> tuple:
    """Which place survives a merge: an editor's confirmed position, then any pin, then age."""
    return (
        not (place.status == Place.Status.CONFIRMED or place.position_locked),
        not place.is_pinned,
        place.pk,
    )


@transaction.atomic
def merge_places(places: Iterable[Place], *, by_editor: bool = True) -> Place:
    """Merge places into one; return it.

    The survivor is the most trustworthy (see `place_merge_order`). Every event and mention of
    the others is re-pointed to it; their names and aliases become its aliases, which is also how
    re-extraction finds the survivor again when an article names the merged-away place. An
    editor's merge locks those aliases; the job's merge leaves them to the pipeline and never
    overrides aliases an editor locked.
    """
    ordered = sorted(places, key=place_merge_order)
    check_mergeable(ordered, "places")
    survivor, *merged = ordered
    aliases = list(survivor.aliases)
    for place in merged:
        for event in Event.objects.filter(place=place):
            event.place = survivor
            event._change_reason = f"place “{place}” merged into “{survivor}”"
            event.save(update_fields=["place", "updated_at"])
        Mention.objects.filter(place=place).update(place=survivor)
        for name in [place.name, *place.aliases]:
            if name != survivor.name and name not in aliases:
                aliases.append(name)
        place.delete()
    if aliases != survivor.aliases and (by_editor or not survivor.is_locked("aliases")):
        survivor.aliases = aliases
        if by_editor:
            survivor.lock("aliases")
    survivor._change_reason = f"merged {len(merged)} place(s) into this one"
    survivor.save()
    return survivor
