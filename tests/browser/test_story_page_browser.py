"""The story page in a real browser: map and list in step, filters, play, no stray requests."""

import re
from urllib.parse import urlsplit

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.browser

MARKERS = ".leaflet-marker-pane .nm-marker"


def wait_for_markers(page, count: int) -> None:
    """Markers follow the list once the swapped chronology has been read: wait for them."""
    page.wait_for_function(f"() => document.querySelectorAll('{MARKERS}').length === {count}")


def marker_for(page, place):
    return page.locator(f'{MARKERS}[data-place-id="{place.pk}"]')


def test_one_marker_per_pinned_place(seed, open_story):
    page = open_story(seed)

    assert page.locator(MARKERS).count() == len(seed.pinned_places)


def test_estimated_place_is_drawn_with_its_uncertainty_circle(seed, open_story):
    page = open_story(seed)

    assert page.locator("path.nm-uncertainty").count() == 1


def test_no_route_is_drawn_where_nobody_travels(seed, open_story):
    page = open_story(seed)

    assert page.locator("path.nm-route").count() == 0


def test_planned_only_place_has_a_hollow_marker(seed, open_story):
    page = open_story(seed)

    eastport = marker_for(page, seed.places["eastport"])
    assert "nm-marker--uncertain" in eastport.get_attribute("class")


def test_clicking_an_event_opens_its_places_popup(seed, open_story):
    page = open_story(seed)

    page.locator("#event-{} .event-link".format(seed.events["storm"].pk)).click()

    popup = page.locator(".leaflet-popup-content")
    # The place's events are fetched when its popup opens: wait for them, not only the popup.
    expect(popup).to_contain_text("Storm holds the ferry offshore")
    assert "Gull Island waters" in popup.inner_text()
    assert "Storm holds the ferry offshore" in popup.inner_text()


def test_clicking_a_marker_highlights_its_events(seed, open_story):
    page = open_story(seed)

    marker_for(page, seed.places["harbor"]).click()

    highlighted = page.locator(".event.is-highlighted")
    highlighted.first.wait_for()
    ids = sorted(int(i) for i in highlighted.evaluate_all("els => els.map(e => e.dataset.eventId)"))
    harbor_events = [seed.events[k].pk for k in ("docks", "repairs", "vessel")]
    assert ids == sorted(harbor_events)


def test_filter_narrows_list_and_markers_and_changes_the_url(seed, open_story):
    page = open_story(seed)

    page.get_by_label("Planned").check()
    page.wait_for_url(re.compile(r"certainty=planned"))
    page.wait_for_function("() => document.querySelectorAll('#chronology .event').length === 1")

    wait_for_markers(page, 1)

    assert page.locator("#chronology .event").count() == 1
    assert page.locator(MARKERS).count() == 1
    assert urlsplit(page.url).query == "certainty=planned"


def test_reloading_a_filtered_url_shows_the_same_view(seed, open_story):
    page = open_story(seed)
    page.get_by_label("Planned").check()
    page.wait_for_url(re.compile(r"certainty=planned"))
    page.wait_for_function("() => document.querySelectorAll('#chronology .event').length === 1")
    filtered_url = page.url

    page.reload()
    page.wait_for_function("() => document.documentElement?.dataset.mapReady === 'true'")
    wait_for_markers(page, 1)

    assert page.url == filtered_url
    assert page.locator("#chronology .event").count() == 1
    assert page.locator(MARKERS).count() == 1
    assert page.get_by_label("Planned").is_checked()


def test_search_filters_as_the_reader_types(seed, open_story):
    page = open_story(seed)

    page.get_by_label("Search").fill("ferry")
    page.wait_for_url(re.compile(r"q=ferry"))

    page.wait_for_function(
        "() => document.querySelector('#chronology .result-count').textContent.startsWith('4 ')"
    )


def test_filter_updates_are_announced(seed, open_story):
    page = open_story(seed)

    page.get_by_label("Denied").check()

    page.wait_for_function(
        "() => document.getElementById('announcer').textContent === '1 event matches.'"
    )


#: story.js's pause between two steps of the play control.
PLAY_INTERVAL_MS = 2500


