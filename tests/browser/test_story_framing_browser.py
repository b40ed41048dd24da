"""The story page framed as a reader's product, in a real browser, at desktop and phone sizes.

The map fits the main line (not background places or country-wide pins), flies to a selected
event with its popup inside the map, refits to filters, Play zooms; routes are drawn only for
people who travel, across the antimeridian the short way; on a phone the map stays on screen.
"""

import datetime as dt
import itertools
import re

import pytest

from stories.models import Event, Person, Place
from tests.browser.story_seed import add_source
from tests.factories import make_article, make_event, make_place, make_story

pytestmark = pytest.mark.browser

MARKERS = ".leaflet-marker-pane .nm-marker"
PHONE = (390, 844)
SIZES = [pytest.param(None, id="desktop"), pytest.param(PHONE, id="phone")]


@pytest.fixture
def sized_page(request, chromium, browser_log):
    """A tab at the size the test's `size` parameter names (desktop when None)."""
    size = request.node.callspec.params.get("size") if hasattr(request.node, "callspec") else None
    width, height = size or (1280, 800)
    context = chromium.new_context(viewport={"width": width, "height": height})
    tab = context.new_page()
    tab.set_default_timeout(10_000)
    tab.on(
        "console",
        lambda m: browser_log.console_errors.append(m.text) if m.type == "error" else None,
    )
    tab.on("pageerror", lambda error: browser_log.page_errors.append(str(error)))
    tab.on("requestfailed", lambda req: browser_log.page_errors.append(f"failed: {req.url}"))
    tab.on("request", lambda req: browser_log.requests.append(req.url))
    yield tab
    context.close()


def open_page(tab, live_server, story, suffix: str = ""):
    tab.goto(f"{live_server.url}{story.get_absolute_url()}{suffix}")
    tab.wait_for_function("() => document.documentElement?.dataset.mapReady === 'true'")
    return tab


def map_bounds(tab) -> dict:
    return tab.evaluate(
        "() => { const b = window.newsmap.map.getBounds();"
        " return {s: b.getSouth(), w: b.getWest(), n: b.getNorth(), e: b.getEast()}; }"
    )


def inside(bounds: dict, lat: float, lon: float) -> bool:
    return bounds["s"] <= lat <= bounds["n"] and bounds["w"] <= lon <= bounds["e"]


def box_inside(inner: dict, outer: dict, slack: float = 1.0) -> bool:
    return (
        inner["x"] >= outer["x"] - slack
        and inner["y"] >= outer["y"] - slack
        and inner["x"] + inner["width"] <= outer["x"] + outer["width"] + slack
        and inner["y"] + inner["height"] <= outer["y"] + outer["height"] + slack
    )


@pytest.fixture
def framed(transactional_db):
    """A story on the Irish Sea with a background event in Sydney and a country-wide pin."""
    story = make_story(slug="framed", title="Ferry strike on the Irish Sea")
    article = make_article(
        story=story,
        outlet="coast.example",
        published_at=dt.datetime(2024, 5, 14, 9, tzinfo=dt.UTC),
        text="DOUGLAS — The ferry left Douglas on Sunday and reached Heysham on Monday.",
    )
    places = {
        "douglas": make_place(
            story=story, name="Douglas", latitude=54.15, longitude=-4.48, status="resolved"
        ),
        "heysham": make_place(
            story=story, name="Heysham", latitude=54.03, longitude=-2.92, status="resolved"
        ),
        "liverpool": make_place(
            story=story, name="Liverpool", latitude=53.41, longitude=-2.98, status="resolved"
        ),
        "sydney": make_place(
            story=story, name="Sydney", latitude=-33.87, longitude=151.21, status="resolved"
        ),
        "uk": make_place(
            story=story,
            name="United Kingdom",
            latitude=54.0,
            longitude=-2.0,
            status="resolved",
            kind=Place.Kind.COUNTRY,
        ),
    }
    events = {
        "leaves": make_event(
            story=story, title="Ferry leaves Douglas", place=places["douglas"],
            date_start=dt.date(2024, 5, 12),
        ),
        "reaches": make_event(
            story=story, title="Ferry reaches Heysham", place=places["heysham"],
            date_start=dt.date(2024, 5, 13),
        ),
        "talks": make_event(
            story=story, title="Talks planned in Liverpool", place=places["liverpool"],
            date_start=dt.date(2024, 5, 20), certainty=Event.Certainty.PLANNED,
        ),
        "founded": make_event(
            story=story, title="Line founded by a Sydney firm", place=places["sydney"],
            date_start=dt.date(1990, 3, 1),
        ),
        "national": make_event(
            story=story, title="Strikes spread nationally", place=places["uk"],
            date_start=dt.date(2024, 5, 14),
        ),
    }  # fmt: skip
    for event in events.values():
        add_source(event, article, "The ferry left Douglas on Sunday")
    return story, places, events


