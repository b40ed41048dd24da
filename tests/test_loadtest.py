"""The load test's machinery, in a two-second smoke run (figures are `make load`'s business)."""

import shutil
from pathlib import Path

import pytest
from django.db import connection

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture(autouse=True)
def _static_root(settings, tmp_path: Path):
    """collectstatic writes into a temporary directory, not var/staticfiles."""
    settings.STATIC_ROOT = tmp_path / "static"
    settings.STORAGES = {
        **settings.STORAGES,
        "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
    }
    yield
    shutil.rmtree(tmp_path / "static", ignore_errors=True)


def test_a_short_load_run_serves_every_endpoint_without_errors():
    if connection.vendor == "sqlite" and connection.is_in_memory_db():
        pytest.skip("gunicorn cannot open an in-memory test database: runs in the PostgreSQL pass")
    from benchmarks.loadtest import run_load_test

    figures = run_load_test(
        clients=5, seconds=2, events=200, workers=1, threads=4, log=lambda _: None
    )

    assert figures["endpoints"]
    for name, row in figures["endpoints"].items():
        assert row["requests"] > 0, name
        assert row["errors"] == 0, (name, figures["error_samples"])


def test_a_share_of_clients_sends_random_query_strings_reported_apart():
    if connection.vendor == "sqlite" and connection.is_in_memory_db():
        pytest.skip("gunicorn cannot open an in-memory test database: runs in the PostgreSQL pass")
    from benchmarks.loadtest import run_load_test

    figures = run_load_test(
        clients=3,
        seconds=2,
        events=50,
        workers=1,
        threads=4,
        random_query_share=1 / 3,
        log=lambda _: None,
    )

    assert figures["random_query_clients"] == 1
    random_rows = {n: r for n, r in figures["endpoints"].items() if n.endswith("?random")}
    assert random_rows
    assert all(row["errors"] == 0 for row in figures["endpoints"].values())


def test_a_random_query_string_is_unknown_and_unique():
    from benchmarks.loadtest import with_random_query

    first, second = with_random_query("/stories/a/"), with_random_query("/stories/a/?page=2")

    assert first.startswith("/stories/a/?x=")
    assert second.startswith("/stories/a/?page=2&x=")
    assert first != with_random_query("/stories/a/")
