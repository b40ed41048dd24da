"""An event at an organisation named for a town ("robbed the First Bank of X", "the X City
Council voted") happens in that town when nothing but the story's default places it
(org_towns.py): the town is the gazetteer's namesake near the story's own towns. Sentences and
names written for these tests; the gazetteer is a small table."""

import pytest

from stories.extraction.events import org_towns
from stories.geocoding.places import GazetteerEntry
from tests.test_event_placing import nlp, placed_events, where  # noqa: F401

LOCAL = {
    "Norfield": ("city", 3, "US", 41.9, -88.7),
    "NORFIELD": ("city", 3, "US", 41.9, -88.7),
    "Elmshire": ("admin1", 2, "US", 44.5, -100.2),
}


def _entry(geonames_id, name, lat, lon, admin1, population, kind="city"):
    return GazetteerEntry(geonames_id, name, lat, lon, "P", "PPL", "US", admin1, population, kind)


GAZETTEER = {
    # A small town near Norfield and a larger namesake far away.
    "Halden": (
        _entry(2, "Halden", 31.0, -97.0, "TX", 40_000),
        _entry(1, "Halden", 42.1, -88.4, "IL", 9_000),
    ),
    "Elmshire": (_entry(3, "Elmshire", 44.5, -100.2, "EL", 900_000, "admin1"),),
    "Brackley": (_entry(4, "Brackley", 30.2, -81.6, "FL", 20_000),),
    "Vale County": (_entry(7, "Vale County", 41.7, -88.9, "IL", 0, "admin2"),),
    # A great city far from Norfield, with a small namesake.
    "Westport": (
        _entry(5, "Westport", 33.7, -84.4, "GA", 900_000),
        _entry(6, "Westport", 35.0, -90.0, "TN", 3_000),
    ),
}


@pytest.fixture(autouse=True)
def org_town_gazetteer(monkeypatch):
    """The small table in place of the gazetteer's namesakes (autouse where imported too)."""
    monkeypatch.setattr(
        org_towns,
        "named_places",
        lambda name: tuple(sorted(GAZETTEER.get(name, ()), key=lambda entry: -entry.population)),
    )


def org_event(nlp, text, trigger, people=None):  # noqa: F811
    return next(
        e
        for e in placed_events(nlp, text, catalogue=LOCAL, people=people)
        if e.trigger.startswith(trigger)
    )


ORG_TOWN = "organisation's town"
# (sentence, trigger, expected (place, source), or None for "not the organisation's town").
CASES = {
    "a bank named of a town places its robbery in the namesake near the story": (
        "NORFIELD — A man robbed the First Bank of Halden on Friday, police said.",
        "rob",
        ("Halden", ORG_TOWN),
    ),
    "a council named for a town votes in that town": (
        "NORFIELD — The Halden City Council voted on Tuesday to raise the sales tax.",
        "vote",
        ("Halden", ORG_TOWN),
    ),
    "a namesake far from the story's towns places nothing": (
        "NORFIELD — A man robbed the First Bank of Brackley on Friday, police said.",
        "rob",
        ("Norfield", "dateline"),
    ),
    "an organisation named for a state is no town": (
        "NORFIELD — The Elmshire Board of Education voted on Tuesday to close the school.",
        "vote",
        None,
    ),
    "a news outlet named for a town does not report from there": (
        "NORFIELD — The Halden Herald reviewed the court papers on Tuesday.",
        "review",
        None,
    ),
    "a place the clause states beats the organisation's town": (
        "A man robbed the First Bank of Halden in Norfield on Friday, police said.",
        "rob",
        ("Norfield", "clause"),
    ),
    "a team named for a town does not place its match there": (
        "NORFIELD — Halden Athletic Club beat the visitors 3-1 on Saturday.",
        "beat",
        None,
    ),
    "a great city no namesake rivals places an event nothing else places": (
        "The coach was hired by the Westport Harbor Authority in 2019.",
        "hire",
        ("Westport", ORG_TOWN),
    ),
    "a county's office acts in that county": (
        "NORFIELD — The Vale County Sheriff's Office arrested a man on Monday.",
        "arrest",
        ("Vale County", ORG_TOWN),
    ),
    "a venue named for a square is not named for the town": (
        "Fans cheered the singer at the Westport Square Garden on Friday.",
        "cheer",
        None,
    ),
    "a great city far off does not displace the story's dateline": (
        "NORFIELD — The coach was hired by the Westport Harbor Authority in 2019.",
        "hire",
        ("Norfield", "dateline"),
    ),
    "a company named for a great city does not announce from there": (
        "Westport Scientific announced layoffs on Monday.",
        "announce",
        None,
    ),
    "a company named for the story's own town announces there": (
        "NORFIELD — Norfield Scientific announced layoffs on Monday.",
        "announce",
        ("Norfield", None),
    ),
}


@pytest.mark.parametrize(("text", "trigger", "expected"), CASES.values(), ids=list(CASES))
def test_org_towns_places_an_event_at_the_town_its_organisation_is_named_for(
    nlp,  # noqa: F811
    text: str,
    trigger: str,
    expected: tuple[str, str | None] | None,
):
    event = org_event(nlp, text, trigger)

    if expected is None:
        assert where(event)[1] != ORG_TOWN
    elif expected[1] is None:
        assert where(event)[0] == expected[0]
    else:
        assert where(event) == expected


def test_the_namesake_near_the_story_is_the_one_placed(nlp):  # noqa: F811
    text = "NORFIELD — A man robbed the First Bank of Halden on Friday, police said."

    robbery = org_event(nlp, text, "rob")

    assert robbery.place.latitude == 42.1


def test_a_club_read_as_a_person_is_named_for_its_town(nlp):  # noqa: F811
    text = "The coach was sacked by Westport United in May."
    people = {"Westport United": "Westport United"}

    sacking = org_event(nlp, text, "sack", people=people)

    assert where(sacking) == ("Westport", ORG_TOWN)


@pytest.mark.parametrize(
    "text",
    [
        "NORFIELD — Halden City Council member Tam Brook was arrested on Monday.",
        "Westport Harbor Authority engineer Tam Brook was arrested on Monday.",
    ],
)
def test_an_organisation_that_only_names_a_person_s_employer_places_nothing(
    nlp,  # noqa: F811
    text: str,
):
    arrest = org_event(nlp, text, "arrest", people={"Tam Brook": "Tam Brook"})

    assert where(arrest)[1] != ORG_TOWN
