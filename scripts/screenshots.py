"""`make screenshots`: the pages a reader and an editor see, as PNGs, for anyone to look at.

Builds a throwaway database, ingests the bundled samples and the seed articles
(`../shared/seeds`, when present) through the real pipeline, serves them on loopback, and
photographs the seed story, a bundled sample, the home page and the editors' desk at
1440×900 and 390×844 in Debian's Chromium. Written to var/screenshots/ (git-ignored).
No tiles are fetched: the map shows the vendored world outline.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "var" / "screenshots"
SEEDS = ROOT.parent / "shared" / "seeds"
CHROMIUM = "/usr/bin/chromium"
SIZES = {"desktop": (1440, 900), "phone": (390, 844)}


def main() -> None:
    sys.path.insert(0, str(ROOT))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "newsmap.settings")
    import django

    django.setup()
    from django.conf import settings
    from django.contrib.auth import get_user_model
    from django.core.management import call_command
    from django.db import connection
    from django.test import Client, override_settings
    from django.test.utils import setup_test_environment, teardown_test_environment

    from benchmarks.browser_pages import start_live_server
    from stories.models import Story

    setup_test_environment()
    old_name = connection.settings_dict["NAME"]
    connection.creation.create_test_db(verbosity=0, autoclobber=True)
    try:
        with override_settings(
            MAP_TILES_URL=None,
            MAP_TILES_HOST="",
            DEBUG=False,
            ALLOWED_HOSTS=["127.0.0.1", "testserver"],
            SECURE_SSL_REDIRECT=False,
            SESSION_COOKIE_SECURE=False,
            CSRF_COOKIE_SECURE=False,
            STORAGES={
                "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
                "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
            },
        ):
            call_command("load_samples", verbosity=0)
            if SEEDS.is_dir():
                call_command("ingest", str(SEEDS), verbosity=0)
            editor = get_user_model().objects.create_superuser("screenshots", password=None)
            client = Client()
            client.force_login(editor)
            session = client.cookies[settings.SESSION_COOKIE_NAME].value
            seed = Story.objects.filter(articles__source__contains=str(SEEDS)).first()
            sample = Story.objects.exclude(pk=getattr(seed, "pk", None)).order_by("slug").first()
            pages = {"home": "/", "editors-desk": "/admin/"}
            if seed:
                pages["seed-story"] = seed.get_absolute_url()
            if sample:
                pages["sample-story"] = sample.get_absolute_url()
            shoot(pages, session, settings.SESSION_COOKIE_NAME, start_live_server)
    finally:
        connection.creation.destroy_test_db(old_name, verbosity=0)
        teardown_test_environment()


def shoot(pages: dict[str, str], session: str, cookie_name: str, start_live_server) -> None:
    from playwright.sync_api import sync_playwright

    server = start_live_server()
    base = f"http://127.0.0.1:{server.port}"
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"  # Playwright's loop runs in this thread
    OUT.mkdir(parents=True, exist_ok=True)
    try:
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox"])
            for size_name, (width, height) in SIZES.items():
                context = browser.new_context(viewport={"width": width, "height": height})
                context.add_cookies([{"name": cookie_name, "value": session, "url": base}])
                page = context.new_page()
                for name, path in pages.items():
                    page.goto(base + path)
                    if path.startswith("/stories/"):
                        page.wait_for_function(
                            "() => document.documentElement.dataset.mapReady === 'true'"
                        )
                    page.wait_for_load_state("networkidle")
                    page.wait_for_timeout(600)
                    target = OUT / f"{name}-{size_name}-{width}x{height}.png"
                    page.screenshot(path=str(target))
                    print(target.relative_to(ROOT))
                context.close()
            browser.close()
    finally:
        server.terminate()


if __name__ == "__main__":
    main()
