"""Two-place datelines ("TOWN/CAPITAL:"): the scene is the city, the bureau one more place."""

from stories.datelines import find_dateline


def test_a_two_place_dateline_reads_the_scene_as_its_city():
    text = "TYRE/BEIRUT: Two rival clans fought in the market on Sunday."
    dateline = find_dateline(text)
    assert dateline is not None
    assert dateline.city == "TYRE"
    assert text[dateline.body_start :].startswith("Two rival clans")


def test_the_bureau_of_a_two_place_dateline_is_one_of_its_places():
    text = "LARKANA/KARACHI -- The army closed the road on Monday."
    dateline = find_dateline(text)
    assert dateline is not None
    spans = [text[start:end] for start, end in dateline.place_spans]
    assert spans == ["LARKANA", "KARACHI"]


def test_a_single_city_dateline_names_no_bureau():
    dateline = find_dateline("ARDENBURG: The council met on Tuesday.")
    assert dateline is not None
    assert dateline.bureau_start == -1
    assert len(dateline.place_spans) == 1


def test_a_title_case_pair_joined_by_a_slash_is_no_dateline():
    assert find_dateline("Town/Village - residents voted on the merger on Friday.") is None


def test_a_wire_service_after_a_slash_is_still_the_agency():
    dateline = find_dateline("NEW YORK/PRNewswire/ -- Acme Corp. said on Monday it would expand.")
    assert dateline is not None
    assert dateline.agency == "PRNewswire"
    assert dateline.bureau_start == -1


def test_a_multi_bureau_wire_dateline_names_no_bureau():
    # The reviewer's case: the bureaus that filed a Reuters story are no scene and bureau.
    text = (
        "MOSCOW/WASHINGTON (Reuters) - Officials in Georgia said on Monday that talks had stalled."
    )
    dateline = find_dateline(text)
    assert dateline is None or dateline.bureau_start == -1
    assert dateline is None or dateline.city != "WASHINGTON"


def test_two_cities_of_different_countries_are_no_two_place_dateline():
    dateline = find_dateline("TYRE/KARACHI: Fishermen returned to port on Sunday.")
    assert dateline is None or dateline.bureau_start == -1


def test_an_acronym_pair_joined_by_a_slash_is_no_dateline():
    text = "HIV/AIDS - New infections fell sharply last year, the agency said."
    assert find_dateline(text) is None


def test_two_conjunctions_joined_by_a_slash_are_no_dateline():
    assert find_dateline("AND/OR - Either word may stand in a contract.") is None


def test_a_camp_too_small_for_the_gazetteer_may_be_the_scene_of_a_capitals_bureau():
    dateline = find_dateline("QARNA QAMP/BEIRUT: Two families clashed in the camp on Sunday.")
    assert dateline is not None
    assert dateline.city == "QARNA QAMP"
    assert dateline.bureau_start >= 0
