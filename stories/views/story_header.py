"""The story page's header: what a reader needs before the map (summary, span, sources, updated)."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from stories.chronology import MainLine, span_label
from stories.credits import Credit, credits_for
from stories.models import Article, Story

#: A summary longer than this is cut at a sentence (or word) boundary.
SUMMARY_CHARS = 320

#: "SEOUL, South Korea (AP) —", "HONOLULU —", "SEOUL, South Korea:": where the lead begins.
DATELINE = re.compile(r"^[A-Z][A-Z .’'-]+(?:,[^—–(:]{0,60})?\s*(?:\([^)]{1,30}\)\s*)?[—–:-]+\s*")


@dataclass(frozen=True)
class StoryHeader:
    summary: str
    span: tuple[dt.date, dt.date] | None
    credits: list[Credit]
    article_count: int
    updated: dt.datetime

    @property
    def span_label(self) -> str:
        return span_label(*self.span) if self.span else ""


def lead(text: str, *, limit: int = SUMMARY_CHARS) -> str:
    """The first paragraph without its dateline, cut to whole sentences within `limit`."""
    paragraph = next((p.strip() for p in text.split("\n") if p.strip()), "")
    paragraph = DATELINE.sub("", paragraph, count=1)
    if len(paragraph) <= limit:
        return paragraph
    sentences = re.split(r"(?<=[.!?])\s+", paragraph)
    kept = ""
    for sentence in sentences:
        if len(kept) + len(sentence) + 1 > limit:
            break
        kept = f"{kept} {sentence}".strip()
    return kept or paragraph[:limit].rsplit(" ", 1)[0] + "…"


def story_header(story: Story, main_line: MainLine) -> StoryHeader:
    """The editor's summary, else the lead of the earliest article; sources with their credits."""
    articles = list(
        Article.objects.filter(story=story)
        .defer("raw", "display_html")
        .order_by("published_at", "id")
    )
    summary = story.summary.strip()
    if not summary and articles:
        summary = lead(articles[0].text)
    return StoryHeader(
        summary=summary,
        span=main_line.reported_span(story),
        credits=credits_for(articles),
        article_count=len(articles),
        updated=story.updated_at,
    )
