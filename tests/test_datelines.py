"""Datelines at the top of wire and newspaper stories."""

import pytest

from stories.datelines import dateline_at, find_dateline


@pytest.mark.parametrize(
    ("text", "city", "region", "agency"),
    [
        ("SEOUL, South Korea (AP) — The minister said", "SEOUL", "South Korea", "AP"),
        ("WASHINGTON (Reuters) - Lawmakers voted", "WASHINGTON", "", "Reuters"),
        ("FORT WORTH, Texas — A girl was found", "FORT WORTH", "Texas", ""),
        ("Fort Worth, Texas — A girl was found", "Fort Worth", "Texas", ""),
        ("LONDON: Shares fell on Monday", "LONDON", "", ""),
        ("NEW YORK -- Stocks rose", "NEW YORK", "", ""),
    ],
)
def test_wire_and_newspaper_datelines_are_read(text, city, region, agency):
    dateline = find_dateline(text)

    assert (dateline.city, dateline.region, dateline.agency) == (city, region, agency)
    assert text[dateline.city_start : dateline.city_end] == city


def test_the_body_starts_after_the_dash():
    text = "SEOUL, South Korea (AP) — The minister said"

    assert text[find_dateline(text).body_start :] == "The minister said"


@pytest.mark.parametrize(
    "text",
    [
        "The minister said on Tuesday that talks would resume.",
        "Update: the story has changed.",
        "Nov. 19 — A day of hearings",
        "In a statement - issued late - the group said",
    ],
)
def test_ordinary_openings_are_not_datelines(text):
    assert find_dateline(text) is None


def test_a_standalone_ap_city_means_the_well_known_one():
    dateline = find_dateline("WASHINGTON (AP) — The House voted")

    assert dateline.standalone == ("Washington, D.C.", "US", "DC")


def test_a_city_with_its_region_is_not_read_as_standalone():
    assert find_dateline("WASHINGTON, Pa. (AP) — A fire").standalone is None


def test_a_city_ap_style_lets_stand_alone_is_a_dateline_in_title_case():
    dateline = find_dateline("Indianapolis – Thousands of teachers rallied on Tuesday.")

    assert (dateline.city, dateline.standalone[0]) == ("Indianapolis", "Indianapolis")


@pytest.mark.parametrize("text", ["Madison – who ran", "Trump — The president said"])
def test_a_title_case_name_before_a_dash_is_no_dateline_unless_ap_lets_it_stand_alone(text):
    assert find_dateline(text) is None


def test_a_cnn_dateline_needs_no_dash():
    dateline = find_dateline("Hong Kong (CNN Business) Stocks fell on Tuesday.")

    assert (dateline.city, dateline.agency) == ("Hong Kong", "CNN Business")


def test_a_ticker_in_parentheses_is_no_dateline():
    assert find_dateline("Alibaba (BABA) The company said") is None


def test_a_city_with_accented_letters_is_read():
    dateline = find_dateline("COPIAPÓ, Chile — The last miner was lifted out.")

    assert (dateline.city, dateline.region) == ("COPIAPÓ", "Chile")


def test_a_press_release_dateline_may_stand_on_a_line_of_its_own():
    text = "LYON, FRANCE\n\nAcme announced a new product."

    dateline = find_dateline(text)

    assert (dateline.city, dateline.region) == ("LYON", "FRANCE")
    assert text[dateline.body_start :] == "Acme announced a new product."


def test_a_title_case_place_on_a_line_of_its_own_is_no_dateline():
    assert find_dateline("Lyon, France\n\nAcme announced a new product.") is None


@pytest.mark.parametrize(
    ("text", "city", "agency"),
    [
        ("OSLO, Nov 19 (Reuters) - Prices fell", "OSLO", "Reuters"),
        ("LIMA, Nov. 19 (Xinhua) -- The ministry said", "LIMA", "Xinhua"),
        ("PUNE, Nov 19 (PTI) The index rose", "PUNE", "PTI"),
    ],
)
def test_a_wire_dateline_may_carry_the_day_before_the_agency(text, city, agency):
    dateline = find_dateline(text)

    assert (dateline.city, dateline.agency) == (city, agency)
    assert text[dateline.body_start] in "TP"


def test_a_press_release_dateline_with_its_date_and_wire_is_read():
    text = "AUSTIN, Texas, Nov. 19, 2019 /PRNewswire/ -- Acme today announced a product."

    dateline = find_dateline(text)

    assert (dateline.city, dateline.region, dateline.agency) == ("AUSTIN", "Texas", "PRNewswire")
    assert text[dateline.body_start :] == "Acme today announced a product."


