"""Background jobs (Django's tasks framework). Thin: load by id, call the stage function.

Arguments are ids (JSON), never model instances, so a worker in another process can run them.
The immediate backend (development, tests) runs a job when it is enqueued; the database backend
(`TASKS_BACKEND=database`) queues it for `manage.py worker`. Each job holds a liveness lock
while it runs, so that a job whose worker died can be requeued (see jobs.py).
"""

from django.db import transaction
from django.tasks import TaskContext, task

from stories.extraction.pipeline import extract_article
from stories.geocoding.job import geocode_places
from stories.jobs import job_liveness
from stories.models import Article


@task(takes_context=True)
def extract_article_task(context: TaskContext, article_id: int) -> dict:
    with job_liveness(context.task_result.id):
        with transaction.atomic():
            # One worker at a time per article: a second waits, then sees the first's result.
            article = Article.objects.select_for_update().filter(pk=article_id).first()
            if article is None:  # deleted while the job waited
                return {"article_id": article_id, "skipped": True}
            report = extract_article(article=article)
        geocode_story_task.enqueue(article.story_id)
    return {"article_id": article_id, "events_created": report.events_created}


@task(takes_context=True)
def geocode_story_task(context: TaskContext, story_id: int) -> dict:
    with job_liveness(context.task_result.id):
        report = geocode_places(story_id=story_id)
    return dict(report.outcomes)
