"""Exports as pure functions over querysets: GeoJSON (RFC 7946), TimelineJS3, StoryMapJS, CSV.

GeoJSON property names are a public contract (`manage.py export`, `events.geojson`, the story
page's and the embeds' map, the JSON API): keep them stable. Every format is built from the same
plain rows (`event_rows`), read in three queries whatever the number of events: at thousands of
events, building Event, Place, EventSource and Article objects costs more than the output.

Article-derived text is untrusted. TimelineJS and StoryMapJS render their `headline` and `text`
fields as HTML, so everything we put there is escaped here; CSV cells that a spreadsheet would
read as a formula are defused with a leading quote.
"""

from __future__ import annotations

import csv
import io
from collections import defaultdict
from collections.abc import Iterable

from django.db.models import F, QuerySet
from django.utils.html import escape, format_html, format_html_join

from stories.chronology import date_heading
from stories.models import Event, EventSource, Story
from stories.weblinks import safe_url

#: The columns of an event row (`QuerySet.values`), before people and sources are attached.
ROW_FIELDS = (
    "id",
    "story__slug",
    "title",
    "summary",
    "date_start",
    "date_end",
    "date_precision",
    "certainty",
    "place_id",
    "place__name",
    "place__latitude",
    "place__longitude",
    "place__radius_km",
    "place__status",
    "place__geonames_id",
)

EventRow = dict[str, object]


def export_order(events: QuerySet[Event]) -> QuerySet[Event]:
    """Story by story, in time order; undated events last on every database (SQLite would put
    NULL first)."""
    return events.order_by("story__slug", F("date_start").asc(nulls_last=True), "id")


def event_rows(events: QuerySet[Event]) -> list[EventRow]:
    """Events as plain rows in `export_order`, with `people` and `sources` lists, in three
    queries."""
    rows = list(export_order(events).values(*ROW_FIELDS))
    ids = events.values("id")
    people: dict[int, list[str]] = defaultdict(list)
    for event_id, name in (
        Event.people.through.objects.filter(event__in=ids)
        .order_by("person__name")
        .values_list("event_id", "person__name")
    ):
        people[event_id].append(name)
    sources: dict[int, list[dict]] = defaultdict(list)
    for event_id, url, outlet, title, published, quote in (
        EventSource.objects.filter(event__in=ids)
        .order_by(F("article__published_at").asc(nulls_last=True), "start", "id")
        .values_list(
            "event_id",
            "article__canonical_url",
            "article__outlet",
            "article__title",
            "article__published_at",
            "quote",
        )
    ):
        sources[event_id].append(
            {
                "url": safe_url(url),  # every export and the API carry these
                "outlet": outlet,
                "title": title,
                "published": published.isoformat() if published else None,
                "quote": quote,
            }
        )
    for row in rows:
        row["people"] = people[row["id"]]
        row["sources"] = sources[row["id"]]
    return rows


def is_pinned(row: EventRow) -> bool:
    return row["place__latitude"] is not None and row["place__longitude"] is not None


# ---- GeoJSON ------------------------------------------------------------------------------------


def event_properties(row: EventRow) -> dict[str, object]:
    """The public property set of one event (GeoJSON properties, and the API's event)."""
    has_place = row["place_id"] is not None
    return {
        "story": row["story__slug"],
        "id": row["id"],
        "title": row["title"],
        "summary": row["summary"],
        "date_start": row["date_start"].isoformat() if row["date_start"] else None,
        "date_end": row["date_end"].isoformat() if row["date_end"] else None,
        "date_precision": row["date_precision"],
        "certainty": row["certainty"],
        "place": row["place__name"] if has_place else None,
        "place_status": row["place__status"] if has_place else None,
        "place_geonames_id": row["place__geonames_id"] if has_place else None,
        "people": row["people"],
        "sources": row["sources"],
    }


def event_feature(row: EventRow) -> dict[str, object]:
    """One event as a GeoJSON Feature; an event without a pinned place has a null geometry.

    Besides the properties, a feature carries the foreign member `place` (RFC 7946 §6.1):
    the place's id, so maps can gather a place's events under one marker, and the radius of an
    estimated position, so they can draw its uncertainty. Tools that do not know it ignore it.
    """
    geometry = None
    if is_pinned(row):
        # RFC 7946: longitude first; six decimals is ~10 cm, more is noise.
        geometry = {
            "type": "Point",
            "coordinates": [round(row["place__longitude"], 6), round(row["place__latitude"], 6)],
        }
    feature = {
        "type": "Feature",
        "id": row["id"],
        "geometry": geometry,
        "properties": event_properties(row),
    }
    if row["place_id"] is not None:
        feature["place"] = {"id": row["place_id"], "radius_km": row["place__radius_km"]}
    return feature


def events_geojson(rows: Iterable[EventRow]) -> dict[str, object]:
    return {"type": "FeatureCollection", "features": [event_feature(row) for row in rows]}


# ---- text for tools that render HTML -------------------------------------------------------------


def event_html(row: EventRow) -> str:
    """An event's summary, place, certainty, people and sources as escaped HTML."""
    parts = []
    if row["summary"]:
        parts.append(format_html("<p>{}</p>", row["summary"]))
    facts = [row["place__name"] or "Place unknown", Event.Certainty(row["certainty"]).label]
    parts.append(format_html("<p>{}</p>", " · ".join(facts)))
    if row["people"]:
        parts.append(format_html("<p>With {}</p>", ", ".join(row["people"])))
    if row["sources"]:
        links = format_html_join(
            ", ",
            "{}",
            (
                (
                    format_html('<a href="{}">{}</a>', url, source["outlet"] or source["title"])
                    if (url := safe_url(source["url"]))
                    else escape(source["outlet"] or source["title"]),
                )
                for source in row["sources"]
            ),
        )
        parts.append(format_html("<p>Sources: {}</p>", links))
    return "".join(parts)


