"""The one place the stages are chained: ingest → extract → geocode (→ a new story version).

Each stage is a package that knows nothing of the others' running: `ingestion` stores articles
and says which need extraction, `extraction` turns an article into places and events, the
`geocoding` job pins a story's places. This module alone runs them in order, in the foreground
(commands, tests, the immediate task backend) or through the background tasks of
`stories.tasks`, which are thin adapters calling back into the functions here. The last step,
invalidation, is not called by anyone: every committed save to a story's rows bumps
`Story.version` (`stories.versions`), the key of its cached pages and its ETag.

Slow work (spaCy, URL fetches) never runs inside a transaction: extraction analyses first, then
takes the article's row lock only to write.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from django.db import transaction

from stories import tasks
from stories.extraction import store
from stories.extraction.store import ExtractionReport
from stories.geocoding.job import GeocodeReport, geocode_place, geocode_places
from stories.ingestion import services
from stories.ingestion.records import IngestionError
from stories.ingestion.services import IngestReport, IngestResult
from stories.models import Article, Place, Story

#: Re-analyses tolerated when an article's text changes while it is being analysed.
MAX_ANALYSES = 3


@dataclass(frozen=True)
class PipelineOptions:
    """What follows ingestion: extraction now (`extract`), or by a worker (`queue`)."""

    extract: bool = True
    queue: bool = False
    force: bool = False


FOREGROUND = PipelineOptions()
INGEST_ONLY = PipelineOptions(extract=False)


def ingest_sources(
    sources: Iterable[str],
    *,
    format: str = "auto",
    story: Story | None = None,
    options: PipelineOptions = FOREGROUND,
    on_progress: Callable[[str], None] | None = None,
) -> IngestReport:
    """Ingest files and URLs, then extract what changed; a bad source is reported, the rest land."""
    report = IngestReport()
    for source in sources:
        try:
            results = services.ingest_source(source, format=format, story=story)
        except IngestionError as error:
            report.errors.append(error)
        else:
            report.results.extend(results)
            after_ingest(results, options)
        if on_progress:
            on_progress(source)
    return report


def ingest_bytes(
    data: bytes,
    *,
    source: str,
    format: str = "auto",
    content_type: str | None = None,
    story: Story | None = None,
    options: PipelineOptions = FOREGROUND,
) -> list[IngestResult]:
    """Ingest a payload (an upload, pasted text), then extract what changed."""
    results = services.ingest_bytes(
        data, source=source, format=format, content_type=content_type, story=story
    )
    after_ingest(results, options)
    return results


def after_ingest(results: Iterable[IngestResult], options: PipelineOptions) -> None:
    """Extract (now or queued) every article the ingest made stale, then geocode its story."""
    if not options.extract:
        return
    seen: set[int] = set()
    stories: set[int] = set()
    for result in results:
        for article in result.needs_extraction(force=options.force):
            if article.pk in seen:
                continue
            seen.add(article.pk)
            if options.queue:
                # On commit: a worker in another process must find the article.
                transaction.on_commit(lambda pk=article.pk: tasks.extract_article_task.enqueue(pk))
            elif (report := extract(article.pk)) is not None:
                stories.add(report.story_id)
    for story_id in stories:
        queue_geocoding(story_id)


def extract(article_id: int) -> ExtractionReport | None:
    """Analyse an article outside any transaction, then lock its row only to write.

    The row lock makes two workers on one article take turns; if the text (or publication
    date) changed while it was being analysed, the analysis is made again, so what is written
    always matches the stored text. None if the article is gone.
    """
    article = Article.objects.filter(pk=article_id).first()
    for _ in range(MAX_ANALYSES):
        if article is None:
            return None
        analysis = store.analyse_article(article)
        with transaction.atomic():
            article = Article.objects.select_for_update().filter(pk=article_id).first()
            if article is not None and store.is_analysis_of(analysis, article):
                return store.write_analysis(article, analysis)
    raise RuntimeError(f"article {article_id} kept changing while it was analysed")


def extract_then_geocode(article_id: int) -> ExtractionReport | None:
    """A worker's extraction job: extract, then queue the story's geocoding."""
    report = extract(article_id)
    if report is not None:
        queue_geocoding(report.story_id)
    return report


def queue_geocoding(story_id: int) -> None:
    """Geocode the story's pending places once the current transaction (if any) commits."""
    transaction.on_commit(lambda: tasks.geocode_story_task.enqueue(story_id))


def geocode(
    *,
    story_id: int | None = None,
    retry_unresolved: bool = False,
    on_progress: Callable[[int, str], None] | None = None,
) -> GeocodeReport:
    """Pin every pending place (of one story, or of all; unresolved ones too when asked)."""
    return geocode_places(
        story_id=story_id, retry_unresolved=retry_unresolved, on_progress=on_progress
    )


def regeocode(place_ids: Iterable[int]) -> dict[str, int]:
    """Geocode these places again, whatever their status (editors' positions are skipped)."""
    outcomes: dict[str, int] = {}
    for place in Place.objects.filter(pk__in=list(place_ids)):
        outcome = geocode_place(place=place)
        outcomes[outcome] = outcomes.get(outcome, 0) + 1
    return outcomes


def reextract(article_ids: Iterable[int]) -> list[ExtractionReport]:
    """Extract these articles again (editors' locks hold, as on any re-run), then geocode."""
    reports = [report for pk in article_ids if (report := extract(pk)) is not None]
    for story_id in {report.story_id for report in reports}:
        queue_geocoding(story_id)
    return reports
