"""Background jobs (Django's tasks framework). Thin: load by id, call the stage function.

Arguments are ids (JSON), never model instances, so a worker in another process can run them.
The immediate backend (development, tests) runs a job when it is enqueued; the database backend
(`TASKS_BACKEND=database`) queues it for `manage.py db_worker`.
"""

from django.tasks import task

from stories.extraction.pipeline import extract_article
from stories.geocoding.job import geocode_places
from stories.models import Article


@task()
def extract_article_task(article_id: int) -> dict:
    article = Article.objects.filter(pk=article_id).first()
    if article is None:  # deleted while the job waited
        return {"article_id": article_id, "skipped": True}
    report = extract_article(article=article)
    geocode_story_task.enqueue(article.story_id)
    return {"article_id": article_id, "events_created": report.events_created}


@task()
def geocode_story_task(story_id: int) -> dict:
    report = geocode_places(story_id=story_id)
    return dict(report.outcomes)
