"""The value types the gazetteer hands out, and the one name-normalisation rule.

Kept apart from the index and the geocoder so that the index builder, the dump importer and
the disambiguator agree on what a place is and on how a name becomes a lookup key.
"""

import math
import re
import unicodedata
from enum import StrEnum
from typing import NamedTuple


class GazetteerKind(StrEnum):
    """The coarse kinds of gazetteer entry the resolver and editors think in."""

    CONTINENT = "continent"
    OCEAN = "ocean"
    SEA = "sea"
    LAKE = "lake"
    COUNTRY = "country"
    ADMIN1 = "admin1"  # state, province, region
    ADMIN2 = "admin2"  # county, district, second-level province
    CITY = "city"
    RIVER = "river"
    STRAIT = "strait"
    CANAL = "canal"
    RAIL_STATION = "rail_station"
    BORDER_CROSSING = "border_crossing"
    MILITARY_BASE = "military_base"
    SPACEPORT = "spaceport"
    AIRPORT = "airport"
    REGION = "region"  # a named region beyond divisions: Darfur, the Middle East, the Sahel
    LANDMARK = "landmark"  # a building, square, street or venue news names as a place


# A town or a county: the places a local story's own area is made of, as against its states.
TOWN_KINDS = frozenset({GazetteerKind.CITY, GazetteerKind.ADMIN2})
# Kinds too large to stand for the surroundings of a place the story does not locate, or to
# anchor an estimate beside them (story_focus, unknown_in_state, offset_trust).
BROAD_KINDS = frozenset(
    {
        GazetteerKind.CONTINENT,
        GazetteerKind.OCEAN,
        GazetteerKind.SEA,
        GazetteerKind.COUNTRY,
        GazetteerKind.ADMIN1,
        GazetteerKind.REGION,
    }
)

K = GazetteerKind
# GeoNames feature codes → kinds. Class "P" is always a city; unknown codes keep their class
# letter ("feature_T" for a mountain).
KIND_BY_FEATURE_CODE = {
    "PCLI": K.COUNTRY,
    "PCLD": K.COUNTRY,
    "PCLF": K.COUNTRY,
    "PCLS": K.COUNTRY,
    "PCLIX": K.COUNTRY,
    "PCL": K.COUNTRY,
    "TERR": K.COUNTRY,
    "ADM1": K.ADMIN1,
    "ADM2": K.ADMIN2,
    "STM": K.RIVER,
    "STMI": K.RIVER,
    "STRT": K.STRAIT,
    "CNL": K.CANAL,
    "RSTN": K.RAIL_STATION,
    "RSTP": K.RAIL_STATION,
    "PSTB": K.BORDER_CROSSING,
    "MILB": K.MILITARY_BASE,
    "INSM": K.MILITARY_BASE,
    "NVB": K.MILITARY_BASE,
    "SPCE": K.SPACEPORT,
    "AIRP": K.AIRPORT,
    "CONT": K.CONTINENT,
    "OCN": K.OCEAN,
    "SEA": K.SEA,
    "GULF": K.SEA,
    "BAY": K.SEA,
    "LK": K.LAKE,
    "RGN": K.REGION,
    "BLDG": K.LANDMARK,
    "PAL": K.LANDMARK,
    "SQR": K.LANDMARK,
    "ST": K.LANDMARK,
    "MNMT": K.LANDMARK,
    "MSQE": K.LANDMARK,
    "PRK": K.LANDMARK,
    "STDM": K.LANDMARK,
}

_ABBREVIATED_PREFIXES = {"st": "saint", "ste": "sainte", "ft": "fort", "mt": "mount"}
_PUNCTUATION = re.compile(r"[.'’`´]")
_SEPARATORS = re.compile(r"[\s\-–—_,/]+")


def kind_for(feature_class: str, feature_code: str) -> str:
    """Map a GeoNames feature class/code to a kind; unknown codes keep their class letter."""
    if feature_class == "P":
        return GazetteerKind.CITY
    return KIND_BY_FEATURE_CODE.get(feature_code, f"feature_{feature_class or 'X'}")


