"""Two-place datelines ("TOWN/CAPITAL:"): the scene is the city, the bureau one more place."""

from stories.datelines import find_dateline


def test_a_two_place_dateline_reads_the_scene_as_its_city():
    text = "NORTHVALE/ARDENBURG: Two rival clans fought in the market on Sunday."
    dateline = find_dateline(text)
    assert dateline is not None
    assert dateline.city == "NORTHVALE"
    assert text[dateline.body_start :].startswith("Two rival clans")


def test_the_bureau_of_a_two_place_dateline_is_one_of_its_places():
    text = "OLD HARBOR/ARDENBURG -- The army closed the road on Monday."
    dateline = find_dateline(text)
    assert dateline is not None
    spans = [text[start:end] for start, end in dateline.place_spans]
    assert spans == ["OLD HARBOR", "ARDENBURG"]


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
