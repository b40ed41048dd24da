"""Small factories: a valid row with sensible defaults, any field overridable by keyword."""

import datetime as dt
import hashlib
import itertools

from django.utils import timezone

from stories.ingestion.records import ArticleRecord
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


def make_place(*, story: Story | None = None, **fields) -> Place:
    fields.setdefault("name", f"Place {next(_counter)}")
    return Place.objects.create(story=story or make_story(), **fields)


def make_event(*, story: Story | None = None, **fields) -> Event:
    fields.setdefault("title", f"Event {next(_counter)}")
    fields.setdefault("date_start", dt.date(2024, 5, 14))
    fields.setdefault("date_precision", Event.Precision.DAY)
    return Event.objects.create(story=story or make_story(), **fields)


FERRY_STORY = (
    "HARBOR CITY — The overnight ferry from Port Alden docked at Harbor City on Tuesday after a "
    "storm kept it offshore for two days, the port authority said. Passengers described a rough "
    "crossing but no injuries were reported, and the operator said repairs to the loading ramp "
    "would take until Friday.\n\nThe ferry line, which has run between the two towns since 1998, "
    "plans to add a second vessel next spring if the town council approves the budget."
)

SCHOOL_STORY = (
    "RIVERTON — The county school board voted on Monday to close two rural elementary schools "
    "at the end of the academic year, citing falling enrolment and a budget gap. Parents packed "
    "the meeting in the gymnasium of Riverton High and several spoke against the plan.\n\n"
    "The board chair said pupils would be bused to larger schools in Millbrook and Cedar Falls."
)


def make_record(**fields) -> ArticleRecord:
    """An ArticleRecord as a reader would produce it, about a fictional ferry by default."""
    fields.setdefault("source", "ferry.json")
    fields.setdefault("input_format", "wordpress")
    fields.setdefault("canonical_url", "https://coast.example/ferry-docks")
    fields.setdefault("outlet", "coast.example")
    fields.setdefault("title", "Storm-delayed ferry docks at Harbor City")
    fields.setdefault("byline", "Jo Writer")
    fields.setdefault("published", dt.datetime(2024, 5, 14, 9, 30, tzinfo=dt.UTC))
    fields.setdefault("modified", None)
    fields.setdefault("text", FERRY_STORY)
    fields.setdefault("raw", '{"raw": true}')
    fields.setdefault("display_html", "")
    return ArticleRecord(**fields)
