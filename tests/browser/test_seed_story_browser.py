"""The real seed story, ingested through the whole pipeline, in a real browser."""

import re
from types import SimpleNamespace
from urllib.parse import urlsplit

import pytest
from django.core.management import call_command

from stories.models import Event, Place, Story

pytestmark = pytest.mark.browser

MARKERS = ".leaflet-marker-pane .nm-marker"


@pytest.fixture
def seed_story(transactional_db, seeds_dir):
    call_command("ingest", str(seeds_dir), verbosity=0)  # commits: the geocoding job runs
    story = Story.objects.get()
    return SimpleNamespace(story=story)


def pinned_places_with_events(story: Story) -> set[int]:
    return set(
        Place.objects.filter(story=story, events__isnull=False, latitude__isnull=False)
        .values_list("pk", flat=True)
        .distinct()
    )


def test_the_seed_story_has_one_marker_per_pinned_place(seed_story, open_story):
    page = open_story(seed_story)

    shown = {
        int(i) for i in page.locator(MARKERS).evaluate_all("m => m.map(e => e.dataset.placeId)")
    }
    assert shown == pinned_places_with_events(seed_story.story)


def test_clicking_the_khasan_stop_opens_khasans_popup(seed_story, open_story):
    page = open_story(seed_story)
    stop = Event.objects.get(story=seed_story.story, place__name="Khasan", trigger="stop")

    page.locator(f"#event-{stop.pk} .event-link").click()

    popup = page.locator(".leaflet-popup-content")
    popup.wait_for()
    assert "Khasan" in popup.inner_text()


def test_filtering_speculated_events_narrows_list_markers_and_url(seed_story, open_story):
    page = open_story(seed_story)
    speculated = Event.objects.filter(story=seed_story.story, certainty="speculated")

    page.get_by_label("Speculated").check()
    page.wait_for_url(re.compile(r"certainty=speculated"))
    page.wait_for_function(
        "() => JSON.parse(document.getElementById('filter-result').textContent).count"
        f" === {speculated.count()}"
    )

    pinned = {e.place_id for e in speculated if e.place and e.place.is_pinned}
    page.wait_for_function(  # markers follow the list once the swap has settled
        f"() => document.querySelectorAll('{MARKERS}').length === {len(pinned)}"
    )

    assert urlsplit(page.url).query == "certainty=speculated"
    assert page.locator(MARKERS).count() == len(pinned)
