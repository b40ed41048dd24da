"""`manage.py import_geonames FILE`: add a full GeoNames dump to the offline gazetteer.

For users who want every station, river and landmark: allCountries.zip, a country file (XX.zip
or XX.txt), in the standard 19-column format. Streaming and resumable: an interrupted import
picks up after the last line it committed.

An archive is checked before anything is imported: it must hold a GeoNames .txt file, and its
decompressed size (which zipfile enforces while reading, so the header cannot lie) must stay
under a limit, so a zip bomb stops here instead of filling the disk or running for hours.
"""

import zipfile
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError, CommandParser

from stories.geocoding.geonames_format import import_geonames_dump

#: allCountries.txt is about 1.6 GB decompressed: the default leaves room for three times that.
DEFAULT_MAX_SIZE_MB = 5 * 1024


class Command(BaseCommand):
    help = "Import a GeoNames dump (allCountries.zip, XX.zip or XX.txt) into the gazetteer."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("file", metavar="FILE")
        parser.add_argument(
            "--classes", default="", help="feature classes to keep, e.g. PAHLST (default: all)"
        )
        parser.add_argument("--min-population", type=int, default=0)
        parser.add_argument(
            "--max-size-mb",
            type=int,
            default=DEFAULT_MAX_SIZE_MB,
            help="refuse an archive larger than this many MB once decompressed",
        )

    def handle(
        self,
        *args,
        file: str,
        classes: str,
        min_population: int,
        max_size_mb: int,
        **options,
    ):
        path = Path(file)
        if not path.is_file():
            raise CommandError(f"{file}: no such file")
        if path.suffix.lower() == ".zip":
            check_archive(path, max_bytes=max_size_mb * 1024 * 1024, name=file)
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


def check_archive(path: Path, *, max_bytes: int, name: str) -> None:
    """Raise CommandError unless the zip holds a .txt dump and decompresses to ``max_bytes``
    at most."""
    try:
        with zipfile.ZipFile(path) as archive:
            members = [
                i
                for i in archive.infolist()
                if i.filename.endswith(".txt") and "readme" not in i.filename
            ]
    except (OSError, zipfile.BadZipFile) as error:
        raise CommandError(f"{name}: not a readable GeoNames dump: {error}") from None
    if not members:
        raise CommandError(f"{name}: no GeoNames .txt file in the archive")
    size = sum(member.file_size for member in members)
    if size > max_bytes:
        raise CommandError(
            f"{name}: decompresses to {_megabytes(size)}, over the {_megabytes(max_bytes)} limit"
            " (--max-size-mb)"
        )


def _megabytes(n: int) -> str:
    return f"{n / 1024 / 1024:,.0f} MB"
