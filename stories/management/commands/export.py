"""`manage.py export [SLUG ...] --format geojson|timeline|storymap|csv`: events for other tools.

GeoJSON takes any number of stories (all when none is named) into one FeatureCollection; the
other formats describe one story, so they take exactly one slug. The output is what the
matching URL serves (`/stories/<slug>/events.geojson`, `timeline.json`, `storymap.json`,
`events.csv`).
"""

import json

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError, CommandParser

from stories import exports
from stories.models import Event, Story

FORMATS = ("geojson", "timeline", "storymap", "csv")


class Command(BaseCommand):
    help = "Print the events of the named stories (all when none is named) in an export format."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("slugs", nargs="*", metavar="SLUG")
        parser.add_argument("--format", choices=FORMATS, default="geojson")

    def handle(self, *args, slugs: list[str], format: str, **options):
        stories = {s.slug: s for s in Story.objects.filter(slug__in=slugs)}
        if missing := sorted(set(slugs) - set(stories)):
            raise CommandError(f"no such story: {', '.join(missing)}")
        if format != "geojson" and len(slugs) != 1:
            raise CommandError(f"--format {format} exports one story: name exactly one SLUG")
        events = Event.objects.all()
        if slugs:
            events = events.filter(story__slug__in=slugs)
        rows = exports.event_rows(events)
        if format == "csv":
            self.stdout.write(exports.events_csv(rows), ending="")
            return
        if format == "geojson":
            document = exports.events_geojson(rows)
        elif format == "timeline":
            document = exports.events_timeline(stories[slugs[0]], rows)
        else:
            document = exports.events_storymap(
                stories[slugs[0]],
                rows,
                tiles_url=settings.MAP_TILES_URL,
                attribution=settings.MAP_TILES_ATTRIBUTION,
            )
        self.stdout.write(json.dumps(document, ensure_ascii=False, indent=1))
