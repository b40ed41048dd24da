"""A place name written as a car's model is the car, not a place (extraction.vehicle_models).

Sentences written for these tests; the gazetteer still decides what else is a place.
"""

import datetime as dt

import pytest

from benchmarks.evaluation.recognition import found_spans
from stories.extraction.analysis import analyse_text
from stories.extraction.vehicle_models import model_names


@pytest.fixture(scope="module")
def places_in():
    def find(text: str) -> list[str]:
        return [p.text for p in analyse_text(text, published=dt.date(2021, 3, 2)).places]

    return find


def test_the_word_after_a_makers_name_is_a_model_name():
    assert model_names("Deputies chased a gray Chevrolet Tahoe and a Dodge Durango.") == {
        "Tahoe",
        "Durango",
    }


def test_a_two_word_model_name_is_read_whole():
    assert "Monte Carlo" in model_names("A Chevrolet Monte Carlo was towed away.")


def test_a_two_word_model_named_for_a_place_recalled_with_the_is_not_a_place(places_in):
    found = places_in(
        "Deputies found a stolen Chevrolet Monte Carlo near Tulsa on Sunday. "
        "The Monte Carlo had been reported missing in May."
    )

    assert "Monte Carlo" not in found


def test_a_place_noun_after_a_makers_name_is_no_model():
    assert model_names("The Dodge City council met on Monday.") == set()


def test_a_model_named_for_a_place_recalled_with_the_is_not_a_place(places_in):
    found = places_in(
        "Witnesses saw a black Dodge Durango leave the lot in Tulsa. "
        "Later the Durango was found burned on a farm road."
    )

    assert "Durango" not in found
    assert "Tulsa" in found


def test_a_model_named_for_a_place_right_after_the_maker_is_not_a_place(places_in):
    found = places_in("Officers stopped a Chevy Tahoe outside Reno on Friday.")

    assert "Tahoe" not in found
    assert "Reno" in found


def test_the_same_name_after_a_preposition_of_place_stays_a_place(places_in):
    found = places_in("A man drove his Dodge Durango from Tulsa to Durango on Monday, police said.")

    assert "Durango" in found


def test_a_place_name_in_a_story_with_no_car_of_that_name_stays_a_place(places_in):
    found = places_in("The Durango city council met on Monday.")

    assert "Durango" in found


def test_shots_fired_from_the_car_are_placed_where_the_car_stopped():
    text = (
        "A silver Dodge Durango followed the two friends from the party on Saturday. "
        "They stopped at a light on Main Street in Garland when the Durango pulled up. "
        "Shots fired from the Durango hit the driver, police said."
    )
    analysis = analyse_text(text, published=dt.date(2021, 3, 2))
    placed = [e.place.name for e in analysis.events if e.place]

    assert "Durango" not in placed


def test_a_state_after_a_makers_name_is_the_makers_branch_there_not_a_model(places_in):
    found = places_in(
        "Honda Alabama will hire 300 workers, the carmaker said on Monday. "
        "The Alabama governor welcomed the news."
    )

    assert found.count("Alabama") == 2


def test_a_country_after_a_makers_name_is_the_makers_branch_there_not_a_model(places_in):
    found = places_in(
        "Sales at Nissan Mexico fell in May. The Mexico unit blamed a chip shortage on Tuesday."
    )

    assert "Mexico" in found


def test_a_town_before_a_site_noun_after_a_makers_name_is_the_sites_town():
    assert model_names("Workers at the Toyota Georgetown plant walked out on Monday.") == set()
    assert model_names("The Ford Louisville Assembly Plant will close for a week.") == set()


def test_the_town_of_a_makers_plant_recalled_with_the_stays_a_place(places_in):
    found = places_in(
        "Workers at the Toyota Georgetown plant walked out on Monday. "
        "The Georgetown mayor asked both sides to talk."
    )

    assert "Georgetown" in found


def test_a_model_name_before_a_place_noun_is_the_place(places_in):
    found = places_in(
        "A Dodge Durango hit a fence on Sunday. The Durango city council met on Monday."
    )

    assert "Durango" in found


def test_the_recognition_benchmark_leaves_out_car_models_as_the_product_does(gazetteer):
    text = "Deputies stopped a Dodge Durango in Austin. Shots came from the Durango."
    found = {text[start:end] for start, end in found_spans(text, gazetteer)}
    assert "Durango" not in found
    assert "Austin" in found
