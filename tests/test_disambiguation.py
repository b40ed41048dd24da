"""Place disambiguation: editors' evidence, estimated positions, confidence and reasons."""

from pathlib import Path

import pytest

from benchmarks.evaluation.lgl import read_lgl, summarize
from stories.geocoding.descriptions import describe
from stories.geocoding.disambiguation import resolve_mentions
from stories.geocoding.gazetteer import OfflineGazetteer
from stories.geocoding.places import distance_km
from tests.resolving import spans_of

# Written for these tests; article text from elsewhere stays out of the repository.
BORDER_STORY = (
    "VLADIVOSTOK, Russia — Freight trains ran again on Monday through Khasan, a station on the "
    "Russia–North Korea border, after a week-long halt. Containers bound for Pyongyang are "
    "loaded at Ussuriysk, north of Vladivostok. Separately, a Soyuz rocket lifted off from the "
    "Vostochny cosmodrome. Engineers plan a depot at Kraskino Junction, about 45 kilometers "
    "north of Khasan."
)


def resolve(text: str, names: list[str], gazetteer: OfflineGazetteer) -> dict:
    resolutions = resolve_mentions(text, spans_of(text, names), gazetteer=gazetteer)
    return dict(zip(names, resolutions, strict=True))


@pytest.fixture(scope="session")
def border_story(gazetteer) -> dict:
    names = ["VLADIVOSTOK", "Russia", "Khasan", "Pyongyang", "Ussuriysk", "Vladivostok"]
    names += ["Vostochny", "Kraskino Junction"]
    return resolve(BORDER_STORY, names, gazetteer)


def km_from(resolution, latitude: float, longitude: float) -> float:
    return distance_km(resolution.latitude, resolution.longitude, latitude, longitude)


def test_border_station_context_beats_more_populous_namesake(border_story):
    khasan = border_story["Khasan"]

    assert khasan.country_code == "RU"
    assert km_from(khasan, 42.43, 130.64) < 10


def test_cosmodrome_context_picks_the_spaceport_over_namesake_towns(border_story):
    assert km_from(border_story["Vostochny"], 51.88, 128.33) < 40


def test_cities_of_the_story_resolve_near_their_true_positions(border_story):
    assert km_from(border_story["Pyongyang"], 39.03, 125.75) < 25
    assert km_from(border_story["Ussuriysk"], 43.80, 131.95) < 25
    assert km_from(border_story["Vladivostok"], 43.11, 131.87) < 25


def test_place_missing_from_gazetteer_is_estimated_from_the_story_description(border_story):
    junction = border_story["Kraskino Junction"]

    assert junction.status == "estimated"
    assert km_from(junction, 42.43 + 45 / 111.2, 130.64) < 5
    assert 0 < junction.radius_km < 45


def test_unknown_place_the_story_does_not_locate_is_unresolved(gazetteer):
    text = "Residents of Qwxzzyville gathered on Sunday."

    result = resolve(text, ["Qwxzzyville"], gazetteer)["Qwxzzyville"]

    assert (result.status, result.latitude, result.confidence) == ("unresolved", None, 0.0)


def test_every_resolution_carries_confidence_reason_and_alternatives(border_story):
    for resolution in border_story.values():
        assert 0.0 <= resolution.confidence <= 1.0
        assert resolution.reason
    assert len(border_story["Vostochny"].candidates) > 1


def test_state_qualifier_picks_the_namesake_in_that_state(gazetteer):
    text = "The fair returns to Paris, Tenn., next week."

    paris = resolve(text, ["Paris"], gazetteer)["Paris"]

    assert (paris.country_code, round(paris.latitude)) == ("US", 36)
    assert "Paris, Tenn." in paris.reason


def test_dateline_qualifier_places_the_dateline_city(gazetteer):
    text = "CHARLESTON, W.Va. — Lawmakers met on Tuesday."

    charleston = resolve(text, ["CHARLESTON"], gazetteer)["CHARLESTON"]

    assert km_from(charleston, 38.35, -81.63) < 25


def test_a_state_named_in_the_story_favours_its_towns(gazetteer):
    text = "Dublin will repave three streets, the Ohio transportation department said."

    dublin = resolve(text, ["Dublin", "Ohio"], gazetteer)["Dublin"]

    assert dublin.country_code == "US"


def test_nearby_places_in_the_story_pull_small_namesakes_together(gazetteer):
    text = "Volunteers from Paris and Henry County raised money for the rescue squad."

    story = resolve(text, ["Paris", "Henry County"], gazetteer)

    assert km_from(story["Paris"], 36.30, -88.33) < 25
    assert km_from(story["Henry County"], 36.30, -88.33) < 60


