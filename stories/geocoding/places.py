"""The value types the gazetteer hands out, and the one name-normalisation rule.

Kept apart from the index and the geocoder so that the index builder, the dump importer and
the disambiguator agree on what a place is and on how a name becomes a lookup key.
"""

import math
import re
import unicodedata
from typing import NamedTuple

# GeoNames feature codes → the coarse kind editors think in. Class "P" is always a city.
KIND_BY_FEATURE_CODE = {
    "PCLI": "country",
    "PCLD": "country",
    "PCLF": "country",
    "PCLS": "country",
    "PCLIX": "country",
    "PCL": "country",
    "TERR": "country",
    "ADM1": "admin1",
    "ADM2": "admin2",
    "STM": "river",
    "STMI": "river",
    "STRT": "strait",
    "CNL": "canal",
    "RSTN": "rail_station",
    "RSTP": "rail_station",
    "PSTB": "border_crossing",
    "MILB": "military_base",
    "INSM": "military_base",
    "NVB": "military_base",
    "SPCE": "spaceport",
    "CONT": "continent",
    "OCN": "ocean",
    "SEA": "sea",
    "GULF": "sea",
    "BAY": "sea",
    "LK": "lake",
}

_ABBREVIATED_PREFIXES = {"st": "saint", "ste": "sainte", "ft": "fort", "mt": "mount"}
_PUNCTUATION = re.compile(r"[.'’`´]")
_SEPARATORS = re.compile(r"[\s\-–—_,/]+")


def kind_for(feature_class: str, feature_code: str) -> str:
    """Map a GeoNames feature class/code to a kind; unknown codes keep their class letter."""
    if feature_class == "P":
        return "city"
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


class Place(NamedTuple):
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

    place: Place
    matched_name: str
    match: str  # "name" | "alternate" | "abbreviation" | "demonym"


EARTH_RADIUS_KM = 6371.0088


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance; haversine is plenty for ranking and for the 161 km metric."""
    phi1, phi2 = math.radians(lat1), math.radians(lat2)
    dphi = phi2 - phi1
    dlmb = math.radians(lon2 - lon1)
    a = math.sin(dphi / 2) ** 2 + math.cos(phi1) * math.cos(phi2) * math.sin(dlmb / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(min(1.0, math.sqrt(a)))


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
