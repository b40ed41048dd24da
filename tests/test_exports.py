"""Exports by URL and by `manage.py export`: each checked against its format, plus HTTP caching."""

import csv
import io
import json

import pytest
from django.core.management import CommandError, call_command
from django.urls import reverse

from stories.exports import event_rows, events_csv
from stories.models import Event
from tests.browser.story_seed import make_seed_story
from tests.factories import make_event, make_place, make_story

pytestmark = pytest.mark.django_db

GEOJSON_PROPERTIES = {
    "story", "id", "title", "summary", "date_start", "date_end", "date_precision", "certainty",
    "place", "place_status", "place_geonames_id", "people", "sources",
}  # fmt: skip
SOURCE_KEYS = {"url", "outlet", "title", "published", "quote"}

# TimelineJS3's JSON format (timeline.knightlab.com/docs/json-format.html).
TIMELINE_TOP = {"events", "title", "eras", "scale"}
TIMELINE_SLIDE = {
    "start_date", "end_date", "text", "media", "group", "display_date", "background",
    "autolink", "unique_id",
}  # fmt: skip
TIMELINE_DATE = {"year", "month", "day", "hour", "minute", "second", "millisecond", "display_date"}
TIMELINE_TEXT = {"headline", "text"}

# StoryMapJS's JSON format (the storymap.knightlab.com editor's published.json).
STORYMAP_OPTIONS = {
    "language", "map_type", "map_subdomains", "attribution", "calculate_zoom", "call_to_action",
    "call_to_action_text", "map_as_image", "map_background_color", "zoomify", "slides",
}  # fmt: skip
STORYMAP_SLIDE = {"type", "date", "text", "location", "media", "background"}
STORYMAP_LOCATION = {"lat", "lon", "zoom", "line", "name"}


@pytest.fixture
def seed():
    return make_seed_story()


def url(name: str, story) -> str:
    return reverse(f"stories:{name}", kwargs={"slug": story.slug})


def export_command(*args) -> str:
    out = io.StringIO()
    call_command("export", *args, stdout=out)
    return out.getvalue()


# ---- GeoJSON ----------------------------------------------------------------------------------


def test_geojson_is_a_feature_collection_of_point_features(client, seed):
    collection = client.get(url("events_geojson", seed.story)).json()

    assert collection["type"] == "FeatureCollection"
    assert all(f["type"] == "Feature" for f in collection["features"])
    assert {f["geometry"]["type"] for f in collection["features"] if f["geometry"]} == {"Point"}


def test_geojson_coordinates_are_longitude_then_latitude(client, seed):
    collection = client.get(url("events_geojson", seed.story)).json()

    docks = next(f for f in collection["features"] if f["id"] == seed.events["docks"].pk)
    assert docks["geometry"]["coordinates"] == [-3.6, 54.6]


def test_geojson_coordinates_are_within_wgs84_ranges(client, seed):
    collection = client.get(url("events_geojson", seed.story)).json()

    for feature in collection["features"]:
        if feature["geometry"]:
            longitude, latitude = feature["geometry"]["coordinates"]
            assert -180 <= longitude <= 180 and -90 <= latitude <= 90


def test_an_event_without_a_pinned_place_has_a_null_geometry(client, seed):
    collection = client.get(url("events_geojson", seed.story)).json()

    shipyard = next(f for f in collection["features"] if f["id"] == seed.events["shipyard"].pk)
    assert shipyard["geometry"] is None


def test_geojson_keeps_the_public_property_names(client, seed):
    collection = client.get(url("events_geojson", seed.story)).json()

    docks = next(f for f in collection["features"] if f["id"] == seed.events["docks"].pk)
    assert set(docks["properties"]) == GEOJSON_PROPERTIES
    assert set(docks["properties"]["sources"][0]) == SOURCE_KEYS
    assert docks["properties"]["place"] == "Harbor City"
    assert docks["properties"]["story"] == seed.story.slug


def test_geojson_is_served_as_application_geo_json(client, seed):
    response = client.get(url("events_geojson", seed.story))

    assert response.headers["Content-Type"] == "application/geo+json"