def test_one_name_means_one_place_throughout_a_story(gazetteer):
    text = "Paris, Texas, honoured its mayor. Paris residents lined the streets."

    first, second = resolve_mentions(text, spans_of(text, ["Paris", "Paris"]), gazetteer=gazetteer)

    assert first.geonames_id == second.geonames_id


def test_offset_description_is_parsed_with_distance_direction_and_anchor():
    text = "Lopatino, a village about 30 miles northwest of Samara, flooded."

    offset = describe(text, 0, len("Lopatino")).offset

    assert offset.anchor == "Samara"
    assert offset.bearing_deg == 315.0
    assert offset.distance_km == pytest.approx(48.28, abs=0.01)


def test_border_description_names_both_countries():
    text = "Khasan, a station on the Russia–North Korea border, reopened."

    assert describe(text, 0, 6).border_names == ("Russia", "North Korea")


def test_feature_cues_stay_within_the_mention_sentence():
    text = "The rocket lifted off at dawn. Mirny lies on the lake."

    assert "spaceport" not in describe(text, text.index("Mirny"), text.index("Mirny") + 5).kind_cues


def test_lgl_reader_keeps_only_geocoded_toponyms(tmp_path: Path):
    xml = tmp_path / "tiny.xml"
    xml.write_text(
        "<articles><article docid='1'><text><![CDATA[Rain in Ohio and Gondor.]]></text><toponyms>"
        "<toponym><start>8</start><end>12</end><phrase>Ohio</phrase><gaztag geonameid='5165418'>"
        "<lat>40.25</lat><lon>-83.0</lon></gaztag></toponym>"
        "<toponym><start>17</start><end>23</end><phrase>Gondor</phrase></toponym>"
        "</toponyms></article></articles>",
        encoding="utf-8",
    )

    (article,) = read_lgl(xml)

    assert [(t.start, t.end) for t in article.toponyms] == [(8, 12)]


def test_lgl_summary_counts_errors_within_161_km():
    summary = summarize([0.0, 100.0, 200.0, 20039.0])

    assert summary["acc161"] == 50.0
    assert summary["toponyms"] == 4


def test_an_ap_dateline_washington_is_the_capital_not_the_state(gazetteer):
    text = "WASHINGTON (AP) — Officials in Washington said the talks would resume."

    found = resolve(text, ["WASHINGTON", "Washington"], gazetteer)

    for resolution in found.values():
        assert distance_km(resolution.latitude, resolution.longitude, 38.9, -77.04) < 25
    assert "dateline" in found["WASHINGTON"].reason


@pytest.mark.parametrize(
    ("name", "city"),
    [
        ("White House", (38.9, -77.04)),
        ("Kremlin", (55.75, 37.62)),
        ("Pentagon", (38.9, -77.04)),
        ("Élysée Palace", (48.86, 2.35)),
        ("Downing Street", (51.51, -0.13)),
    ],
)
def test_a_seat_of_government_is_a_place_in_its_city(gazetteer, name, city):
    text = f"A spokesman at the {name} declined to comment on the report."

    (resolution,) = resolve(text, [name], gazetteer).values()

    assert distance_km(resolution.latitude, resolution.longitude, *city) < 25


def test_every_resolution_keeps_its_reasons_for_the_editor(gazetteer):
    text = "Flooding closed roads in Paris, Texas, and in nearby Reno on Tuesday."

    found = resolve(text, ["Paris", "Texas", "Reno"], gazetteer)

    assert all(r.reason for r in found.values())
    assert "Paris, Texas" in found["Paris"].reason


def test_the_same_text_resolves_the_same_whatever_the_order_of_its_spans(gazetteer):
    names = ["Paris", "Texas", "Reno"]
    text = "Flooding closed roads in Paris, Texas, and in nearby Reno on Tuesday."
    spans = spans_of(text, names)

    forward = resolve_mentions(text, spans, gazetteer=gazetteer)
    backward = resolve_mentions(text, spans[::-1], gazetteer=gazetteer)[::-1]

    assert [(r.latitude, r.longitude) for r in forward] == [
        (r.latitude, r.longitude) for r in backward
    ]


def test_a_story_counting_in_dollars_prefers_the_american_namesake(gazetteer):
    text = "The Athens City Council approved a $2 million budget for road repairs."

    (resolution,) = resolve(text, ["Athens"], gazetteer).values()

    assert resolution.country_code == "US"
    assert "currency" in resolution.reason


