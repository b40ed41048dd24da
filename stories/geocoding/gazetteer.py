"""OfflineGazetteer: a geopy geocoder over the local index, so it chains like any other geocoder."""

import fcntl
import re
from functools import cached_property, lru_cache
from pathlib import Path

from geopy.geocoders.base import Geocoder
from geopy.location import Location

from stories.geocoding.index import SCHEMA_VERSION, GazetteerIndex, default_index_path
from stories.geocoding.places import Candidate, GazetteerEntry, normalize_name
from stories.geocoding.sources import build_index
from stories.geocoding.spelling import (
    MIN_POPULATION,
    PROMINENT_KINDS,
    NearNames,
    spelling_candidates,
)

# The Arabic article as English copy writes it before a capitalised name: "al-", "Al ", "el-",
# and assimilated to the letter after it ("ash-Shaddadi", "ar-Raqqa", "ad-Dawr").
ARABIC_ARTICLE_FORMS = ("al", "ar", "as", "ash", "at", "ad", "an", "az", "adh", "ath", "el")
# The endings of "-ия" as English news and as GeoNames transliterate it (a letter before it).
TRANSLITERATED_IA = re.compile(r"(?<=[a-z])ia$")
TRANSLITERATED_IYA = re.compile(r"(?<=[a-z])iya$")
ARABIC_ARTICLE = re.compile(rf"^({'|'.join(ARABIC_ARTICLE_FORMS)})([- ])", re.IGNORECASE)
# Without context, a name means its country, then its first-level division, then its most
# populous town: what a reader assumes before the story says otherwise.
KIND_RANK = {"continent": 4, "ocean": 3, "country": 3, "sea": 2, "admin1": 2}


def prominence(place: GazetteerEntry) -> tuple[int, int]:
    """Sort key for context-free ranking (higher is more prominent)."""
    return KIND_RANK.get(place.kind, 0), place.population


def open_index(path: Path | None = None) -> GazetteerIndex:
    """Open the index at ``path`` (default ``var/gazetteer/``), building it first if missing
    or written by an older version of this code.

    Building takes most of a minute, and several processes (web workers, a task worker, the test
    runner) may start at once: a file lock lets one build while the others wait for its result.
    """
    path = path or default_index_path()
    if _is_current(path):
        return GazetteerIndex(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path.with_suffix(".lock"), "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if not _is_current(path):
            build_index(path)
    return GazetteerIndex(path)


def _is_current(path: Path) -> bool:
    if not path.exists():
        return False
    index = GazetteerIndex(path)
    try:
        return index.meta("schema_version") == SCHEMA_VERSION
    finally:
        index.close()


class OfflineGazetteer(Geocoder):
    """Geocodes names from the bundled gazetteer: no network, no API key, no rate limit."""

    def __init__(self, index_path: Path | None = None, index: GazetteerIndex | None = None):
        super().__init__()
        self.index = index or open_index(index_path)
        self._candidates = lru_cache(maxsize=8192)(self._find)
        self._misspelt = lru_cache(maxsize=4096)(
            lambda key: tuple(spelling_candidates(key, self.index.lookup, self._prominent_keys))
        )

    @cached_property
    def _prominent_keys(self) -> NearNames:
        """Read and indexed once (about 9,000 keys, 0.1 s), on the first name the gazetteer
        lacks."""
        return NearNames(self.index.name_keys(kinds=PROMINENT_KINDS, min_population=MIN_POPULATION))

    def candidates(self, name: str) -> list[Candidate]:
        """Every place ``name`` may denote, most prominent first, for the disambiguator.

        A name the gazetteer lacks may be a typo of a prominent place (see spelling.py).
        """
        return list(self._candidates(name))

    def _find(self, name: str) -> tuple[Candidate, ...]:
        """``candidates``, remembered by name (``_candidates``): extraction asks of each name
        again and again (finding places, then reading and placing each mention of them)."""
        found = (
            self.index.candidates(name)
            or self._with_another_article(name)
            or self._transliterated_otherwise(name)
            or self._misspelt(normalize_name(name))
        )
        found = [c for c in found if not _code_written_otherwise(c, name)]
        return tuple(sorted(found, key=lambda c: prominence(c.place), reverse=True))

    def _with_another_article(self, name: str) -> list[Candidate]:
        """An Arabic name written with another form of its article: "al-Raqqa" is GeoNames' "Ar
        Raqqah", "as-Suwayda" its "As Suwayda" (the article takes the sound of the letter after
        it, and writers transliterate it either way), or with none ("al-Tanf", "Tanf")."""
        article = ARABIC_ARTICLE.match(name)
        if article is None:
            return []
        rest = name[article.end() :]
        if not rest[:1].isupper():
            return []
        for form in ARABIC_ARTICLE_FORMS:
            if form != article.group(1).casefold():
                found = self.index.candidates(f"{form} {rest}")
                if found:
                    return found
        return self.index.candidates(rest) if article.group(2) == "-" else []

    def _transliterated_otherwise(self, name: str) -> list[Candidate]:
        """A name ending in the Russian "-iya" written as English news writes it, "-ia", or the
        other way: "Kabardino-Balkaria" is GeoNames' "Kabardino-Balkariya", "Chuvashiya" its
        "Chuvashia" (the same letters, -ия, transliterated two ways)."""
        for written, other in ((TRANSLITERATED_IA, "iya"), (TRANSLITERATED_IYA, "ia")):
            if written.search(name):
                return self.index.candidates(written.sub(other, name))
        return []

    def geocode(
        self, query: str, exactly_one: bool = True, timeout: object = None, limit: int | None = None
    ) -> Location | list[Location] | None:
        """geopy's contract: the best ``Location``, a list of them, or None when nothing matches."""
        locations = [
            Location(
                c.place.name,
                (c.place.latitude, c.place.longitude),
                c.place.raw() | {"match": c.match},
            )
            for c in self.candidates(query)
        ]
        if not locations:
            return None
        if exactly_one:
            return locations[0]
        return locations[:limit] if limit else locations


def _code_written_otherwise(candidate: Candidate, written: str) -> bool:
    """A code among a place's other names ("MR" for Mauritania, "HAY" for an airport's town)
    or a division's code ("LAM" for Lambayeque, "NT" for the Northwest Territories) stands for
    the place only when written as a code: "Mr." is a title, "hay" a word, "Lam" a surname,
    "n't" a negation."""
    code = candidate.matched_name
    if not (code.isupper() and code.isalpha() and len(code) <= 4):
        return False
    if candidate.match not in ("alternate", "abbreviation"):
        return False
    if candidate.match == "abbreviation" and "." in written:
        return False  # "Ga.", "Ont.": written as an abbreviation
    return written.replace(".", "").strip() != code