def test_the_map_data_has_one_feature_per_pinned_place_of_the_export(client, seed):
    export = client.get(url("events_geojson", seed.story)).json()["features"]
    map_data = client.get(url("map_data", seed.story)).json()["features"]

    per_place = {f["place"]["id"]: f["geometry"] for f in export if f["geometry"]}
    assert {f["id"]: f["geometry"] for f in map_data} == per_place
    assert sum(f["properties"]["counts"][0] for f in map_data) == sum(
        1 for f in export if f["geometry"]
    )


def test_the_export_command_prints_the_same_geojson_as_the_url(client, seed):
    printed = json.loads(export_command(seed.story.slug, "--format", "geojson"))

    assert printed == client.get(url("events_geojson", seed.story)).json()


def test_the_geojson_command_without_a_slug_exports_every_story(seed):
    other = make_event(story=make_story(slug="other-story"))

    printed = json.loads(export_command())

    assert {f["id"] for f in printed["features"]} >= {other.pk, seed.events["docks"].pk}


# ---- TimelineJS3 ------------------------------------------------------------------------------


def timeline(client, story) -> dict:
    return client.get(url("timeline_json", story)).json()


def slide_for(document: dict, event: Event) -> dict:
    return next(s for s in document["events"] if s["unique_id"] == f"event-{event.pk}")


def test_timeline_uses_only_timelinejs3_fields(client, seed):
    document = timeline(client, seed.story)

    assert set(document) <= TIMELINE_TOP
    assert set(document["title"]["text"]) <= TIMELINE_TEXT
    for slide in document["events"]:
        assert set(slide) <= TIMELINE_SLIDE
        assert set(slide["text"]) <= TIMELINE_TEXT
        assert set(slide["start_date"]) <= TIMELINE_DATE
        assert isinstance(slide["start_date"]["year"], int)


def test_timeline_leaves_out_undated_events(client, seed):
    document = timeline(client, seed.story)

    ids = {s["unique_id"] for s in document["events"]}
    assert f"event-{seed.events['sale'].pk}" not in ids
    assert len(ids) == 6


def test_timeline_dates_a_day_event_to_the_day(client, seed):
    slide = slide_for(timeline(client, seed.story), seed.events["docks"])

    assert slide["start_date"] == {"year": 2024, "month": 5, "day": 14}


def test_timeline_dates_a_month_event_to_the_month_with_a_display_date(client, seed):
    slide = slide_for(timeline(client, seed.story), seed.events["vessel"])

    assert slide["start_date"] == {"year": 2025, "month": 3, "display_date": "March 2025"}


def test_timeline_dates_a_year_event_to_the_year_with_a_display_date(client, seed):
    slide = slide_for(timeline(client, seed.story), seed.events["move"])

    assert slide["start_date"] == {"year": 2025, "display_date": "2025"}


def test_timeline_gives_a_spanning_event_an_end_date(client, seed):
    slide = slide_for(timeline(client, seed.story), seed.events["storm"])

    assert slide["end_date"] == {"year": 2024, "month": 5, "day": 14}


def test_timeline_escapes_article_text_it_renders_as_html(client, seed):
    document = timeline(client, seed.story)

    slide = slide_for(document, seed.events["docks"])
    assert "<b>" not in slide["text"]["text"]
    assert "&lt;b&gt;described&lt;/b&gt;" in slide["text"]["text"]
    assert "Captain &lt;Ann&gt; Reyes" in slide["text"]["text"]
    assert (
        document["title"]["text"]["headline"] == "Storm-delayed ferry &lt;reaches&gt; Harbor City"
    )


def test_timeline_links_only_web_urls(client, seed):
    article = seed.events["docks"].sources.first().article
    article.canonical_url = "javascript:alert(1)"
    article.save()

    slide = slide_for(timeline(client, seed.story), seed.events["docks"])

    assert "javascript:" not in slide["text"]["text"]


def test_the_timeline_command_needs_exactly_one_story(seed):
    with pytest.raises(CommandError, match="exactly one"):
        export_command("--format", "timeline")