@pytest.fixture
def pacific(transactional_db):
    """A pilot flies Nagoya -> Hawaii and plans Phoenix; a minister speaks in two places."""
    story = make_story(slug="pacific", title="Solar plane crosses the Pacific")
    make_article(story=story, published_at=dt.datetime(2015, 7, 3, 15, tzinfo=dt.UTC))
    nagoya = make_place(story=story, name="Nagoya", latitude=35.18, longitude=136.91)
    hawaii = make_place(story=story, name="Kalaeloa", latitude=21.31, longitude=-158.07)
    phoenix = make_place(story=story, name="Phoenix", latitude=33.45, longitude=-112.07)
    tokyo = make_place(story=story, name="Tokyo", latitude=35.68, longitude=139.69)
    pilot = Person.objects.create(name="André Borschberg")
    minister = Person.objects.create(name="A Minister")
    day = dt.date
    legs = [
        ("Plane leaves Nagoya", nagoya, day(2015, 6, 29), Event.Certainty.OCCURRED),
        ("Plane lands in Hawaii", hawaii, day(2015, 7, 3), Event.Certainty.OCCURRED),
        ("Plane to fly on to Phoenix", phoenix, day(2015, 7, 20), Event.Certainty.PLANNED),
    ]
    for title, place, date, certainty in legs:
        make_event(
            story=story, title=title, place=place, date_start=date, certainty=certainty
        ).people.add(pilot)
    for title, place, date in (
        ("Minister praises the pilots", tokyo, day(2015, 7, 1)),
        ("Minister speaks of records", nagoya, day(2015, 7, 2)),
    ):
        make_event(story=story, title=title, place=place, date_start=date).people.add(minister)
    return story


# ---- framing ----------------------------------------------------------------------------------


@pytest.mark.parametrize("size", SIZES)
def test_the_map_fits_the_main_line_and_leaves_out_background(
    size, framed, sized_page, live_server
):
    story, places, _ = framed

    tab = open_page(sized_page, live_server, story)

    bounds = map_bounds(tab)
    for key in ("douglas", "heysham", "liverpool"):
        assert inside(bounds, places[key].latitude, places[key].longitude), key
    assert not inside(bounds, places["sydney"].latitude, places["sydney"].longitude)
    assert bounds["e"] - bounds["w"] < 40


@pytest.mark.parametrize("size", SIZES)
def test_selecting_an_event_leaves_its_marker_and_popup_inside_the_map(
    size, framed, sized_page, live_server
):
    story, places, events = framed
    tab = open_page(sized_page, live_server, story)

    tab.locator(f"#event-{events['talks'].pk} .event-link").click()

    popup = tab.locator(".leaflet-popup", has=tab.locator(".nm-popup-event"))
    popup.wait_for()
    tab.wait_for_timeout(400)  # the popup's own pan, if any, settles
    frame = tab.locator(".map-frame").bounding_box()
    marker = tab.locator(f'{MARKERS}[data-place-id="{places["liverpool"].pk}"]').bounding_box()
    assert box_inside(marker, frame)
    assert box_inside(popup.bounding_box(), frame)
    assert "Talks planned in Liverpool" in popup.inner_text()


@pytest.mark.parametrize("size", SIZES)
def test_a_deep_link_to_a_background_event_shows_it_on_the_map(
    size, framed, sized_page, live_server
):
    story, places, events = framed

    tab = open_page(sized_page, live_server, story, f"#event-{events['founded'].pk}")

    tab.locator(f"#event-{events['founded'].pk}.is-selected").wait_for()
    tab.locator(".leaflet-popup-content", has_text="Sydney").wait_for()
    assert inside(map_bounds(tab), places["sydney"].latitude, places["sydney"].longitude)


def test_filtering_refits_the_map_to_what_is_left(framed, sized_page, live_server):
    story, places, _ = framed
    tab = open_page(sized_page, live_server, story)

    tab.get_by_role("checkbox", name="Planned").check()
    tab.wait_for_function(f"() => document.querySelectorAll('{MARKERS}').length === 1")
    # The refit is a flight that can start at the fit's maximum zoom: wait for it to land.
    douglas = places["douglas"]
    tab.wait_for_function(
        "([lat, lon]) => window.newsmap.map.getZoom() === 9"  # FIT_MAX_ZOOM
        " && !window.newsmap.map.getBounds().contains([lat, lon])",
        arg=[douglas.latitude, douglas.longitude],
    )

    bounds = map_bounds(tab)
    assert inside(bounds, places["liverpool"].latitude, places["liverpool"].longitude)
    assert not inside(bounds, douglas.latitude, douglas.longitude)


def test_a_marker_with_only_planned_events_left_is_faded(framed, sized_page, live_server):
    story, places, _ = framed
    tab = open_page(sized_page, live_server, story)

    tab.get_by_role("checkbox", name="Planned").check()
    tab.wait_for_function(f"() => document.querySelectorAll('{MARKERS}').length === 1")

    marker = tab.locator(f'{MARKERS}[data-place-id="{places["liverpool"].pk}"]')
    assert "nm-marker--uncertain" in marker.get_attribute("class")
    assert float(marker.evaluate("m => getComputedStyle(m).opacity")) < 1


