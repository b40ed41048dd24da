"""The review queue: what needs a human, story by story, on the editors' landing page."""

from __future__ import annotations

from dataclasses import dataclass, field

from django.db.models import Count

from stories.models import Article, Event, Place, Story

#: Items listed per kind and story; the counts are always complete, and link to the full list.
ITEMS_SHOWN = 20


@dataclass
class StoryQueue:
    """One story's open questions."""

    story: Story
    places: list[Place] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    articles: list[Article] = field(default_factory=list)
    counts: dict[str, int] = field(default_factory=dict)

    @property
    def total(self) -> int:
        return sum(self.counts.values())


def places_to_review():
    return Place.objects.needing_review().order_by("status", "confidence", "name")


def events_to_review():
    return Event.objects.needing_review().select_related("place").order_by("date_start", "pk")


def articles_to_review():
    """Articles with an inferred or unknown publication date that no editor has set."""
    return (
        Article.objects.needing_review()
        .defer("raw", "text", "display_html")
        .order_by("published_at", "pk")
    )


def review_queue(user) -> list[StoryQueue]:
    """Each story with something to review, busiest first, limited to what `user` may change.

    Counts come from one grouped query per kind; only the first few items per story are loaded.
    """
    kinds = {
        "places": (places_to_review(), "stories.change_place"),
        "events": (events_to_review(), "stories.change_event"),
        "articles": (articles_to_review(), "stories.change_article"),
    }
    kinds = {kind: rows for kind, (rows, permission) in kinds.items() if user.has_perm(permission)}
    counts: dict[int, dict[str, int]] = {}
    for kind, rows in kinds.items():
        for row in rows.order_by().values("story_id").annotate(n=Count("pk")):
            counts.setdefault(row["story_id"], {})[kind] = row["n"]
    queues = []
    for story in Story.objects.filter(pk__in=counts):
        queue = StoryQueue(story=story, counts={kind: 0 for kind in kinds} | counts[story.pk])
        for kind, rows in kinds.items():
            if queue.counts[kind]:
                setattr(queue, kind, list(rows.filter(story=story)[:ITEMS_SHOWN]))
        queues.append(queue)
    return sorted(queues, key=lambda q: (-q.total, q.story.title))
