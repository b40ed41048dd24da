"""The process-wide gazetteer, and how its kinds of place read in Newsmap's own words."""

from functools import cache

from stories.geocoding.gazetteer import OfflineGazetteer
from stories.models import Place

# The gazetteer's kinds (GeoNames-flavoured) as editors name them.
PLACE_KINDS = {
    "country": Place.Kind.COUNTRY,
    "admin1": Place.Kind.REGION,
    "admin2": Place.Kind.COUNTY,
    "city": Place.Kind.CITY,
    "rail_station": Place.Kind.STATION,
    "border_crossing": Place.Kind.STATION,
    "spaceport": Place.Kind.SPACEPORT,
    "military_base": Place.Kind.MILITARY_BASE,
    "river": Place.Kind.RIVER,
    "strait": Place.Kind.STRAIT,
    "canal": Place.Kind.WATER,
    "ocean": Place.Kind.WATER,
    "sea": Place.Kind.WATER,
    "lake": Place.Kind.WATER,
    "landmark": Place.Kind.LANDMARK,
    "region": Place.Kind.REGION,
    "airport": Place.Kind.LANDMARK,
}


def place_kind(gazetteer_kind: str) -> str:
    return PLACE_KINDS.get(gazetteer_kind, Place.Kind.OTHER)


@cache
def get_gazetteer() -> OfflineGazetteer:
    """Opened once per process: the index opens in milliseconds but is built on first use."""
    return OfflineGazetteer()
