"""Hostile article content renders inert everywhere, checked in a real browser.

Titles, summaries, quotes, place and people names, outlets and URLs carry script tags, event
handlers, `javascript:` links, SVG payloads and template syntax. On every page that shows them
(story page and its popups and chronology, place page, embed, admin, exports) no dialog opens,
no injected element exists, no injected script runs, and the template syntax stays text.
"""

import datetime as dt

import pytest
from django.urls import reverse

from stories.models import Event, Person, Place
from tests.browser.story_seed import add_source
from tests.factories import make_article, make_event, make_place, make_story

# Short enough to fit every field it goes into (200 characters), on PostgreSQL too.
PAYLOAD = (
    '<script id="pwned1">window.__pwned=1</script>'
    "<img id=pwned2 src=x onerror=window.__pwned=1>"
    "<svg id=pwned3 onload=alert(3)>"
    "<a id=pwned4 href=javascript:alert(4)>x</a>"
    "{{ 7|add:7 }}"
)
INJECTED = "[id^='pwned'], svg[onload], img[onerror], a[href^='javascript:' i]"


@pytest.fixture
def hostile(transactional_db):
    story = make_story(slug="hostile", title=f"Story {PAYLOAD}", summary=f"Summary {PAYLOAD}")
    text = f"Quote {PAYLOAD} in the article text."
    article = make_article(
        story=story,
        title=f"Article {PAYLOAD}",
        outlet=f"Outlet {PAYLOAD}",
        canonical_url="javascript:alert('canonical')",
        text=text,
        display_html=f"<p>{PAYLOAD}</p>",
    )
    place = make_place(
        story=story,
        name=f"Place {PAYLOAD}",
        latitude=51.5,
        longitude=-0.1,
        status=Place.Status.RESOLVED,
    )
    events = [
        make_event(
            story=story,
            title=f"Event {n} {PAYLOAD}",
            summary=f"Summary {PAYLOAD}",
            date_start=dt.date(2024, 5, 14 + n),
            place=place,
            certainty=Event.Certainty.OCCURRED,
        )
        for n in range(2)
    ]
    for event in events:
        add_source(event, article, text)
        event.people.add(Person.objects.create(name=f"Person {event.pk} {PAYLOAD}"))
    return story, place, events, article


@pytest.fixture
def watched(page):
    """The page, with every dialog it tries to open recorded (and dismissed)."""
    dialogs: list[str] = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    page.dialogs = dialogs
    return page


def assert_inert(page) -> None:
    assert page.dialogs == []
    assert page.locator(INJECTED).evaluate_all("nodes => nodes.map(n => n.outerHTML)") == []
    assert page.evaluate("() => window.__pwned") is None


def test_the_story_page_map_popup_and_chronology_stay_inert(hostile, watched, live_server):
    story, *_ = hostile
    watched.goto(f"{live_server.url}{story.get_absolute_url()}")
    watched.wait_for_function("() => document.documentElement?.dataset.mapReady === 'true'")

    watched.get_by_role("button", name="Next").click()
    watched.wait_for_function("() => document.querySelectorAll('.leaflet-popup').length === 1")

    assert_inert(watched)
    assert "{{ 7|add:7 }}" in watched.locator(".leaflet-popup-content").inner_text()
    assert "{{ 7|add:7 }}" in watched.locator("#chronology").inner_text()


def test_the_filtered_chronology_loaded_by_htmx_stays_inert(hostile, watched, live_server):
    story, *_ = hostile
    watched.goto(f"{live_server.url}{story.get_absolute_url()}")
    watched.wait_for_function("() => document.documentElement?.dataset.mapReady === 'true'")

    watched.get_by_label("Search").fill("Summary")
    watched.wait_for_url("**q=Summary**")
    watched.wait_for_function("() => document.querySelectorAll('#chronology .event').length === 2")

    assert_inert(watched)


def test_the_place_page_stays_inert(hostile, watched, live_server):
    story, place, *_ = hostile

    watched.goto(f"{live_server.url}{reverse('stories:place', args=[story.slug, place.pk])}")

    assert_inert(watched)
    assert "{{ 7|add:7 }}" in watched.locator("main").inner_text()


def test_the_embed_stays_inert(hostile, watched, live_server):
    story, *_ = hostile

    watched.goto(f"{live_server.url}{reverse('stories:embed', args=[story.slug])}?view=both")
    watched.wait_for_function("() => document.documentElement?.dataset.mapReady === 'true'")

    assert_inert(watched)


@pytest.mark.parametrize("name", ["events_geojson", "timeline_json", "storymap_json", "events_csv"])
def test_exports_opened_in_the_browser_stay_inert(hostile, watched, live_server, name):
    story, *_ = hostile

    response = watched.request.get(
        f"{live_server.url}{reverse(f'stories:{name}', args=[story.slug])}"
    )
    if name != "events_csv":
        watched.goto(f"{live_server.url}{reverse(f'stories:{name}', args=[story.slug])}")
        assert_inert(watched)

    assert response.headers["x-content-type-options"] == "nosniff"
    assert "text/html" not in response.headers["content-type"]


@pytest.fixture
def admin_page(watched, live_server, client, django_user_model):
    """The browser logged in as a superuser (the test client's session cookie)."""
    user = django_user_model.objects.create_superuser("desk", password="x")
    client.force_login(user)
    watched.context.add_cookies(
        [{"name": "sessionid", "value": client.cookies["sessionid"].value, "url": live_server.url}]
    )
    return watched


@pytest.mark.parametrize("which", ["index", "event", "place", "article", "story"])
def test_the_admin_pages_stay_inert(hostile, admin_page, live_server, which):
    story, place, events, article = hostile
    paths = {
        "index": "/admin/",
        "event": reverse("admin:stories_event_change", args=[events[0].pk]),
        "place": reverse("admin:stories_place_change", args=[place.pk]),
        "article": reverse("admin:stories_article_change", args=[article.pk]),
        "story": reverse("admin:stories_story_change", args=[story.pk]),
    }

    admin_page.goto(f"{live_server.url}{paths[which]}")

    assert_inert(admin_page)