def normalize_name(name: str) -> str:
    """Lookup key for a place name: accents, case, dots and dashes do not distinguish places.

    "W.Va." and "WVa", "São Paulo" and "Sao Paulo", "St. Louis" and "Saint Louis" must meet at
    one key, because news copy writes them every way.
    """
    stripped = name
    if not name.isascii():
        decomposed = unicodedata.normalize("NFKD", name)
        stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    words = _SEPARATORS.sub(" ", _PUNCTUATION.sub("", stripped.casefold())).split()
    if len(words) > 1 and words[0] == "the":
        words = words[1:]
    if words and words[0] in _ABBREVIATED_PREFIXES:
        words[0] = _ABBREVIATED_PREFIXES[words[0]]
    if len(words) > 1 and all(len(word) <= 3 for word in words):
        return "".join(words)  # "W. Va." and "W.Va.", "N. Y." and "N.Y." are one abbreviation
    return " ".join(words)


class GazetteerEntry(NamedTuple):
    """One gazetteer entry, in GeoNames terms (ids above 100,000,000 are our own, see data/).

    A NamedTuple, not a frozen dataclass: lookups build thousands per second and tuples are the
    cheapest immutable record Python has.
    """

    geonames_id: int
    name: str
    latitude: float
    longitude: float
    feature_class: str
    feature_code: str
    country_code: str
    admin1: str
    population: int
    kind: str

    def raw(self) -> dict[str, object]:
        """The dict geopy exposes as ``Location.raw``."""
        return {
            "geonames_id": self.geonames_id,
            "name": self.name,
            "latitude": self.latitude,
            "longitude": self.longitude,
            "feature_class": self.feature_class,
            "feature_code": self.feature_code,
            "country_code": self.country_code,
            "admin1": self.admin1,
            "population": self.population,
            "kind": self.kind,
        }


class Candidate(NamedTuple):
    """A place a surface name may refer to, and how the name matched it."""

    place: GazetteerEntry
    matched_name: str
    match: str  # "name" | "alternate" | "abbreviation" | "demonym"


# Our own supplement's ids (data/README.md): entries chosen because news names them constantly.
CURATED_IDS = range(100_000_000, 200_000_000)


def is_curated(entry: GazetteerEntry) -> bool:
    """Is this entry one we added because news names it (a landmark, a spaceport)?"""
    return entry.geonames_id in CURATED_IDS


EARTH_RADIUS_KM = 6371.0088


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance; haversine is plenty for ranking and for the 161 km metric."""
    phi1, phi2 = math.radians(lat1), math.radians(lat2)
    dphi = phi2 - phi1
    dlmb = math.radians(lon2 - lon1)
    a = math.sin(dphi / 2) ** 2 + math.cos(phi1) * math.cos(phi2) * math.sin(dlmb / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(min(1.0, math.sqrt(a)))


def entries_km(a: GazetteerEntry, b: GazetteerEntry) -> float:
    """The distance between two gazetteer places."""
    return distance_km(a.latitude, a.longitude, b.latitude, b.longitude)


def destination(lat: float, lon: float, bearing_deg: float, km: float) -> tuple[float, float]:
    """The point ``km`` away from (lat, lon) along ``bearing_deg`` (0 = north, 90 = east)."""
    delta = km / EARTH_RADIUS_KM
    theta = math.radians(bearing_deg)
    phi1, lmb1 = math.radians(lat), math.radians(lon)
    phi2 = math.asin(
        math.sin(phi1) * math.cos(delta) + math.cos(phi1) * math.sin(delta) * math.cos(theta)
    )
    lmb2 = lmb1 + math.atan2(
        math.sin(theta) * math.sin(delta) * math.cos(phi1),
        math.cos(delta) - math.sin(phi1) * math.sin(phi2),
    )
    return math.degrees(phi2), (math.degrees(lmb2) + 540.0) % 360.0 - 180.0