def date_label(row: EventRow) -> str:
    """The date as precisely as it is known, worded as the chronology heads it."""
    event = Event(date_start=row["date_start"], date_precision=row["date_precision"])
    return date_heading(event).label


# ---- TimelineJS3 --------------------------------------------------------------------------------

#: Which parts of a date TimelineJS gets, by precision: it then shows no more than is known.
TIMELINE_DATE_PARTS = {
    Event.Precision.YEAR: ("year",),
    Event.Precision.MONTH: ("year", "month"),
}


def timeline_date(day, precision: str, *, display: str | None) -> dict[str, object]:
    parts = TIMELINE_DATE_PARTS.get(precision, ("year", "month", "day"))
    date = {part: getattr(day, part) for part in parts}
    if display:
        date["display_date"] = display
    return date


def timeline_event(row: EventRow) -> dict[str, object]:
    """One dated event as a TimelineJS3 slide; coarse dates get their display wording."""
    precision = row["date_precision"]
    coarse = precision in (Event.Precision.WEEK, Event.Precision.MONTH, Event.Precision.YEAR)
    slide = {
        "unique_id": f"event-{row['id']}",
        "start_date": timeline_date(
            row["date_start"], precision, display=date_label(row) if coarse else None
        ),
        "text": {"headline": escape(row["title"]), "text": event_html(row)},
        "group": Event.Certainty(row["certainty"]).label,
    }
    if row["date_end"] and row["date_end"] != row["date_start"]:
        slide["end_date"] = timeline_date(row["date_end"], precision, display=None)
    return slide


def events_timeline(story: Story, rows: Iterable[EventRow]) -> dict[str, object]:
    """The story as a TimelineJS3 document; undated events are left out (a slide needs a date)."""
    return {
        "title": {"text": {"headline": escape(story.title), "text": escape(story.summary)}},
        "events": [timeline_event(row) for row in rows if row["date_start"]],
    }


# ---- StoryMapJS ---------------------------------------------------------------------------------

#: Zoom of a slide's map: close for a pinned place, wider for an estimated one.
STORYMAP_ZOOM = 10
STORYMAP_ESTIMATED_ZOOM = 7


def storymap_slide(row: EventRow) -> dict[str, object]:
    return {
        "date": date_label(row) if row["date_start"] else "",
        "text": {"headline": escape(row["title"]), "text": event_html(row)},
        "location": {
            "lat": row["place__latitude"],
            "lon": row["place__longitude"],
            "zoom": STORYMAP_ESTIMATED_ZOOM if row["place__radius_km"] else STORYMAP_ZOOM,
            "line": True,
        },
        "media": {"url": "", "caption": "", "credit": ""},
    }


def events_storymap(
    story: Story, rows: Iterable[EventRow], *, tiles_url: str, attribution: str
) -> dict[str, object]:
    """The story as a StoryMapJS document: an overview, then one slide per pinned event in time
    order (undated ones last). Events without a position are left out: a slide needs one."""
    overview = {
        "type": "overview",
        "date": "",
        "text": {"headline": escape(story.title), "text": escape(story.summary)},
        "location": {"line": False},
        "media": {"url": "", "caption": "", "credit": ""},
    }
    return {
        "storymap": {
            "language": "en",
            "map_type": tiles_url,
            "map_subdomains": "",
            "attribution": attribution,
            "calculate_zoom": False,
            "call_to_action": True,
            "call_to_action_text": "Follow the story",
            "slides": [overview, *(storymap_slide(row) for row in rows if is_pinned(row))],
        }
    }


# ---- CSV ----------------------------------------------------------------------------------------

CSV_COLUMNS = (
    "story",
    "id",
    "title",
    "summary",
    "date_start",
    "date_end",
    "date_precision",
    "certainty",
    "place",
    "place_status",
    "place_geonames_id",
    "latitude",
    "longitude",
    "people",
    "source_urls",
    "source_outlets",
)

#: A text cell starting with one of these is a formula to Excel, LibreOffice and Google Sheets.
FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")


def spreadsheet_safe(value: object) -> object:
    """Defuse a text cell a spreadsheet would run as a formula (numbers are left alone)."""
    if isinstance(value, str) and value.startswith(FORMULA_PREFIXES):
        return "'" + value
    return value


def csv_record(row: EventRow) -> dict[str, object]:
    """One event as a CSV record; lists are joined ("; " for names, " " for URLs)."""
    properties = event_properties(row)
    record = {key: properties[key] for key in CSV_COLUMNS if key in properties}
    record |= {
        "latitude": row["place__latitude"],
        "longitude": row["place__longitude"],
        "people": "; ".join(row["people"]),
        "source_urls": " ".join(s["url"] for s in row["sources"] if s["url"]),
        "source_outlets": "; ".join(s["outlet"] for s in row["sources"] if s["outlet"]),
    }
    return {key: spreadsheet_safe("" if value is None else value) for key, value in record.items()}


def events_csv(rows: Iterable[EventRow]) -> str:
    """The events as CSV (RFC 4180: CRLF line ends, quoted where needed), one row per event."""
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=CSV_COLUMNS)
    writer.writeheader()
    writer.writerows(csv_record(row) for row in rows)
    return buffer.getvalue()
