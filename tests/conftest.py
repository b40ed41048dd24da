"""Shared fixtures: real database, factories, and the real seed articles from ../shared/seeds."""

import datetime
import os
from pathlib import Path

import pytest

from tests.corpora import CommandRun, IngestWalk, decompressed, ingest_walk, run_command
from tests.factories import make_article, make_event, make_place, make_story

REPO_ROOT = Path(__file__).resolve().parents[1]
SEEDS_DIR = REPO_ROOT.parent / "shared" / "seeds"
AEB_HTML = REPO_ROOT.parent / "shared" / "eval" / "aeb" / "html"

#: Session fixtures that walk a whole corpus, and the modules whose tests read them: under
#: xdist those modules run on one worker, first, so that each walk runs once.
CORPUS_WALKS = ("aeb_extract_json", "aeb_ingest_walk")
CORPUS_WALK_MODULES = ("tests/test_aeb_pages.py", "tests/test_place_consistency.py")


@pytest.fixture(autouse=True)
def _plain_http_test_settings(settings):
    """Tests talk plain HTTP to the test client, render without a collectstatic manifest, and
    hash passwords quickly (tests/hashers.py)."""
    settings.SECURE_SSL_REDIRECT = False
    settings.PASSWORD_HASHERS = ["tests.hashers.FewIterationsPBKDF2PasswordHasher"]
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


@pytest.hookimpl(trylast=True)
def pytest_collection_modifyitems(config, items) -> None:
    """On an xdist worker: the corpus-walk modules' tests first (see tests/scheduling.py).

    A test reading a corpus walk outside CORPUS_WALK_MODULES would make a second worker walk
    the corpus again: name its module there.
    """
    if not hasattr(config, "workerinput"):
        return
    walks = [item for item in items if item.nodeid.split("::")[0] in CORPUS_WALK_MODULES]
    for item in items:
        if set(CORPUS_WALKS) & set(item.fixturenames) and item not in walks:
            raise pytest.UsageError(
                f"{item.nodeid} reads a corpus walk: list its module in "
                "tests/conftest.py CORPUS_WALK_MODULES"
            )
    items[:] = walks + [item for item in items if item not in walks]


@pytest.hookimpl(optionalhook=True)
def pytest_xdist_make_scheduler(config, log):
    """`pytest -n N --dist loadfile` (make test): whole modules, the corpus walks' as one."""
    if config.getvalue("dist") == "loadfile":
        from tests.scheduling import CorpusWalkScheduling

        return CorpusWalkScheduling(config, log, walk_modules=CORPUS_WALK_MODULES)
    return None


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


@pytest.fixture(scope="session")
def gazetteer():
    """The offline gazetteer, opened once for every test that resolves places."""
    from stories.geocoding.gazetteer import OfflineGazetteer

    return OfflineGazetteer()


@pytest.fixture(scope="session")
def aeb_pages(tmp_path_factory) -> list[Path]:
    """The benchmark's pages, decompressed into a temporary directory as .html files."""
    packed = sorted(require_shared(AEB_HTML).glob("*.html.gz"))
    pages = decompressed(packed, tmp_path_factory.mktemp("aeb"))
    assert pages, f"{AEB_HTML} holds no pages"
    return pages


@pytest.fixture(scope="session")
def aeb_extract_json(aeb_pages) -> CommandRun:
    """`extract --json` over every benchmark page, run once however many tests read it."""
    return run_command("extract", *map(str, aeb_pages), "--json")


@pytest.fixture(scope="session")
def aeb_ingest_walk(aeb_pages, django_db_setup, django_db_blocker) -> IngestWalk:
    """`ingest` of the benchmark's directory then `geocode`, once, rolled back at once."""
    with django_db_blocker.unblock():
        return ingest_walk([str(aeb_pages[0].parent)])


#: The day the date tests' made-up stories were published: a Tuesday.
TUESDAY_12_SEPTEMBER_2023 = datetime.date(2023, 9, 12)


@pytest.fixture(scope="module")
def events_of():
    """The events of a made-up text by trigger, published on Tuesday 12 September 2023 unless
    the test says otherwise."""
    from stories.extraction.analysis import analyse_text  # spaCy loads only for tests using it

    def run(text: str, published: datetime.date | None = TUESDAY_12_SEPTEMBER_2023):
        return {e.trigger: e for e in analyse_text(text, published=published).events}

    return run


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
