"""Reading a place mention: the spellings news uses that the gazetteer writes otherwise."""

from stories.geocoding.disambiguation import resolve_mentions
from stories.geocoding.mention_reading import lookup, own_names_first
from stories.geocoding.places import Candidate, GazetteerEntry
from tests.resolving import spans_of


def test_a_name_without_its_article_finds_the_name_with_it(gazetteer):
    found = lookup(gazetteer, "Republic of Congo")

    assert found and found[0].place.country_code == "CG"


def test_an_abbreviated_county_is_the_county(gazetteer):
    found = lookup(gazetteer, "Loudon Co.")

    assert [c.place.kind for c in found] == ["admin2"]


def test_a_division_word_after_a_known_division_name_finds_the_division(gazetteer):
    found = lookup(gazetteer, "Monufia Governorate")

    assert found and all(c.place.kind in ("admin1", "admin2") for c in found)


def test_a_division_word_never_turns_a_name_into_a_town_of_that_name(gazetteer):
    assert lookup(gazetteer, "Tewksbury Province") == []


def test_the_town_of_prefix_finds_the_town(gazetteer):
    found = lookup(gazetteer, "Town of Tewksbury")

    assert found and found[0].place.kind == "city"


def test_a_name_the_gazetteer_knows_keeps_its_own_meaning(gazetteer):
    assert lookup(gazetteer, "Hamilton")[0].place.kind == "city"


def test_names_listed_before_counties_are_those_counties(gazetteer):
    text = "Schools in Clarke, Oconee and Walton counties reopened after the storm on Monday."
    names = ["Clarke", "Oconee", "Walton"]

    found = resolve_mentions(text, spans_of(text, names), gazetteer=gazetteer)

    assert [r.kind for r in found] == ["admin2", "admin2", "admin2"]
    assert {r.country_code for r in found} == {"US"}


def test_a_name_not_followed_by_counties_is_not_made_a_county(gazetteer):
    text = "Schools in Clarke, Oconee and Walton reopened after the storm on Monday."
    names = ["Clarke", "Oconee", "Walton"]

    found = resolve_mentions(text, spans_of(text, names), gazetteer=gazetteer)

    assert found[2].kind != "admin2"


def test_a_state_listed_before_counties_stays_the_state(gazetteer):
    text = "It ranked in the middle of Indiana counties for jobless claims."
    names = ["Indiana"]

    found = resolve_mentions(text, spans_of(text, names), gazetteer=gazetteer)

    assert found[0].kind == "admin1"


def test_a_bare_name_may_mean_the_county_the_story_names_in_full(gazetteer):
    text = "Deputies in Gwinnett County searched the lake. Gwinnett officials said it was calm."
    names = ["Gwinnett County", "Gwinnett"]

    found = resolve_mentions(text, spans_of(text, names), gazetteer=gazetteer)

    assert found[1].kind == "admin2"
    assert found[1].geonames_id == found[0].geonames_id


def _division(geonames_id: int, name: str, kind: str = "admin1") -> GazetteerEntry:
    return GazetteerEntry(geonames_id, name, 50.0, 10.0, "A", "ADM1", "ZZ", "01", 1000, kind)


def test_a_division_that_only_bears_a_sibling_division_s_name_is_not_that_name():
    own = Candidate(_division(1, "Norland"), "Norland", "name")
    borrowed = Candidate(_division(2, "Capital District"), "Norland", "alternate")
    town = Candidate(_division(3, "Norland", "city"), "Norland", "name")

    assert own_names_first([borrowed, own, town]) == [own, town]


def test_a_division_known_only_by_an_alternate_name_keeps_it():
    borrowed = Candidate(_division(2, "Capital District"), "Old Norland", "alternate")

    assert own_names_first([borrowed]) == [borrowed]


def test_a_nation_of_a_kingdom_is_itself_and_not_its_capital_s_division(gazetteer):
    found = lookup(gazetteer, "England")

    assert {c.place.name for c in found if c.place.kind == "admin1"} == {"England"}


def test_a_site_name_drops_towns_that_only_once_bore_it(gazetteer):
    found = lookup(gazetteer, "Central Park")

    assert all(c.match != "alternate" for c in found if c.place.kind == "city")


def test_a_name_listed_before_rivers_is_no_town_of_that_name(gazetteer):
    # The streams between which land was protected, not the towns that share their names.
    text = "Crews in Tyler cleared brush between the Hamilton and Quillback rivers on Monday."
    hamilton = resolve_mentions(text, spans_of(text, ["Tyler", "Hamilton"]), gazetteer=gazetteer)[1]

    assert hamilton.geonames_id is None
    assert hamilton.kind != "city"


def test_a_lone_town_name_before_lakes_is_the_town_whose_lakes_they_are(gazetteer):
    # "Spokane lakes" are the lakes of Spokane: the name is the town's.
    text = "Officials closed Spokane lakes to swimmers on Monday after an algae bloom."
    (spokane,) = resolve_mentions(text, spans_of(text, ["Spokane"]), gazetteer=gazetteer)

    assert spokane.kind == "city" and spokane.latitude is not None
