"""A story without a dateline is set in the town it keeps writing (written_setting.py)."""

from stories.extraction.events.lead_setting import narrowed_within
from stories.extraction.events.written_setting import story_setting, written_setting
from stories.extraction.mentions import PlaceMention

# Written for these tests: invented towns, invented coordinates.
STORY = (
    "Harwick will refund the fee. A clerk said Harwick taxpayers paid it twice. The "
    "Harwick-based firm built the Harwick Civic Center. A guest from Dunmore spoke."
)


def _place(text: str, name: str, lat: float, kind: str = "city") -> PlaceMention:
    start = text.index(name)
    specificity = {"country": 1, "admin1": 2}.get(kind, 3)
    return PlaceMention(name, start, start + len(name), name, kind, specificity, "US", lat, -80.0)


def test_a_dateline_less_story_is_set_in_the_town_it_keeps_writing():
    places = [_place(STORY, "Harwick", 34.0), _place(STORY, "Dunmore", 41.0)]

    assert written_setting(STORY, places, None).name == "Harwick"


def test_a_story_with_a_dateline_takes_no_written_setting():
    places = [_place(STORY, "Harwick", 34.0), _place(STORY, "Dunmore", 41.0)]

    assert written_setting(STORY, places, places[1]) is None


def test_a_town_written_as_often_as_others_is_no_setting():
    text = STORY + " Dunmore and Dunmore and Dunmore officials came."
    places = [_place(text, "Harwick", 34.0), _place(text, "Dunmore", 41.0)]

    assert written_setting(text, places, None) is None


def test_a_town_written_twice_is_no_setting():
    text = "Harwick will refund the fee to Harwick taxpayers."

    assert written_setting(text, [_place(text, "Harwick", 34.0)], None) is None


def test_a_town_in_the_headline_and_again_in_the_body_is_the_setting():
    text = "Vigil held for slain Harwick teacher. Hundreds gathered for the Harwick school vigil."
    places = [_place(text, "Harwick", 34.0)]

    assert written_setting(text, places, None).name == "Harwick"


def test_a_town_in_the_headline_needs_twice_the_writings_of_any_other_place():
    text = (
        "Vigil held for slain Harwick teacher. Mourners from Dunmore joined Harwick parents "
        "at the Dunmore road."
    )
    places = [_place(text, "Harwick", 34.0), _place(text, "Dunmore", 41.0)]

    assert written_setting(text, places, None) is None


def test_the_scene_places_setting_comes_before_the_written_one():
    scene = [_place(STORY, "Dunmore", 41.0)]
    places = [_place(STORY, "Harwick", 34.0), *scene]

    assert story_setting(scene, places, STORY, None).name == "Dunmore"


def test_a_town_the_story_writes_after_another_place_is_no_setting():
    text = "A guest from Dunmore spoke. " + STORY.replace(" A guest from Dunmore spoke.", "")
    places = [_place(text, "Harwick", 34.0), _place(text, "Dunmore", 41.0)]

    assert written_setting(text, places, None) is None


# A wider setting narrowed: where the lead happens, or the place inside it written first and most.
STATE_STORY = (
    "A fire near Harwick closed the road on Friday. Crews from Ashby and Dunmore came. "
    "Harwick residents left; Harwick schools closed; the fire started Thursday."
)


def test_a_dateline_less_story_set_in_a_country_is_set_where_its_lead_happens_inside_it():
    country = _place("Norland", "Norland", 39.0, "country")
    lead = _place(STATE_STORY, "Harwick", 34.0)

    assert narrowed_within(lead, country) is lead


def test_a_lead_in_a_city_setting_leaves_the_setting():
    city = _place(STATE_STORY, "Dunmore", 34.1)
    lead = _place(STATE_STORY, "Harwick", 34.0)

    assert narrowed_within(lead, city) is city


def test_a_lead_outside_the_setting_leaves_the_setting():
    country = _place("Norland", "Norland", 39.0, "country")
    lead = PlaceMention("Harwick", 7, 14, "Harwick", "city", 3, "CA", 45.0, -75.0)

    assert narrowed_within(lead, country) is country


def test_a_state_setting_narrows_to_the_town_written_first_and_most():
    text = STATE_STORY.replace("A fire near Harwick", "A Harwick fire")
    places = [
        _place(text, "Harwick", 34.0),
        _place(text, "Ashby", 35.0),
        _place(text, "Dunmore", 36.0),
    ]
    state = _place("Norland", "Norland", 39.0, "country")

    setting = story_setting([state, *places], [state, *places], text, None)

    assert setting.name == "Harwick"


def test_a_story_with_a_dateline_keeps_its_wide_setting_for_the_dateline_to_narrow():
    text = STATE_STORY.replace("A fire near Harwick", "A Harwick fire")
    places = [_place(text, "Harwick", 34.0), _place(text, "Ashby", 35.0)]
    state = _place("Norland", "Norland", 39.0, "country")

    setting = story_setting([state, *places], [state, *places], text, places[1])

    assert setting is state


def test_a_state_setting_narrows_to_the_county_written_first_and_most(monkeypatch):
    from stories.extraction.events import setting as setting_module

    monkeypatch.setattr(setting_module, "_admin1_by_id", lambda geonames_id: "NL")
    text = (
        "The Bray County clerk resigned. Bray County commissioners met Monday, and Bray County "
        "deputies said the money was gone. Auditors in Norland reviewed it."
    )
    county = _place(text, "Bray County", 34.0, "admin2")
    county = PlaceMention(
        *[getattr(county, f) for f in ("text", "start", "end", "name", "kind")],
        2,
        "US",
        34.0,
        -80.0,
        geonames_id=2,
    )
    state = PlaceMention(
        "Norland",
        text.index("Norland"),
        text.index("Norland") + 7,
        "Norland",
        "admin1",
        2,
        "US",
        35.0,
        -81.0,
        geonames_id=1,
    )

    setting = story_setting([county, state], [county, state], text, None)

    assert setting is county


COMPANY_STORY = (
    "Ashby Corp. will close a plant. Ashby said sales fell, and Ashby shares dropped as Ashby "
    "cut jobs. A plant in Dunmore will stay open."
)


def test_a_name_written_as_a_company_is_no_written_setting():
    country = _place("Norland", "Norland", 39.0, "country")
    places = [_place(COMPANY_STORY, "Ashby", 34.0), _place(COMPANY_STORY, "Dunmore", 35.0)]

    setting = story_setting([country, places[1]], [country, *places], COMPANY_STORY, None)

    assert setting is country


def test_a_name_written_without_a_company_suffix_still_narrows_the_setting():
    text = COMPANY_STORY.replace("Ashby Corp.", "Ashby")
    country = _place("Norland", "Norland", 39.0, "country")
    places = [_place(text, "Ashby", 34.0), _place(text, "Dunmore", 35.0)]

    setting = story_setting([country, places[1]], [country, *places], text, None)

    assert setting.name == "Ashby"
