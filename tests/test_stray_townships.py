"""A township read through a namesake town or division far from the story is estimated."""

from stories.geocoding.disambiguation import resolve_mentions
from stories.geocoding.places import distance_km
from tests.resolving import spans_of

# Written for these tests.
_COUNTY_STORY = (
    "LEBANON, Ohio (AP) — A man accused of drowning his wife went on trial on Friday. She died "
    "at their home in Warren County's Hamilton Township in August."
)
_LOCAL_STORY = (
    "The Dublin City Council met on Monday. Legislation was approved for 500 acres at 8600 "
    "Hyland-Croy Road in Jerome Township, in order to obtain city water."
)


def _resolve(text: str, names: list[str], gazetteer) -> dict:
    resolutions = resolve_mentions(text, spans_of(text, names), gazetteer=gazetteer)
    return dict(zip(names, resolutions, strict=True))


def test_a_township_is_not_a_namesake_division_abroad(gazetteer):
    found = _resolve(
        _COUNTY_STORY, ["LEBANON", "Ohio", "Warren County", "Hamilton Township"], gazetteer
    )
    township = found["Hamilton Township"]
    assert township.country_code == "US" or township.country_code is None
    assert township.latitude is not None
    assert distance_km(township.latitude, township.longitude, 39.43, -84.2) < 100


def test_a_township_is_not_a_far_namesake_town(gazetteer):
    found = _resolve(_LOCAL_STORY, ["Dublin", "Jerome Township"], gazetteer)
    township, town = found["Jerome Township"], found["Dublin"]
    assert township.latitude is not None
    assert distance_km(township.latitude, township.longitude, town.latitude, town.longitude) < 100
