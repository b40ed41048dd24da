"""Small factories: a valid row with sensible defaults, any field overridable by keyword."""

import datetime as dt
import hashlib
import itertools

from django.utils import timezone

from stories.models import Article, Event, Place, Story

_counter = itertools.count(1)


def make_story(**fields) -> Story:
    n = next(_counter)
    fields.setdefault("slug", f"story-{n}")
    fields.setdefault("title", f"Story {n}")
    return Story.objects.create(**fields)


def make_article(*, story: Story | None = None, **fields) -> Article:
    n = next(_counter)
    text = fields.setdefault("text", f"HARBOR CITY — Article number {n} reports a ferry arriving.")
    fields.setdefault("title", f"Article {n}")
    fields.setdefault("canonical_url", f"https://news.example/articles/{n}")
    fields.setdefault("input_format", Article.Format.TEXT)
    fields.setdefault("source", f"article-{n}.txt")
    fields.setdefault("raw", text)
    fields.setdefault("content_hash", hashlib.sha256(f"{n}:{text}".encode()).hexdigest())
    fields.setdefault("published_at", timezone.make_aware(dt.datetime(2024, 5, 14, 9, 30)))
    fields.setdefault("published_source", Article.DateSource.STATED)
    return Article.objects.create(story=story or make_story(), **fields)


def make_place(**fields) -> Place:
    fields.setdefault("name", f"Place {next(_counter)}")
    return Place.objects.create(**fields)


def make_event(*, story: Story | None = None, **fields) -> Event:
    fields.setdefault("title", f"Event {next(_counter)}")
    fields.setdefault("date_start", dt.date(2024, 5, 14))
    fields.setdefault("date_precision", Event.Precision.DAY)
    return Event.objects.create(story=story or make_story(), **fields)
