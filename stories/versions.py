"""One notion of a story's version: `Story.version`, bumped by every save to the story's rows.

Saving or deleting a story, article, event, event source or place, or changing an event's
people, runs `UPDATE story SET version = version + 1` (and `updated_at`), so the version is in
the database, where every web process and worker reads the same number. It keys the cached
pages (`stories.caching`) and is the ETag and Last-Modified of every story resource
(`stories.views.conditional`): one read of one row answers "has anything changed?".

The bump happens inside the saving transaction, so it commits together with the change. If
another transaction holds the story's row (a worker writing the same story), waiting for it
could deadlock against the rows this one holds; the bump is then made when this transaction
commits instead. Bulk writes (`QuerySet.update`, `bulk_update`) send no signals: callers bump.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Iterable
from dataclasses import dataclass

from django.db import transaction
from django.db.models import F
from django.db.models.signals import m2m_changed, post_delete, post_save
from django.dispatch import receiver
from django.http import HttpRequest
from django.utils import timezone

from stories.models import Article, Event, EventSource, Place, Story


@dataclass(frozen=True)
class StoryVersion:
    """What a story resource's cache key, ETag and Last-Modified are made of."""

    story_id: int
    number: int
    changed_at: dt.datetime

    def etag(self, variant: str) -> str:
        """A weak ETag (the same content goes out gzipped or not) for one representation."""
        digest = hashlib.sha256(variant.encode()).hexdigest()[:12]
        return f'W/"{self.story_id}.{self.number}-{digest}"'


def bump(story_id: int) -> None:
    """Give the story a new version, now (waiting for the row if another transaction has it)."""
    Story.objects.filter(pk=story_id).update(version=F("version") + 1, updated_at=timezone.now())


def story_changed(story_id: int | None) -> None:
    """Bump the story's version within the current transaction, or else when it commits."""
    if story_id is None:
        return
    if not transaction.get_connection().in_atomic_block:
        bump(story_id)
        return
    free = Story.objects.select_for_update(skip_locked=True).filter(pk=story_id)
    if free.exists():
        bump(story_id)
    else:
        transaction.on_commit(lambda: bump(story_id))


def stories_changed(story_ids: Iterable[int]) -> None:
    for story_id in set(story_ids):
        story_changed(story_id)


def story_version(request: HttpRequest, slug: str) -> StoryVersion | None:
    """The story's version, read once per request (cache, ETag and date share it)."""
    memo = request.__dict__.setdefault("_story_versions", {})
    if slug not in memo:
        row = Story.objects.filter(slug=slug).values_list("pk", "version", "updated_at").first()
        memo[slug] = StoryVersion(*row) if row else None
    return memo[slug]


@receiver([post_save, post_delete], sender=Story)
def _story_saved(sender, instance: Story, **kwargs) -> None:
    story_changed(instance.pk)


@receiver([post_save, post_delete], sender=Article)
@receiver([post_save, post_delete], sender=Event)
@receiver([post_save, post_delete], sender=Place)
def _story_part_changed(sender, instance, **kwargs) -> None:
    story_changed(instance.story_id)


@receiver([post_save, post_delete], sender=EventSource)
def _event_source_changed(sender, instance: EventSource, **kwargs) -> None:
    # Deleted along with its event, the source may outlive the event's row; the event's own
    # signal then bumps the story.
    story_id = Event.objects.filter(pk=instance.event_id).values_list("story_id", flat=True)
    story_changed(story_id.first())


@receiver(m2m_changed, sender=Event.people.through)
def _event_people_changed(sender, instance, action: str, reverse: bool, pk_set, **kwargs) -> None:
    if not reverse:
        if action.startswith("post_"):
            story_changed(instance.story_id)
        return
    # Changed from the person's side: the stories of the events concerned.
    if action == "pre_clear":
        events = Event.objects.filter(people=instance)
    elif action in {"post_add", "post_remove"}:
        events = Event.objects.filter(pk__in=pk_set)
    else:
        return
    stories_changed(events.values_list("story_id", flat=True))