def test_a_city_placed_down_to_its_country_is_a_dateline_before_a_colon():
    text = "Springfield, IL, United States: Work began on the bridge."

    dateline = find_dateline(text)

    assert (dateline.city, dateline.region) == ("Springfield", "IL")
    assert text[dateline.body_start :] == "Work began on the bridge."


def test_a_list_of_places_before_a_colon_is_no_dateline():
    assert find_dateline("Paris, Texas, Oklahoma: the border towns") is None


def test_a_city_ap_lets_stand_alone_may_stand_on_a_line_of_its_own():
    text = "Denver\n\nThe home side won in overtime."

    dateline = find_dateline(text)

    assert (dateline.city, dateline.standalone[0]) == ("Denver", "Denver")
    assert text[dateline.body_start :] == "The home side won in overtime."


@pytest.mark.parametrize("text", ["Claim\n\nA senator said", "Staff Reports\n\nPolice said"])
def test_another_word_on_a_line_of_its_own_is_no_dateline(text):
    assert find_dateline(text) is None


def test_a_letter_s_salutation_is_no_dateline():
    assert find_dateline("DEAR ANNIE: My neighbour keeps a goat.") is None


def test_a_headline_in_a_script_without_capitals_is_no_dateline():
    assert find_dateline("서울의 봄, 다시 보기\n\n본문이 시작된다.") is None


@pytest.mark.parametrize(
    ("text", "city", "region", "agency"),
    [
        ("OSLO, Norway (AP)_ The king opened the session", "OSLO", "Norway", "AP"),
        ("DENVER _ The council voted on Monday", "DENVER", "", ""),
        ("TRENTON, N.J. _ A new task force met", "TRENTON", "N.J.", ""),
    ],
)
def test_the_old_wire_format_s_underscore_is_a_dash(text, city, region, agency):
    dateline = find_dateline(text)

    assert (dateline.city, dateline.region, dateline.agency) == (city, region, agency)
    assert text[dateline.body_start] in "TA"


def test_an_underscore_inside_a_name_is_no_dash():
    assert find_dateline("Some_user wrote a post") is None


def test_a_dateline_before_a_triple_dash_is_read():
    text = "BERGEN --- The storm hit the town."

    dateline = find_dateline(text)

    assert dateline.city == "BERGEN" and text[dateline.body_start :] == "The storm hit the town."


@pytest.mark.parametrize(
    ("text", "part", "name"),
    [
        ("BERGEN, W.Va. -- The storm hit the town.", "region", "W.Va."),
        ("BERGEN N.D. -- The storm hit the town.", "city", "BERGEN N.D."),
    ],
)
def test_a_name_stops_before_the_dash_it_runs_into(text, part, name):
    dateline = find_dateline(text)

    start, end = getattr(dateline, f"{part}_start"), getattr(dateline, f"{part}_end")
    assert getattr(dateline, part) == name and text[start:end] == name


def test_a_double_hyphen_after_an_abbreviated_region_is_a_long_dash():
    text = "Bergen, W.Va. -- The storm hit the town."

    dateline = find_dateline(text)

    assert (dateline.city, dateline.region) == ("Bergen", "W.Va.")


def test_a_hyphen_between_two_words_stays_in_the_name():
    dateline = find_dateline("ELMVALE-ON-SEA, Norland — The storm hit the town.")

    assert dateline.city == "ELMVALE-ON-SEA"


def test_a_dateline_read_below_a_headline_keeps_offsets_into_the_whole_text():
    text = "Storm hits coast\n\nBERGEN, Norland (AP) — The storm hit the town."

    dateline = dateline_at(text, text.index("BERGEN"))

    assert [text[start:end] for start, end in dateline.place_spans] == ["BERGEN", "Norland"]


# An archive's story runs on in one unbroken stretch, long enough to be read in paragraphs.
_MORE = " The mill had stood empty for years, its owner said on Saturday." * 40


def test_a_dateline_after_a_byline_and_its_date_in_an_unbroken_text_is_read():
    text = (
        "Mill fire closes the old bridge. By Dana Orvel Staff Writer June 4, 2011 "
        "KELDON -- Crews closed the bridge on Friday after a fire at the mill." + _MORE
    )

    dateline = find_dateline(text)

    assert dateline is not None
    assert text[dateline.city_start : dateline.city_end] == "KELDON"


def test_a_byline_and_date_before_an_ordinary_sentence_give_no_dateline():
    text = (
        "Mill fire closes the old bridge. By Dana Orvel Staff Writer June 4, 2011 "
        "Crews closed the bridge on Friday after a fire at the mill." + _MORE
    )

    assert find_dateline(text) is None