def test_the_timeline_command_prints_the_same_document_as_the_url(client, seed):
    printed = json.loads(export_command(seed.story.slug, "--format", "timeline"))

    assert printed == timeline(client, seed.story)


# ---- StoryMapJS -------------------------------------------------------------------------------


def storymap(client, story) -> dict:
    return client.get(url("storymap_json", story)).json()["storymap"]


def test_storymap_uses_only_storymapjs_fields(client, seed):
    document = storymap(client, seed.story)

    assert set(document) <= STORYMAP_OPTIONS
    for slide in document["slides"]:
        assert set(slide) <= STORYMAP_SLIDE
        assert set(slide["text"]) == {"headline", "text"}
        assert set(slide["location"]) <= STORYMAP_LOCATION


def test_storymap_opens_with_an_overview_then_one_slide_per_pinned_event(client, seed):
    slides = storymap(client, seed.story)["slides"]

    assert slides[0]["type"] == "overview"
    assert len(slides) == 1 + 7


def test_storymap_slides_are_in_time_order_with_undated_last(client, seed):
    slides = storymap(client, seed.story)["slides"][1:]

    headlines = [s["text"]["headline"] for s in slides]
    assert headlines[0] == "Ferry leaves Port Alden"
    assert headlines[-1] == "Operator sells the line"
    assert slides[-1]["date"] == ""


def test_storymap_slides_carry_their_place_as_latitude_and_longitude(client, seed):
    slides = storymap(client, seed.story)["slides"]

    docks = next(s for s in slides if s["text"]["headline"] == "Ferry docks at Harbor City")
    assert (docks["location"]["lat"], docks["location"]["lon"]) == (54.6, -3.6)


def test_storymap_draws_on_the_sites_tiles(client, seed, settings):
    settings.MAP_TILES_URL = "https://tiles.example/{z}/{x}/{y}.png"

    assert storymap(client, seed.story)["map_type"] == "https://tiles.example/{z}/{x}/{y}.png"


def test_storymap_escapes_article_text(client, seed):
    slides = storymap(client, seed.story)["slides"]

    assert slides[0]["text"]["headline"] == "Storm-delayed ferry &lt;reaches&gt; Harbor City"
    assert all("<b>" not in s["text"]["text"] for s in slides)


# ---- CSV --------------------------------------------------------------------------------------


def read_csv(text: str) -> list[dict]:
    return list(csv.DictReader(io.StringIO(text, newline="")))


def test_csv_round_trips_every_event(client, seed):
    geojson = client.get(url("events_geojson", seed.story)).json()["features"]

    records = read_csv(client.get(url("events_csv", seed.story)).content.decode())

    assert len(records) == len(geojson)
    for record, feature in zip(records, geojson, strict=True):
        properties = feature["properties"]
        assert int(record["id"]) == properties["id"]
        assert record["title"] == properties["title"]
        assert record["summary"] == properties["summary"]
        assert record["date_start"] == (properties["date_start"] or "")
        assert record["certainty"] == properties["certainty"]
        assert record["place"] == (properties["place"] or "")
        assert record["people"].split("; ") == (properties["people"] or [""])
        if feature["geometry"]:
            longitude, latitude = feature["geometry"]["coordinates"]
            assert (float(record["longitude"]), float(record["latitude"])) == (longitude, latitude)


def test_csv_keeps_commas_quotes_and_line_breaks_inside_a_cell(story):
    make_event(story=story, summary='He said "no", then\nleft.')

    records = read_csv(events_csv(event_rows(Event.objects.filter(story=story))))

    assert records[0]["summary"] == 'He said "no", then\nleft.'


@pytest.mark.parametrize("title", ["=HYPERLINK(1)", "+1", "-1+2", "@SUM(A1)"])
def test_csv_defuses_a_cell_a_spreadsheet_would_run_as_a_formula(story, title):
    make_event(story=story, title=title)

    records = read_csv(events_csv(event_rows(Event.objects.filter(story=story))))

    assert records[0]["title"] == "'" + title


