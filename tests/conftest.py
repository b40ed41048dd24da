"""Shared fixtures: real database, factories, and the real seed articles from ../shared/seeds."""

import os
from pathlib import Path

import pytest

from tests.factories import make_article, make_event, make_place, make_story

REPO_ROOT = Path(__file__).resolve().parents[1]
SEEDS_DIR = REPO_ROOT.parent / "shared" / "seeds"


@pytest.fixture(autouse=True)
def _plain_http_test_settings(settings):
    """Tests talk plain HTTP to the test client and render without a collectstatic manifest."""
    settings.SECURE_SSL_REDIRECT = False
    settings.STORAGES = {
        **settings.STORAGES,
        "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
    }


@pytest.fixture(autouse=True)
def _empty_cache():
    """Each test starts with an empty cache: no cached pages or login failures from another."""
    from django.core.cache import caches

    for cache in caches.all():
        cache.clear()


#: A walk over a whole corpus whose outcome does not depend on the database: it runs in the
#: SQLite pass only, so `make test` does not pay for it twice.
corpus_walk_once = pytest.mark.skipif(
    os.environ.get("DATABASE_URL", "").split(":")[0] in ("postgres", "postgresql"),
    reason="database-agnostic corpus walk: runs in the SQLite pass",
)


def require_shared(path: Path) -> Path:
    """Return a file from ../shared, skipping when absent locally but failing loudly in CI."""
    if path.exists():
        return path
    message = f"{path} is missing: tests that use the real seeds need ../shared beside the repo"
    if os.environ.get("CI"):
        pytest.fail(message)
    pytest.skip(message)


@pytest.fixture
def seeds_dir() -> Path:
    return require_shared(SEEDS_DIR)


@pytest.fixture
def story(db):
    return make_story()


@pytest.fixture
def article(story):
    return make_article(story=story)


@pytest.fixture
def place(story):
    return make_place(story=story)


@pytest.fixture
def event(story, place):
    return make_event(story=story, place=place)


@pytest.fixture
def loopback():
    """A real HTTP server on 127.0.0.1 serving whatever the test puts in `.routes`."""
    from tests.loopback import LoopbackServer

    with LoopbackServer() as server:
        yield server
