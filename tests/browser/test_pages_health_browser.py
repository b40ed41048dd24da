"""Every reader's page and the editors' desk, at desktop and phone sizes: an axe-core scan finds
no serious or critical violation, and the page logs no console error and no failed request
(CSP reports included) for its whole life.

axe-core is vendored (static/vendor/axe-core-*) and injected by the test alone, in a context that
bypasses the CSP for that one script; the console check runs in a context that enforces it.
"""

from pathlib import Path

import pytest
from django.conf import settings
from django.contrib.auth.models import User
from django.test import Client
from django.urls import reverse

from tests.browser.story_seed import make_seed_story

pytestmark = pytest.mark.browser

AXE = next((Path(settings.BASE_DIR) / "static" / "vendor").glob("axe-core-*/axe.min.js"))
SIZES = {"desktop": (1440, 900), "phone": (390, 844)}
PAGES = ["home", "story", "place", "embed", "editors-desk"]


@pytest.fixture
def site(transactional_db):
    seed = make_seed_story()
    editor = User.objects.create_superuser("desk", password=None)
    client = Client()
    client.force_login(editor)
    urls = {
        "home": reverse("stories:index"),
        "story": seed.story.get_absolute_url(),
        "place": reverse(
            "stories:place", kwargs={"slug": seed.story.slug, "place_id": seed.places["harbor"].pk}
        ),
        "embed": reverse("stories:embed", kwargs={"slug": seed.story.slug}),
        "editors-desk": reverse("admin:index"),
    }
    return urls, client.cookies[settings.SESSION_COOKIE_NAME].value


def open_tab(chromium, live_server, session: str, size: str, *, bypass_csp: bool = False):
    width, height = SIZES[size]
    context = chromium.new_context(
        viewport={"width": width, "height": height}, bypass_csp=bypass_csp
    )
    context.add_cookies(
        [{"name": settings.SESSION_COOKIE_NAME, "value": session, "url": live_server.url}]
    )
    return context


def settle(tab, url: str) -> None:
    tab.goto(url)
    if "/stories/" in url:
        tab.wait_for_function("() => document.documentElement?.dataset.mapReady === 'true'")
    tab.wait_for_load_state("networkidle")


@pytest.mark.parametrize("size", SIZES)
@pytest.mark.parametrize("name", PAGES)
def test_no_serious_or_critical_accessibility_violations(name, size, site, chromium, live_server):
    urls, session = site
    context = open_tab(chromium, live_server, session, size, bypass_csp=True)
    tab = context.new_page()
    settle(tab, live_server.url + urls[name])

    tab.add_script_tag(path=str(AXE))
    violations = tab.evaluate(
        "async () => (await axe.run(document, {resultTypes: ['violations']})).violations"
        ".filter(v => ['serious', 'critical'].includes(v.impact))"
        ".map(v => v.id + ': ' + v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(' | '))"
    )
    context.close()

    assert violations == []


@pytest.mark.parametrize("size", SIZES)
@pytest.mark.parametrize("name", PAGES)
def test_no_console_errors_or_failed_requests(name, size, site, chromium, live_server):
    urls, session = site
    context = open_tab(chromium, live_server, session, size)
    tab = context.new_page()
    errors: list[str] = []
    tab.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    tab.on("pageerror", lambda error: errors.append(str(error)))
    tab.on("requestfailed", lambda request: errors.append(f"failed: {request.url}"))
    tab.on(
        "response",
        lambda response: (
            errors.append(f"{response.status}: {response.url}") if response.status >= 400 else None
        ),
    )

    settle(tab, live_server.url + urls[name])
    tab.wait_for_timeout(300)
    context.close()

    assert errors == []
