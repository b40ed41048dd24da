"""`manage.py resolve FILE.jsonl --json`: resolve given place mentions in their context.

Lets Newsmap be measured like published geoparsers, on gold mentions: each input line is
`{"id", "text", "mentions": [{"start", "end"}], "published"?}`; each output line gives the
place chosen for every mention.
"""

import datetime as dt
import json
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError, CommandParser

from stories.geocoding.defaults import get_gazetteer
from stories.geocoding.disambiguation import resolve_mentions


class Command(BaseCommand):
    help = "Resolve place mentions given by offset, in their text's context (JSON lines in/out)."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("file", metavar="FILE.jsonl")
        parser.add_argument("--json", action="store_true", help="JSON lines (the only output)")

    def handle(self, *args, file: str, **options):
        path = Path(file)
        if not path.is_file():
            raise CommandError(f"{file}: no such file")
        with path.open(encoding="utf-8") as lines:
            for number, line in enumerate(lines, start=1):
                if line.strip():
                    self.stdout.write(json.dumps(self._resolve(file, number, line)))

    def _resolve(self, file: str, number: int, line: str) -> dict:
        try:
            item = json.loads(line)
            text = item["text"]
            spans = [(int(m["start"]), int(m["end"])) for m in item["mentions"]]
            published = dt.date.fromisoformat(item["published"]) if item.get("published") else None
        except (ValueError, KeyError, TypeError) as error:
            raise CommandError(f"{file}:{number}: not a resolve request: {error}") from None
        resolutions = resolve_mentions(text, spans, gazetteer=get_gazetteer(), published=published)
        return {
            "id": item.get("id"),
            "mentions": [
                {
                    "start": start,
                    "end": end,
                    "name": r.name,
                    "latitude": r.latitude,
                    "longitude": r.longitude,
                    "geonames_id": r.geonames_id,
                    "kind": r.kind,
                    "confidence": r.confidence,
                    "reason": r.reason,
                }
                for (start, end), r in zip(spans, resolutions, strict=True)
            ],
        }
