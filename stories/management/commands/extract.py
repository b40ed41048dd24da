"""`manage.py extract FILE [FILE ...] --json`: the whole extraction on files, database untouched.

The tool for seeing why something came out as it did: one JSON object per file, per line, with
the clean text the offsets refer to.
"""

import datetime as dt
import json
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError, CommandParser

from stories.extraction.analysis import Analysis, analyse_text
from stories.ingestion.readers import read_file
from stories.ingestion.records import IngestionError


class Command(BaseCommand):
    help = "Extract places, times and events from article files and print them as JSON lines."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("files", nargs="+", metavar="FILE")
        parser.add_argument(
            "--published",
            type=dt.date.fromisoformat,
            help="publication date (YYYY-MM-DD) when the file does not state one",
        )
        parser.add_argument("--json", action="store_true", help="JSON lines (the only output)")

    def handle(self, *args, files: list[str], published: dt.date | None, **options):
        failed = 0
        for name in files:
            try:
                records = read_file(Path(name), max_bytes=settings.INGEST_MAX_BYTES)
            except IngestionError as error:
                self.stderr.write(f"error: {error}")
                failed += 1
                continue
            for record in records:
                date = published or record.published_day
                analysis = analyse_text(record.text, published=date)
                self.stdout.write(json.dumps(as_json(name, analysis), ensure_ascii=False))
        if failed:
            raise CommandError(f"{failed} of {len(files)} files failed")


def as_json(name: str, analysis: Analysis) -> dict:
    return {
        "file": name,
        "published": analysis.published.isoformat() if analysis.published else None,
        "text": analysis.text,
        "places": [
            {
                "text": p.text,
                "start": p.start,
                "end": p.end,
                "name": p.name,
                "latitude": p.latitude,
                "longitude": p.longitude,
                "geonames_id": p.geonames_id,
                "kind": p.kind,
                "confidence": p.confidence,
                "reason": p.resolution.reason if p.resolution else "",
            }
            for p in analysis.places
        ],
        "people": [
            {"text": p.text, "start": p.start, "end": p.end, "name": p.name}
            for p in analysis.people
        ],
        "times": [
            {
                "text": t.text,
                "start": t.start,
                "end": t.end,
                "value": t.value,
                "precision": t.precision,
            }
            for t in analysis.times
        ],
        "events": [
            {
                "title": e.title,
                "summary": e.summary,
                "quote": e.quote,
                "start": e.start,
                "end": e.end,
                "date_start": e.date_start.isoformat() if e.date_start else None,
                "date_end": e.date_end.isoformat() if e.date_end else None,
                "date_precision": e.date_precision,
                "certainty": e.certainty,
                "place": e.place.name if e.place else None,
                "people": list(e.people),
                "background": e.background,
                "provenance": e.provenance,
            }
            for e in analysis.events
        ],
    }
