"""Towns named inside local bodies' names ("the Dublin City Council", "the Columbus
Metropolitan Library") that lie beside each other in one state place the story there."""

from stories.geocoding.organisation_towns import organisation_towns
from tests.resolving import resolve


def test_two_neighbouring_bodies_towns_move_the_county_to_their_state(gazetteer):
    text = (
        "The Dublin City Council voted on Monday to rename a street, after the Franklin "
        "County Auditor noted the error. Books were moved to the Columbus Metropolitan "
        "Library, a clerk said."
    )
    found = resolve(text, ["Franklin County"], gazetteer)["Franklin County"]
    assert (found.country_code, round(found.latitude)) == ("US", 40)
    assert round(found.longitude) == -83


def test_one_bodys_town_alone_does_not_move_the_county(gazetteer):
    text = (
        "The Dublin City Council voted on Monday to rename a street, after the Franklin "
        "County Auditor noted the error."
    )
    found = resolve(text, ["Franklin County"], gazetteer)["Franklin County"]
    assert round(found.longitude) != -83


def test_a_far_teams_town_is_no_local_body(gazetteer):
    names = organisation_towns("Fans of the Boston Celtics met at Dublin Airport.", gazetteer)
    assert names == []


def test_a_bodys_town_is_read_without_the_sentence_article(gazetteer):
    names = organisation_towns("The Dublin Police Department arrested him.", gazetteer)
    assert [{p.admin1 for p in found} >= {"OH", "CA"} for found in names] == [True]


def test_a_state_written_beside_the_county_is_kept(gazetteer):
    text = (
        "The Dublin City Council met, and the Columbus Metropolitan Library closed, while "
        "Franklin County, Pa., officials watched."
    )
    found = resolve(text, ["Franklin County"], gazetteer)["Franklin County"]
    assert round(found.longitude) == -78


def test_a_school_named_for_a_person_is_no_towns_body(gazetteer):
    # Schools are named for people as often as for their towns ("Kennedy High School").
    text = "Pupils of Kennedy High School and Edison Middle School held a bake sale."
    assert organisation_towns(text, gazetteer) == []


def test_a_school_district_still_names_its_town(gazetteer):
    # The look-alike: a district ("Columbus City Schools") is its town's body.
    names = organisation_towns("Columbus City Schools closed on Monday.", gazetteer)
    assert len(names) == 1 and any(p.admin1 == "OH" for p in names[0])
