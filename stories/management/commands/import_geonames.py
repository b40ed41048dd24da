"""`manage.py import_geonames FILE`: add a full GeoNames dump to the offline gazetteer.

For users who want every station, river and landmark: allCountries.zip, a country file (XX.zip
or XX.txt), in the standard 19-column format. Streaming and resumable: an interrupted import
picks up after the last line it committed.
"""

import zipfile
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError, CommandParser

from stories.geocoding.geonames_format import import_geonames_dump


class Command(BaseCommand):
    help = "Import a GeoNames dump (allCountries.zip, XX.zip or XX.txt) into the gazetteer."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("file", metavar="FILE")
        parser.add_argument(
            "--classes", default="", help="feature classes to keep, e.g. PAHLST (default: all)"
        )
        parser.add_argument("--min-population", type=int, default=0)

    def handle(self, *args, file: str, classes: str, min_population: int, **options):
        path = Path(file)
        if not path.is_file():
            raise CommandError(f"{file}: no such file")
        try:
            report = import_geonames_dump(
                path, feature_classes=set(classes) or None, min_population=min_population
            )
        except (OSError, ValueError, zipfile.BadZipFile) as error:
            raise CommandError(f"{file}: not a readable GeoNames dump: {error}") from None
        resumed = f", resumed after line {report.resumed_after}" if report.resumed_after else ""
        self.stdout.write(
            f"{file}: {report.places_added} places added from {report.lines_read} lines{resumed}"
        )
