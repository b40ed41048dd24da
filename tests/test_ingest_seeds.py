"""The two real seed articles (one AP story, two outlets) ingested together."""

import datetime as dt

import pytest
from django.core.management import call_command

from stories.models import Article, Story
from tests.conftest import SEEDS_DIR, require_shared
from tests.corpora import rolled_back

pytestmark = pytest.mark.django_db


@pytest.fixture(scope="module")
def ingested_seeds(django_db_setup, django_db_blocker):
    """Ingested once for the module (each test's own writes are undone after it, as ever)."""
    seeds_dir = require_shared(SEEDS_DIR)
    with rolled_back(django_db_blocker):
        with django_db_blocker.unblock():
            call_command("ingest", str(seeds_dir), verbosity=0)
            articles = {a.input_format: a for a in Article.objects.all()}
        yield articles


def test_both_seed_versions_land_in_one_story(ingested_seeds):
    assert len(ingested_seeds) == 2
    assert Story.objects.count() == 1


def test_the_wordpress_seed_is_dated_as_stated(ingested_seeds):
    post = ingested_seeds["wordpress"]

    assert post.published_at.date() == dt.date(2023, 9, 12)
    assert post.published_source == Article.DateSource.STATED


def test_the_scraped_seed_takes_its_date_from_the_wordpress_version(ingested_seeds):
    page = ingested_seeds["text"]

    assert page.published_at.date() == dt.date(2023, 9, 12)
    assert page.published_source == Article.DateSource.INFERRED


def test_each_seed_keeps_its_raw_payload_verbatim(ingested_seeds, seeds_dir):
    raws = {p.read_text(encoding="utf-8") for p in seeds_dir.iterdir()}

    assert {a.raw for a in ingested_seeds.values()} == raws


def test_ingesting_the_seeds_twice_changes_nothing(ingested_seeds, seeds_dir):
    call_command("ingest", str(seeds_dir), verbosity=0)

    assert Article.objects.count() == 2
    assert Story.objects.count() == 1
