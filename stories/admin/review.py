"""The review queue: what needs a human, story by story, on the editors' landing page."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import wraps

from django.contrib.admin import AdminSite
from django.db.models import Count
from django.http import HttpRequest

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
        .exclude(locked_fields__icontains='"published_at"')
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


def show_review_queue_on_index(site: AdminSite) -> None:
    """Make the admin's index the editors' landing page: the review queue above the app list.

    Django's index view takes no extra context from outside, and the project uses the default
    admin site, so the site's own `index` is wrapped once here rather than replacing the site.
    """
    if getattr(site, "_review_queue_installed", False):
        return
    plain_index = site.index

    @wraps(plain_index)
    def index(request: HttpRequest, extra_context: dict | None = None):
        context = {"review_queue": review_queue(request.user), **(extra_context or {})}
        return plain_index(request, extra_context=context)

    site.index = index
    site.index_template = "admin/editors_desk_index.html"
    site._review_queue_installed = True
