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
    "DUBLIN, Ohio — The city council met on Monday. Legislation was approved for 500 acres at "
    "8600 Hyland-Croy Road in Jerome Township, in order to obtain city water."
)
_DUBLIN_OHIO = (40.10, -83.11)


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


def test_a_township_is_not_a_far_namesake_town_in_another_state(gazetteer):
    found = _resolve(_LOCAL_STORY, ["DUBLIN", "Ohio", "Jerome Township"], gazetteer)
    township = found["Jerome Township"]
    assert township.latitude is not None
    assert distance_km(township.latitude, township.longitude, *_DUBLIN_OHIO) < 100


def test_a_township_keeps_its_namesake_town_in_the_datelines_state(gazetteer):
    text = "ST. PAUL, Minn. (AP) — Two people died in a house fire in Ely Township on Sunday."
    township = _resolve(text, ["ST. PAUL", "Minn.", "Ely Township"], gazetteer)["Ely Township"]
    assert distance_km(township.latitude, township.longitude, 47.90, -91.87) < 100


def test_a_township_keeps_its_namesake_town_in_the_dateline_citys_state(gazetteer):
    text = "PITTSBURGH (AP) — A bridge collapsed in Hazleton Township on Monday."
    township = _resolve(text, ["PITTSBURGH", "Hazleton Township"], gazetteer)["Hazleton Township"]
    assert distance_km(township.latitude, township.longitude, 40.96, -75.97) < 100


def test_a_township_keeps_its_namesake_town_in_the_state_written_with_it(gazetteer):
    text = "NEW YORK (AP) — A commuter train hit a truck in Cherry Hill Township, N.J., on Monday."
    found = _resolve(text, ["NEW YORK", "Cherry Hill Township", "N.J."], gazetteer)
    township = found["Cherry Hill Township"]
    assert distance_km(township.latitude, township.longitude, 39.93, -75.03) < 20