@pytest.mark.parametrize("size", SIZES)
def test_play_steps_through_the_main_line_and_zooms(size, framed, sized_page, live_server):
    story, places, _ = framed
    tab = open_page(sized_page, live_server, story)
    start_zoom = tab.evaluate("window.newsmap.map.getZoom()")

    tab.get_by_role("button", name="Play").click()
    tab.locator(".leaflet-popup-content", has_text="Douglas").wait_for()

    assert tab.locator("#play-status").inner_text().startswith("1 / 4: ")
    assert "Ferry leaves Douglas" in tab.locator("#play-status").inner_text()
    assert tab.evaluate("window.newsmap.map.getZoom()") > start_zoom
    bounds = map_bounds(tab)
    assert inside(bounds, places["douglas"].latitude, places["douglas"].longitude)


# ---- routes -----------------------------------------------------------------------------------


def route_points(tab) -> list[list[list[float]]]:
    return tab.evaluate(
        "() => [...document.querySelectorAll('path.nm-route')].length && "
        "window.newsmap.routes.map(r => r.map(p => [p.lat, p.lng]))"
    )


def test_one_route_is_drawn_per_traveller(pacific, sized_page, live_server):
    tab = open_page(sized_page, live_server, pacific)

    assert tab.evaluate("window.newsmap.routes.length") == 1
    assert tab.locator("path.nm-route").count() == 2


def test_a_route_crosses_the_pacific_the_short_way(pacific, sized_page, live_server):
    tab = open_page(sized_page, live_server, pacific)

    (route,) = route_points(tab)

    steps = [abs(b[1] - a[1]) for a, b in itertools.pairwise(route)]
    assert max(steps) < 180


def test_a_leg_to_a_planned_stop_is_dashed(pacific, sized_page, live_server):
    tab = open_page(sized_page, live_server, pacific)

    assert tab.locator("path.nm-route--uncertain").count() == 1
    assert tab.locator("path.nm-route--uncertain").get_attribute("stroke-dasharray") == "6 8"


def test_a_pacific_story_is_framed_over_the_pacific(pacific, sized_page, live_server):
    tab = open_page(sized_page, live_server, pacific)

    bounds = map_bounds(tab)
    assert bounds["e"] - bounds["w"] < 180


# ---- phone ------------------------------------------------------------------------------------


@pytest.mark.parametrize("size", [pytest.param(PHONE, id="phone")])
def test_on_a_phone_the_map_stays_on_screen_while_the_list_scrolls(
    size, framed, sized_page, live_server
):
    tab = open_page(sized_page, live_server, framed[0])

    tab.mouse.wheel(0, 1500)
    tab.wait_for_timeout(300)

    box = tab.locator(".map-frame").bounding_box()
    assert box["y"] >= -1 and box["y"] + box["height"] <= PHONE[1]
    assert box["height"] > 200


@pytest.mark.parametrize("size", [pytest.param(PHONE, id="phone")])
def test_on_a_phone_the_filters_wait_behind_one_button(size, framed, sized_page, live_server):
    tab = open_page(sized_page, live_server, framed[0])

    assert not tab.get_by_label("Search").is_visible()
    tab.get_by_text("Filter the events").click()
    assert tab.get_by_label("Search").is_visible()


# ---- filters ----------------------------------------------------------------------------------


def test_the_outlet_filter_is_hidden_when_there_is_one_outlet(framed, sized_page, live_server):
    tab = open_page(sized_page, live_server, framed[0])

    assert tab.locator("#id_source").count() == 0


def test_filter_dates_are_written_as_the_site_writes_them(framed, sized_page, live_server):
    tab = open_page(sized_page, live_server, framed[0], "?start=2024-05-13")

    assert tab.get_by_label("From").input_value() == "13 May 2024"


def test_clear_appears_in_place_and_clears(framed, sized_page, live_server):
    story = framed[0]
    tab = open_page(sized_page, live_server, story)
    clear = tab.locator("#filters-clear")
    assert not clear.is_visible()

    tab.get_by_role("checkbox", name="Planned").check()
    clear.wait_for(state="visible")
    clear.click()

    tab.wait_for_url(re.compile(re.escape(story.get_absolute_url()) + "$"))
    clear.wait_for(state="hidden")
    assert not tab.get_by_role("checkbox", name="Planned").is_checked()


# ---- deep links -------------------------------------------------------------------------------


def test_a_deep_link_far_down_a_long_story_loads_only_the_page_holding_it(
    transactional_db, sized_page, live_server, browser_log
):
    from benchmarks.pages import generate_story

    story = generate_story(events=400, places=20, slug="deep")
    last = story.events.filter(date_start__isnull=False).order_by("-date_start", "-id").first()

    tab = open_page(sized_page, live_server, story, f"#event-{last.pk}")

    tab.locator(f"#event-{last.pk}.is-selected").wait_for()
    assert not [url for url in browser_log.requests if "/timeline/" in url]
