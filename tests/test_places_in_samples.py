"""No non-place among the places of the seed story and the bundled samples.

Every name extraction calls a place in these texts was reviewed by hand: all are places (towns,
countries, seas, an island, airports). A name outside this reviewed set is either a new real
place (add it after checking the text) or a non-place creeping in (an organisation, a person,
a nationality): the test fails either way, so a person looks.
"""

import json
from io import StringIO

import pytest
from django.core.management import call_command

from tests.conftest import REPO_ROOT, SEEDS_DIR, require_shared

SAMPLES = REPO_ROOT / "stories" / "samples"

REVIEWED_PLACES = {
    # the seed story (Kim Jong Un's train journey to Russia, two outlets)
    "Beijing", "DPRK", "Japan", "Khasan", "Moscow", "North Korea", "Pyongyang", "Razdolnaya River",
    "Russia", "SEOUL", "Seoul", "South Korea", "Tokyo", "U.S.", "Ukraine", "United States",
    "Ussuriysk", "Vladisvostok", "Vladivostok", "Vostochny", "Washington",
    # bundled samples: Tonga eruption feed, Solar Impulse, Suez Canal
    "Abu Dhabi", "Africa", "Ahmedabad", "Alaska", "Arabian Sea", "Arizona", "Asia", "Atlantic",
    "Auckland", "Cairo", "China", "Chongqing", "Egypt", "Europe", "Fua’amotu International Airport",
    "Great Bitter Lake", "Gulf of Suez", "Hawaii", "HONOLULU", "Honolulu", "Hunga Tonga", "India",
    "Ismailia",
    "Kalaeloa Airport", "Lima", "Malaysia", "Mandalay", "Mango", "Mediterranean", "Monaco",
    "Muscat", "Myanmar", "NUKU’ALOFA", "Nagoya", "Nanjing", "Netherlands", "New York",
    "New Zealand", "Nuku’alofa", "Oman", "Pacific", "Peru", "Phoenix", "Port Said", "Red Sea",
    "Rotterdam", "SUEZ", "Suez", "Suez Canal", "Tonga", "Tongatapu", "Varanasi", "west coast",
}  # fmt: skip


def _places_found(files: list) -> set[str]:
    out = StringIO()
    call_command("extract", *map(str, files), "--json", stdout=out)
    return {p["text"] for line in out.getvalue().splitlines() for p in json.loads(line)["places"]}


def test_every_place_of_the_bundled_samples_is_a_reviewed_place():
    files = sorted(p for p in SAMPLES.iterdir() if p.suffix in {".txt", ".json", ".xml"})
    files = [p for p in files if p.name != "manifest.json"]

    assert _places_found(files) <= REVIEWED_PLACES


@pytest.mark.django_db
def test_every_place_of_the_seed_story_is_a_reviewed_place():
    files = sorted(p for p in require_shared(SEEDS_DIR).iterdir() if p.is_file())

    assert _places_found(files) <= REVIEWED_PLACES
