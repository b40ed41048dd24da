"""Words after a name that make it a place (entities.find_places): a kind of site an
organisation keeps in a town.
Sentences written for these tests; the gazetteer still decides whether the name is a place."""

import pytest

from stories.extraction.entities import find_places
from stories.extraction.nlp import get_nlp
from stories.geocoding.defaults import get_gazetteer


@pytest.fixture(scope="module")
def places_in():
    def find(text: str) -> list[str]:
        return [p.text for p in find_places(get_nlp()(text), get_gazetteer())]

    return find


def test_a_town_named_before_an_agency_s_facility_is_a_place(places_in):
    found = places_in("A fire at the CBP Yuma facility injured two guards.")

    assert "Yuma" in found
