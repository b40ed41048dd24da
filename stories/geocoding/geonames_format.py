"""Reading the standard 19-column GeoNames dump (allCountries.zip, XX.zip, XX.txt, our supplement).

Streaming and resumable: a full allCountries dump is 12 million lines, so the importer never holds
it in memory, commits in batches and records the last line it committed; an interrupted import
picks up after that line when run again.
"""

import io
import zipfile
from collections.abc import Collection, Iterator
from dataclasses import dataclass
from pathlib import Path

from stories.geocoding.index import IndexWriter, default_index_path
from stories.geocoding.places import GazetteerEntry, kind_for

COLUMNS = 19


def is_latin(name: str) -> bool:
    """Keep only names English copy can contain; other scripts bloat the index for no match."""
    return all(ord(ch) < 0x250 or not ch.isalpha() for ch in name)


def parse_line(line: str) -> tuple[GazetteerEntry, list[tuple[str, str]]] | None:
    """One dump line → (place, names to index), or None for a malformed line."""
    fields = line.rstrip("\r\n").split("\t")
    if len(fields) != COLUMNS:
        return None
    try:
        place = GazetteerEntry(
            geonames_id=int(fields[0]),
            name=fields[1],
            latitude=float(fields[4]),
            longitude=float(fields[5]),
            feature_class=fields[6],
            feature_code=fields[7],
            country_code=fields[8],
            admin1=fields[10],
            population=int(fields[14] or 0),
            kind=kind_for(fields[6], fields[7]),
        )
    except ValueError:
        return None
    names = [(fields[1], "name"), (fields[2], "name")]
    names += [(alt, "alternate") for alt in fields[3].split(",") if alt and is_latin(alt)]
    return place, names


def _open_lines(source: Path) -> Iterator[str]:
    if source.suffix.lower() != ".zip":
        with source.open(encoding="utf-8") as handle:
            yield from handle
        return
    with zipfile.ZipFile(source) as archive:
        members = [n for n in archive.namelist() if n.endswith(".txt") and "readme" not in n]
        wanted = f"{source.stem}.txt"
        member = wanted if wanted in members else members[0]
        with archive.open(member) as raw:
            yield from io.TextIOWrapper(raw, encoding="utf-8")


@dataclass
class ImportReport:
    source: str
    lines_read: int
    places_added: int
    resumed_after: int


def import_geonames_dump(
    path_or_zip: Path | str,
    *,
    into: Path | None = None,
    feature_classes: Collection[str] | None = None,
    min_population: int = 0,
    batch_size: int = 20_000,
) -> ImportReport:
    """Stream a GeoNames dump into the index at ``into`` (default: the shared index file).

    Entries are upserted by GeoNames id, so re-importing is harmless; ``feature_classes`` (e.g.
    ``{"P", "A"}``) and ``min_population`` keep an allCountries import to what news needs.
    """
    source = Path(path_or_zip)
    writer = IndexWriter(into or default_index_path())
    progress_key = f"import:{source.resolve()}"
    resumed_after = int(writer.get_meta(progress_key) or 0)
    lines_read = added = 0
    try:
        for lines_read, line in enumerate(_open_lines(source), start=1):
            if lines_read <= resumed_after:
                continue
            parsed = parse_line(line)
            if parsed is not None:
                place, names = parsed
                wanted_class = feature_classes is None or place.feature_class in feature_classes
                if wanted_class and place.population >= min_population:
                    writer.add(place, names)
                    added += 1
            if lines_read % batch_size == 0:
                writer.set_meta(progress_key, str(lines_read))
                writer.commit()
        writer.set_meta(progress_key, str(max(lines_read, resumed_after)))
    finally:
        writer.close()
    return ImportReport(str(source), lines_read, added, resumed_after)