def test_in_world_news_washington_is_the_capital(gazetteer):
    text = (
        "Talks between Russia and Japan stalled, and officials in Seoul and Washington "
        "said China would be consulted."
    )

    found = resolve(text, ["Russia", "Japan", "Seoul", "Washington", "China"], gazetteer)

    washington = found["Washington"]
    assert distance_km(washington.latitude, washington.longitude, 38.9, -77.04) < 25


def test_an_ocean_is_not_a_town_that_shares_its_short_name(gazetteer):
    text = "The plane crossed the Atlantic after leaving New York on Monday."

    found = resolve(text, ["Atlantic", "New York"], gazetteer)

    assert found["Atlantic"].kind == "ocean"


def test_a_small_namesake_far_from_all_the_storys_places_is_left_unpinned(gazetteer):
    text = (
        "The tsunami hit Tonga hard. On Tongatapu and around Nuku'alofa homes were lost, "
        "and the island of Mango was cut off."
    )

    found = resolve(text, ["Tonga", "Tongatapu", "Nuku'alofa", "Mango"], gazetteer)

    assert found["Mango"].latitude is None
    assert "far from every other place" in found["Mango"].reason


def test_a_city_of_half_a_million_far_from_the_storys_places_is_still_pinned(gazetteer):
    text = (
        "Smog closed schools across Delhi this week, and India's capital ordered a ban on "
        "building work. A clinic there copied a bar the owners had seen in Las Vegas."
    )

    found = resolve(text, ["Delhi", "India", "Las Vegas"], gazetteer)

    assert found["Las Vegas"].country_code == "US"


def test_a_distance_from_a_town_never_moves_a_country_or_a_sea(gazetteer):
    text = (
        "The riders crossed from Spain into France, about 109 miles from Pamplona, before the "
        "storm reached the Gulf of Mexico near Beaumont."
    )
    found = resolve(text, ["Spain", "France", "Pamplona", "Gulf of Mexico", "Beaumont"], gazetteer)
    assert found["France"].status == "resolved" and found["France"].kind == "country"
    assert found["Gulf of Mexico"].status == "resolved" and found["Gulf of Mexico"].kind == "sea"


def test_a_country_whose_people_the_story_names_is_not_a_town_of_its_name(gazetteer):
    text = (
        "Crowds filled the squares of downtown Havana from dawn. Cubans expect the week's "
        "changes in Cuba to echo far beyond it, in the United States."
    )

    found = resolve(text, ["Havana", "Cuba", "United States"], gazetteer)

    assert found["Cuba"].country_code == "CU"
    assert found["Cuba"].kind == "country"


def test_a_capital_written_beside_its_named_country_is_the_capital(gazetteer):
    text = (
        "Crowds filled the squares of downtown Havana from dawn. Cubans expect the week's "
        "changes in Cuba to echo far beyond it, in the United States."
    )

    found = resolve(text, ["Havana", "Cuba", "United States"], gazetteer)

    assert found["Havana"].country_code == "CU"


def test_a_park_the_gazetteer_lacks_is_no_town_that_shares_its_name(gazetteer):
    text = (
        "The two men were seen walking in Central Park last spring, a year after they had met "
        "in New York City. One of them later flew home to London."
    )

    found = resolve(text, ["Central Park", "New York City", "London"], gazetteer)

    assert (
        found["Central Park"].latitude is None or km_from(found["Central Park"], 40.78, -73.97) < 10
    )


def test_a_state_the_story_keeps_to_stays_the_state(gazetteer):
    text = "Rain fell across Washington on Monday, and Seattle and Spokane closed schools."

    found = resolve(text, ["Washington", "Seattle", "Spokane"], gazetteer)

    assert found["Washington"].kind == "admin1"


def test_a_second_round_rescores_no_name_whose_surroundings_stand_as_in_the_first(
    gazetteer, monkeypatch
):
    from stories.geocoding import disambiguation

    text = "Officials in Lyon and Marseille met on Monday; Lyon hosts the next round."
    names = ["Lyon", "Marseille"]
    scored: list[str] = []
    score = disambiguation._Resolver._score

    def counting(self, mention, candidate):
        scored.append(mention.key)
        return score(self, mention, candidate)

    monkeypatch.setattr(disambiguation._Resolver, "_score", counting)
    choices = {}
    for rounds in (1, 2):
        monkeypatch.setattr(disambiguation, "CONTEXT_ROUNDS", rounds)
        scored.clear()
        resolver = disambiguation._Resolver(text, spans_of(text, names), gazetteer)
        resolver.choose()
        choices[rounds] = ([m.choice for m in resolver.mentions], len(scored))

    assert choices[2] == choices[1]  # the same choices, and nothing scored twice
