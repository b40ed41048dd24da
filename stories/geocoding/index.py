"""The gazetteer's on-disk index: one SQLite file, built once, opened read-only in milliseconds.

Parsing the 80 MB cities500 JSON costs seconds and a gigabyte of objects on every process start;
an indexed SQLite file costs neither, is safe to share between worker processes, and takes
appended GeoNames dumps without a rebuild.
"""

import sqlite3
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path

from stories.geocoding.places import Candidate, GazetteerEntry, normalize_name

SCHEMA_VERSION = "19"
REPO_ROOT = Path(__file__).resolve().parents[2]

_SCHEMA = """
CREATE TABLE IF NOT EXISTS places (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    latitude REAL NOT NULL,
    longitude REAL NOT NULL,
    feature_class TEXT NOT NULL,
    feature_code TEXT NOT NULL,
    country_code TEXT NOT NULL,
    admin1 TEXT NOT NULL,
    population INTEGER NOT NULL,
    kind TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS names (
    key TEXT NOT NULL,
    place_id INTEGER NOT NULL,
    place_name TEXT NOT NULL,
    latitude REAL NOT NULL,
    longitude REAL NOT NULL,
    feature_class TEXT NOT NULL,
    feature_code TEXT NOT NULL,
    country_code TEXT NOT NULL,
    admin1 TEXT NOT NULL,
    population INTEGER NOT NULL,
    kind TEXT NOT NULL,
    name TEXT NOT NULL,
    match TEXT NOT NULL,
    PRIMARY KEY (key, place_id)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS names_by_place ON names (place_id);
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
"""

# The names table repeats each place's fields so a lookup is one B-tree probe, no join.
_SELECT_BY_KEY = """
SELECT place_id, place_name, latitude, longitude, feature_class, feature_code,
       country_code, admin1, population, kind, name, match
FROM names WHERE key = ?
"""
_SELECT_PLACE = (
    "SELECT id, name, latitude, longitude, feature_class, feature_code, country_code, admin1,"
    " population, kind FROM places"
)

# Match kinds, strongest first: a later, weaker match never overwrites an earlier one.
_MATCH_RANK = {"name": 0, "abbreviation": 1, "demonym": 2, "alternate": 3}


def default_index_path() -> Path:
    """Where the built index lives unless a caller says otherwise (git-ignored ``var/``)."""
    return REPO_ROOT / "var" / "gazetteer" / "gazetteer.sqlite3"


class IndexWriter:
    """Adds places and their names to an index file; used by the builder and the dump importer."""

    def __init__(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        self.connection = sqlite3.connect(path)
        self.connection.executescript("PRAGMA journal_mode=WAL; PRAGMA synchronous=OFF;")
        self.connection.executescript(_SCHEMA)
        self.connection.execute(
            "INSERT OR IGNORE INTO meta VALUES ('schema_version', ?)", (SCHEMA_VERSION,)
        )

    def add(self, place: GazetteerEntry, names: Iterable[tuple[str, str]]) -> None:
        """Upsert ``place`` and index each ``(name, match)``; the strongest match per key wins."""
        self.connection.execute("INSERT OR REPLACE INTO places VALUES (?,?,?,?,?,?,?,?,?,?)", place)
        self.connection.execute("DELETE FROM names WHERE place_id = ?", (place.geonames_id,))
        best: dict[str, tuple[str, str]] = {}
        for name, match in names:
            key = normalize_name(name)
            if not key:
                continue
            held = best.get(key)
            if held is None or _MATCH_RANK[match] < _MATCH_RANK[held[1]]:
                best[key] = (name, match)
        self.connection.executemany(
            "INSERT INTO names VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
            [(key, *place, name, match) for key, (name, match) in best.items()],
        )

    def set_meta(self, key: str, value: str) -> None:
        self.connection.execute("INSERT OR REPLACE INTO meta VALUES (?, ?)", (key, value))

    def get_meta(self, key: str) -> str | None:
        row = self.connection.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return row[0] if row else None

    def commit(self) -> None:
        self.connection.commit()

    def close(self) -> None:
        """Commit and leave a plain single file (no -wal/-shm) for read-only workers."""
        self.connection.commit()
        self.connection.execute("PRAGMA journal_mode=DELETE")
        self.connection.close()


def _place(row: tuple) -> GazetteerEntry:
    return GazetteerEntry._make(row[:10])


class GazetteerIndex:
    """Read-only lookups against a built index file.

    Each process opens its own connection; lookups are cached per process because news copy
    repeats the same few hundred names endlessly.
    """

    def __init__(self, path: Path) -> None:
        self.path = path
        self.connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True, check_same_thread=False)
        # Memory-mapped reads and a larger page cache: a third more lookups per second, and the
        # mapped pages are shared by every worker process on the machine.
        self.connection.execute("PRAGMA mmap_size = 268435456")
        self.connection.execute("PRAGMA cache_size = -65536")
        self.lookup = lru_cache(maxsize=65536)(self._lookup)

    def _lookup(self, key: str) -> tuple[Candidate, ...]:
        # A cursor per lookup: web threads share this connection, never a cursor.
        rows = self.connection.execute(_SELECT_BY_KEY, (key,)).fetchall()
        return tuple(Candidate(GazetteerEntry._make(row[:10]), row[10], row[11]) for row in rows)

    def candidates(self, name: str) -> tuple[Candidate, ...]:
        """Every place ``name`` may denote, by normalised key."""
        return self.lookup(normalize_name(name))

    def name_keys(self, *, kinds: tuple[str, ...], min_population: int) -> frozenset[str]:
        """Keys of places' own names (not aliases) of these kinds or at least this population."""
        marks = ", ".join("?" for _ in kinds)
        rows = self.connection.execute(
            f"SELECT DISTINCT key FROM names WHERE match = 'name'"
            f" AND (kind IN ({marks}) OR population >= ?)",
            (*kinds, min_population),
        )
        return frozenset(key for (key,) in rows)

    def place(self, geonames_id: int) -> GazetteerEntry | None:
        row = self.connection.execute(f"{_SELECT_PLACE} WHERE id = ?", (geonames_id,)).fetchone()
        return _place(row) if row else None

    def country(self, country_code: str) -> GazetteerEntry | None:
        """The country entry for an ISO code (the largest, if dependencies share the code)."""
        row = self.connection.execute(
            f"{_SELECT_PLACE} WHERE kind = 'country' AND country_code = ?"
            " ORDER BY population DESC LIMIT 1",
            (country_code,),
        ).fetchone()
        return _place(row) if row else None

    def towns(self, country_code: str, admin1: str = "") -> tuple[GazetteerEntry, ...]:
        """The populated places of a country, or of one of its first-level divisions."""
        query = f"{_SELECT_PLACE} WHERE kind = 'city' AND country_code = ?"
        arguments: tuple[str, ...] = (country_code,)
        if admin1:
            query, arguments = f"{query} AND admin1 = ?", (country_code, admin1)
        return tuple(_place(row) for row in self.connection.execute(query, arguments).fetchall())

    def meta(self, key: str) -> str | None:
        row = self.connection.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return row[0] if row else None

    def close(self) -> None:
        self.connection.close()
