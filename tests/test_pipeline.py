"""The orchestrator chains the stages; no stage imports another, the tasks or the web."""

import ast

import pytest

from stories import pipeline
from stories.extraction import store
from stories.models import Article, Event, Place
from tests.conftest import REPO_ROOT
from tests.factories import FERRY_STORY, make_article

STORIES = REPO_ROOT / "stories"

#: What each stage may not import: the other stages' running, the tasks, the web.
FORBIDDEN = {
    "ingestion": ("stories.extraction", "stories.geocoding", "stories.tasks", "stories.pipeline"),
    "extraction": (
        "stories.ingestion",
        "stories.geocoding.job",
        "stories.tasks",
        "stories.pipeline",
    ),
    "geocoding": ("stories.ingestion", "stories.extraction", "stories.tasks", "stories.pipeline"),
}
WEB = ("stories.views", "stories.admin", "stories.caching", "django.http")


def imported_modules(path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module:
            names |= {node.module, *(f"{node.module}.{alias.name}" for alias in node.names)}
    return names


@pytest.mark.parametrize("stage", sorted(FORBIDDEN))
def test_no_stage_imports_another_stages_running_the_tasks_or_the_web(stage):
    offenders = {
        f"{path.relative_to(REPO_ROOT)} imports {name}"
        for path in (STORIES / stage).rglob("*.py")
        for name in imported_modules(path)
        if name.startswith(FORBIDDEN[stage] + WEB)
    }

    assert offenders == set()


def test_no_module_is_longer_than_600_lines():
    long = {
        str(path.relative_to(REPO_ROOT))
        for folder in ("stories", "newsmap", "benchmarks", "tests")
        for path in (REPO_ROOT / folder).rglob("*.py")
        if "migrations" not in path.parts and len(path.read_text().splitlines()) > 600
    }

    assert long == set()


@pytest.mark.django_db
def test_ingesting_a_payload_runs_extraction_and_geocoding(django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):  # geocoding runs when ingest commits
        results = pipeline.ingest_bytes(FERRY_STORY.encode(), source="ferry.txt", format="text")

    story = results[0].article.story
    assert Event.objects.filter(story=story).exists()
    assert not Place.objects.filter(story=story, status=Place.Status.PENDING).exists()


@pytest.mark.django_db
def test_ingest_only_stores_the_article():
    results = pipeline.ingest_bytes(
        FERRY_STORY.encode(), source="ferry.txt", format="text", options=pipeline.INGEST_ONLY
    )

    assert Article.objects.get() == results[0].article
    assert not Event.objects.exists()


@pytest.mark.django_db
def test_an_analysis_of_text_that_changed_meanwhile_is_made_again(story, monkeypatch):
    article = make_article(story=story, text="Nothing happened here.")
    analyses = []
    analyse = store.analyse_article

    def analyse_then_edit(target):
        analysis = analyse(target)
        if not analyses:  # another writer replaces the text while the first analysis runs
            Article.objects.filter(pk=target.pk).update(text=FERRY_STORY)
        analyses.append(analysis)
        return analysis

    monkeypatch.setattr(store, "analyse_article", analyse_then_edit)

    pipeline.extract(article.pk)

    assert len(analyses) == 2
    assert analyses[-1].text == FERRY_STORY
    assert Event.objects.filter(story=story).exists()


@pytest.mark.django_db
def test_extracting_a_deleted_article_does_nothing():
    assert pipeline.extract(123456) is None