def test_play_control_steps_through_the_story(seed, page, open_story):
    page.clock.install()  # the test moves the page's clock instead of waiting out the interval
    open_story(seed)

    page.get_by_role("button", name="Play").click()
    page.clock.run_for(PLAY_INTERVAL_MS)
    page.wait_for_function(
        "() => document.getElementById('play-status').textContent.startsWith('2 /')"
    )

    assert "Storm holds the ferry offshore" in page.locator("#play-status").inner_text()
    page.locator(".leaflet-popup-content", has_text="Gull Island waters").wait_for()


def test_event_deep_link_opens_the_page_on_that_event(seed, open_story):
    docks = seed.events["docks"]

    page = open_story(seed, f"#event-{docks.pk}")

    page.locator(f"#event-{docks.pk}.is-selected").wait_for()
    assert "Harbor City" in page.locator(".leaflet-popup-content").inner_text()


def test_article_text_is_never_markup(seed, open_story):
    page = open_story(seed)
    page.locator("#event-{} .event-link".format(seed.events["docks"].pk)).click()
    page.locator(".leaflet-popup-content").wait_for()

    assert page.locator("h1").inner_text() == "Storm-delayed ferry <reaches> Harbor City"
    assert page.locator("main b").count() == 0


def test_page_logs_no_console_errors(seed, page, open_story, browser_log):
    page.clock.install()
    open_story(seed)
    page.get_by_label("Planned").check()
    page.wait_for_url(re.compile(r"certainty=planned"))
    page.get_by_role("button", name="Play").click()
    # The whole page life: play to the end, then leave the page (unload handlers run).
    page.clock.run_for(PLAY_INTERVAL_MS * (len(seed.events) + 1))
    page.wait_for_function(
        "() => document.getElementById('play-toggle').getAttribute('aria-pressed') === 'false'"
    )
    page.goto("about:blank")

    assert browser_log.console_errors == []
    assert browser_log.page_errors == []


def test_page_requests_only_the_server_and_the_tile_host(
    seed, open_story, browser_log, live_server, tile_server
):
    page = open_story(seed)
    page.wait_for_load_state("networkidle")

    assert tile_server.requests, "the map should have asked for tiles"
    assert browser_log.hosts() <= {urlsplit(live_server.url).netloc, tile_server.host}


@pytest.mark.viewport(390, 844)
def test_on_a_phone_the_map_is_above_the_chronology(seed, open_story):
    page = open_story(seed)

    map_box = page.locator(".story-map").bounding_box()
    list_box = page.locator(".story-chronology").bounding_box()
    assert map_box["y"] + map_box["height"] <= list_box["y"]


def test_a_story_of_2000_events_draws_every_place_clustered(transactional_db, open_story):
    from benchmarks.pages import generate_story
    from tests.browser.story_seed import SeedStory

    story = generate_story(events=2000, places=200, slug="large")

    page = open_story(SeedStory(story=story, places={}, events={}))

    assert page.evaluate("window.newsmap.markers.size") == 200
    assert page.locator(".marker-cluster").count() > 0


def test_scrolling_to_the_end_of_the_chronology_loads_the_next_page(transactional_db, open_story):
    from benchmarks.pages import generate_story
    from stories.chronology import PAGE_SIZE
    from tests.browser.story_seed import SeedStory

    story = generate_story(events=PAGE_SIZE + 10, places=5, slug="long")
    page = open_story(SeedStory(story=story, places={}, events={}))

    page.locator("#chronology .section-main .load-more").scroll_into_view_if_needed()

    dated = story.events.filter(date_start__isnull=False).count()
    page.wait_for_function(
        f"() => document.querySelectorAll('#chronology .section-main .event').length === {dated}"
    )
    assert page.locator("#chronology .section-main .load-more").count() == 0


def test_a_marker_opens_from_the_keyboard(seed, open_story):
    page = open_story(seed)
    marker_for(page, seed.places["alden"]).focus()

    page.keyboard.press("Enter")

    popup = page.locator(".leaflet-popup-content")
    popup.wait_for()
    assert "Port Alden" in popup.inner_text()
