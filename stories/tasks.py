"""Background jobs (Django's tasks framework): thin adapters that call `stories.pipeline`.

Arguments are ids and strings (JSON), never model instances, so a worker in another process can
run them. The immediate backend (development, tests) runs a job when it is enqueued; the
database backend (`TASKS_BACKEND=database`) queues it for `manage.py worker`. Each job holds a
liveness lock while it runs, so that a job whose worker died can be requeued (see jobs.py).
What a job returns (JSON) is what the admin's progress page shows.
"""

from __future__ import annotations

import base64

from django.tasks import TaskContext, task

from stories import pipeline
from stories.ingestion.records import IngestionError
from stories.jobs import job_liveness
from stories.models import Story


@task(takes_context=True)
def extract_article_task(context: TaskContext, article_id: int) -> dict:
    with job_liveness(context.task_result.id):
        report = pipeline.extract_then_geocode(article_id)
    if report is None:  # deleted while the job waited
        return {"article_id": article_id, "skipped": True}
    return {"article_id": article_id, "events_created": report.events_created}


@task(takes_context=True)
def geocode_story_task(context: TaskContext, story_id: int) -> dict:
    with job_liveness(context.task_result.id):
        report = pipeline.geocode(story_id=story_id)
    return dict(report.outcomes)


@task(takes_context=True)
def reextract_articles_task(context: TaskContext, article_ids: list[int]) -> dict:
    """The admin's "Re-extract": the pipeline's own extraction, editors' locks holding."""
    with job_liveness(context.task_result.id):
        reports = pipeline.reextract(article_ids)
    return {
        "articles": len(reports),
        "events_created": sum(r.events_created for r in reports),
        "events_updated": sum(r.events_updated for r in reports),
    }


@task(takes_context=True)
def regeocode_places_task(context: TaskContext, place_ids: list[int]) -> dict:
    """The admin's "Re-geocode": each place again, editors' positions skipped."""
    with job_liveness(context.task_result.id):
        return pipeline.regeocode(place_ids)


@task(takes_context=True)
def ingest_task(
    context: TaskContext,
    *,
    url: str = "",
    payload_b64: str = "",
    source: str = "",
    content_type: str | None = None,
    format: str = "auto",
    story_id: int | None = None,
) -> dict:
    """The admin's "Add articles": a URL to fetch, or an upload / pasted text (base64)."""
    story = Story.objects.filter(pk=story_id).first() if story_id else None
    with job_liveness(context.task_result.id):
        try:
            if url:
                report = pipeline.ingest_sources([url], format=format, story=story)
                if report.errors:
                    raise report.errors[0]
                results = report.results
            else:
                results = pipeline.ingest_bytes(
                    base64.b64decode(payload_b64),
                    source=source,
                    content_type=content_type,
                    format=format,
                    story=story,
                )
        except IngestionError as error:
            return {"error": str(error), "articles": []}
    return {
        "error": "",
        "articles": [
            {"outcome": str(r.outcome), "title": r.article.title, "story": str(r.article.story)}
            for r in results
        ],
    }
