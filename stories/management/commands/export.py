"""`manage.py export [SLUG ...] --format geojson`: a story's events for other tools."""

import json

from django.core.management.base import BaseCommand, CommandError, CommandParser

from stories.exports import events_for_export, events_geojson
from stories.models import Event, Story


class Command(BaseCommand):
    help = "Print the events of the named stories (all when none is named) in an export format."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("slugs", nargs="*", metavar="SLUG")
        parser.add_argument("--format", choices=["geojson"], default="geojson")

    def handle(self, *args, slugs: list[str], format: str, **options):
        missing = sorted(
            set(slugs) - set(Story.objects.filter(slug__in=slugs).values_list("slug", flat=True))
        )
        if missing:
            raise CommandError(f"no such story: {', '.join(missing)}")
        events = Event.objects.all()
        if slugs:
            events = events.filter(story__slug__in=slugs)
        self.stdout.write(
            json.dumps(events_geojson(events_for_export(events)), ensure_ascii=False, indent=1)
        )
