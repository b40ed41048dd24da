"""A patient's care told after the story names its one hospital happens in the hospital's
town (care_sites.py), the town read from the hospital's name. Sentences and names written for
these tests; the gazetteer is a small table."""

import pytest

from stories.extraction.events import org_towns
from stories.geocoding.places import GazetteerEntry
from tests.test_event_placing import nlp, placed_events, where  # noqa: F401

COUNTRY = {"Norland": ("country", 1, "NL", 52.0, 5.0)}


def _entry(geonames_id, name, lat, lon, country, population):
    return GazetteerEntry(
        geonames_id, name, lat, lon, "P", "PPL", country, "01", population, "city"
    )


GAZETTEER = {
    # The Norland town is the largest namesake in Norland; one abroad rivals it in size.
    "Halden": (
        _entry(1, "Halden", 53.0, 6.0, "NL", 150_000),
        _entry(2, "Halden", 22.0, 114.0, "HK", 140_000),
    ),
    "Brackley": (_entry(3, "Brackley", 51.0, 4.0, "NL", 120_000),),
}


@pytest.fixture(autouse=True)
def _gazetteer(monkeypatch):
    def candidates(name):
        return tuple(sorted(GAZETTEER.get(name, ()), key=lambda entry: -entry.population))

    monkeypatch.setattr(org_towns, "named_places", candidates)


def _event(nlp, text, trigger):  # noqa: F811
    return next(
        e for e in placed_events(nlp, text, catalogue=COUNTRY) if e.trigger.startswith(trigger)
    )


STORY = (
    "A Norland man grew breathless for months. Mark Dolan, a surgeon at the Halden General "
    "Hospital, examined him in March. The man was diagnosed with a rare lung disease."
)


def test_a_diagnosis_after_the_story_names_its_hospital_is_in_the_hospitals_town(nlp):  # noqa: F811
    assert where(_event(nlp, STORY, "diagnose"))[0] == "Halden"


def test_care_told_before_the_hospital_is_named_keeps_the_storys_place(nlp):  # noqa: F811
    text = "A Norland man was diagnosed with a rare lung disease. " + STORY

    assert where(_event(nlp, text, "diagnose"))[0] != "Halden"


def test_a_story_naming_two_hospitals_places_no_care_in_either(nlp):  # noqa: F811
    text = STORY + " He was later treated at the Brackley City Hospital as well."

    assert where(_event(nlp, text, "diagnose"))[0] != "Halden"
