"""Merging duplicates an editor found: events reported twice, places spelled two ways.

Events merge here; places merge through `stories.geocoding.merging.merge_places`, the one place
merge the geocoding job shares. Both work in one transaction, so a failed merge leaves nothing
half-done.
"""

from __future__ import annotations

from collections.abc import Iterable

from django.db import transaction

from stories.geocoding.merging import MergeError, check_mergeable
from stories.models import DeletedEvent, Event

__all__ = ["MergeError", "merge_events"]


@transaction.atomic
def merge_events(events: Iterable[Event], *, user=None) -> Event:
    """Merge events into the earliest-created one; return it.

    The survivor gains the others' sources (a quote it already has — same article, same offset —
    is dropped with its duplicate), their people, and any date or place it lacked. Every value
    the merge gave it is locked: the editor decided it.

    The merged-away events are deleted with a tombstone (`DeletedEvent`) that records the
    survivor in `merged_into`. The tombstone is what keeps re-extraction from recreating them:
    the pipeline looks an extracted event up by its single `extraction_key`, and the survivor
    keeps its own key, so without a tombstone a re-run would find nothing under the merged key
    and create the event again. `merged_into` keeps the merged key resolvable to the survivor,
    and re-extraction follows it (`extraction.store`), so a re-extracted quote of a merged-away
    event lands on the survivor.
    """
    ordered = sorted(events, key=lambda event: (event.created_at, event.pk))
    check_mergeable(ordered, "events")
    survivor, *merged = ordered
    taken = set(survivor.sources.values_list("article_id", "start"))
    people = set(survivor.people.all())
    gained_people = False
    for event in merged:
        for source in event.sources.all():
            if (source.article_id, source.start) in taken:
                continue
            source.event = survivor
            source.save(update_fields=["event"])
            taken.add((source.article_id, source.start))
        for person in event.people.all():
            if person not in people:
                people.add(person)
                gained_people = True
        _fill_gaps(survivor, event)
        DeletedEvent.remember(event, user=user, merged_into=survivor)
        event.delete()
    if gained_people:
        survivor.people.set(people)
        survivor.lock("people")
    survivor._change_reason = f"merged {len(merged)} event(s) into this one"
    survivor.save()
    return survivor


def _fill_gaps(survivor: Event, other: Event) -> None:
    """The survivor takes a date or place it did not know from an event merged into it."""
    if survivor.place_id is None and other.place_id is not None:
        survivor.place_id = other.place_id
        survivor.lock("place")
    if survivor.date_start is None and other.date_start is not None:
        survivor.date_start = other.date_start
        survivor.date_end = other.date_end
        survivor.date_precision = other.date_precision
        survivor.lock("date_start", "date_end", "date_precision")