def test_csv_leaves_negative_coordinates_as_numbers(story):
    make_event(story=story, place=make_place(story=story, latitude=-33.9, longitude=-70.6))

    records = read_csv(events_csv(event_rows(Event.objects.filter(story=story))))

    assert (records[0]["latitude"], records[0]["longitude"]) == ("-33.9", "-70.6")


def test_csv_is_served_as_text_csv_for_download(client, seed):
    response = client.get(url("events_csv", seed.story))

    assert response.headers["Content-Type"] == "text/csv; charset=utf-8"
    assert f'filename="{seed.story.slug}-events.csv"' in response.headers["Content-Disposition"]


def test_the_csv_command_prints_the_same_file_as_the_url(client, seed):
    printed = export_command(seed.story.slug, "--format", "csv")

    assert printed == client.get(url("events_csv", seed.story)).content.decode()


# ---- HTTP: filters, caching, CORS ---------------------------------------------------------------

EXPORTS = ["events_geojson", "timeline_json", "storymap_json", "events_csv"]


def test_exports_take_the_story_pages_filters(client, seed):
    collection = client.get(url("events_geojson", seed.story) + "?certainty=planned").json()

    assert [f["id"] for f in collection["features"]] == [seed.events["vessel"].pk]


@pytest.mark.parametrize("name", EXPORTS)
def test_exports_send_etag_and_last_modified(client, seed, name):
    response = client.get(url(name, seed.story))

    assert response.headers["ETag"]
    assert response.headers["Last-Modified"]


@pytest.mark.parametrize("name", EXPORTS)
def test_an_unchanged_export_answers_if_none_match_with_304(client, seed, name):
    first = client.get(url(name, seed.story))

    again = client.get(url(name, seed.story), headers={"If-None-Match": first.headers["ETag"]})

    assert again.status_code == 304


def test_an_unchanged_export_answers_if_modified_since_with_304(client, seed):
    first = client.get(url("events_geojson", seed.story))

    again = client.get(
        url("events_geojson", seed.story),
        headers={"If-Modified-Since": first.headers["Last-Modified"]},
    )

    assert again.status_code == 304


def test_editing_an_event_changes_the_etag(client, seed):
    before = client.get(url("events_geojson", seed.story)).headers["ETag"]
    event = seed.events["docks"]
    event.title = "Ferry finally docks"
    event.save()

    response = client.get(url("events_geojson", seed.story), headers={"If-None-Match": before})

    assert response.status_code == 200
    assert response.headers["ETag"] != before


def test_deleting_an_event_changes_the_etag(client, seed):
    before = client.get(url("events_geojson", seed.story)).headers["ETag"]

    seed.events["repairs"].delete()

    assert client.get(url("events_geojson", seed.story)).headers["ETag"] != before


def test_a_filtered_export_has_its_own_etag(client, seed):
    plain = client.get(url("events_geojson", seed.story)).headers["ETag"]

    filtered = client.get(url("events_geojson", seed.story) + "?certainty=planned")

    assert filtered.headers["ETag"] != plain


@pytest.mark.parametrize("name", EXPORTS)
def test_exports_may_be_read_from_any_origin(client, seed, name):
    response = client.get(url(name, seed.story))

    assert response.headers["Access-Control-Allow-Origin"] == "*"


def test_a_304_also_allows_any_origin(client, seed):
    first = client.get(url("events_geojson", seed.story))

    again = client.get(
        url("events_geojson", seed.story), headers={"If-None-Match": first.headers["ETag"]}
    )

    assert again.headers["Access-Control-Allow-Origin"] == "*"


def test_an_unknown_storys_export_is_404(client):
    response = client.get(reverse("stories:events_geojson", kwargs={"slug": "no-such-story"}))

    assert response.status_code == 404


def test_exports_take_a_constant_number_of_queries(client, django_assert_max_num_queries, seed):
    for _ in range(30):
        make_event(story=seed.story, place=seed.places["harbor"])

    with django_assert_max_num_queries(8):
        client.get(url("events_geojson", seed.story))
