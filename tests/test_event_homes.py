"""Who acts where: sides of a contest and recipients are no places, a nation's bodies act at
home, an organisation named for a place is there, and a country narrows to the finer place its
sentence names inside it.

Short texts written for these tests; places arrive resolved, as analyse_text hands them over.
"""

import pytest

from stories.extraction.events import homes, pointing_back
from stories.extraction.nlp import get_nlp
from tests.test_event_placing import event_with, place, placed_events, source_of


@pytest.fixture(scope="module")
def nlp():
    return get_nlp()


@pytest.fixture(autouse=True)
def nationalities(monkeypatch):
    """The gazetteer's demonyms, without loading the gazetteer (autouse where imported too)."""
    table = {"French": "FR", "Norwegian": "NO", "Swedish": "SE"}
    monkeypatch.setattr(homes, "nationality", lambda word: table.get(word))
    monkeypatch.setattr(pointing_back, "nationality", lambda word: table.get(word))


# --- sides ---------------------------------------------------------------------------------------


def test_a_country_s_win_over_another_is_not_placed_in_the_winner(nlp):
    text = "The final began on Monday in Lyon. Norland's win over Sudland came on Tuesday."

    win = event_with(placed_events(nlp, text), "win")

    assert win.place is not None and win.place.name == "Lyon"


def test_a_country_that_beats_another_does_not_move_the_story_from_its_dateline(nlp):
    text = "LYON, France (AP) — Norland beat Sudland on Tuesday."

    event = placed_events(nlp, text)[0]

    assert (event.place.text, source_of(event)) == ("LYON", "dateline")


# --- homes ---------------------------------------------------------------------------------------


def test_a_body_named_by_its_nationality_acts_in_the_country_the_story_names(nlp):
    text = (
        "Ana Ruiz arrived in Bergen on Monday.\n\n"
        "French prosecutors dropped the case on Tuesday. France had asked for it in 2019."
    )

    drop = event_with(placed_events(nlp, text), "drop")

    assert (drop.place.name, source_of(drop)) == ("France", "home")


def test_a_nationality_gives_no_home_when_the_story_never_names_the_country(nlp):
    text = (
        "Ana Ruiz arrived in Bergen on Monday.\n\nFrench prosecutors dropped the case on Tuesday."
    )

    drop = event_with(placed_events(nlp, text), "drop")

    assert drop.place is None or source_of(drop) != "home"


def test_officials_named_by_their_nationality_who_decide_act_at_home_not_at_the_dateline(nlp):
    text = (
        "LYON, France (AP) — Ana Ruiz arrived on Monday.\n\n"
        "Norwegian officials approved the plan on Tuesday. Norland had asked for it in 2019."
    )

    approve = event_with(placed_events(nlp, text), "approve")

    assert (approve.place.name, source_of(approve)) == ("Norland", "home")


def test_officials_named_by_their_nationality_who_travel_have_no_home(nlp):
    text = (
        "Ana Ruiz arrived in Bergen on Monday.\n\n"
        "French officials visited the plant on Tuesday. France had asked for it in 2019."
    )

    visit = event_with(placed_events(nlp, text), "visit")

    assert visit.place is None or source_of(visit) != "home"


def test_bodies_of_two_countries_have_no_single_home(nlp):
    text = (
        "Ana Ruiz arrived in Bergen on Monday.\n\n"
        "French and Norwegian prosecutors dropped the case on Tuesday. "
        "France and Norland had asked for it in 2019."
    )

    drop = event_with(placed_events(nlp, text), "drop")

    assert drop.place is None or source_of(drop) != "home"


def test_bodies_of_two_countries_take_no_dateline_of_a_third(nlp):
    text = (
        "LYON, France (AP) — Ana Ruiz arrived on Monday.\n\n"
        "Norwegian and Swedish officials denied the claims on Tuesday."
    )

    deny = event_with(placed_events(nlp, text), "deny")

    assert deny.place is None


def test_a_local_body_acts_at_home_in_a_relative_clause(nlp):
    text = "Lyon Mayor Ana Ruiz, who resigned on Monday, spoke to reporters."

    resignation = event_with(placed_events(nlp, text), "resign")

    assert resignation.place.name == "Lyon"


def test_an_acronym_keeps_the_place_of_the_full_name_it_was_given_with(nlp):
    text = (
        "Norland's Ministry of Energy (MOE) unveiled a plan on Monday.\n\n"
        "Ana Ruiz arrived in Lyon on Monday. A second plan was announced by MOE on Tuesday."
    )

    second = [e for e in placed_events(nlp, text) if e.trigger == "announce"][-1]

    assert (second.place.name, source_of(second)) == ("Norland", "home")


def test_a_country_that_closes_its_border_acts_at_home(nlp):
    text = "Ana Ruiz arrived in Lyon on Monday.\n\nNorland closed its border on Tuesday."

    closure = event_with(placed_events(nlp, text), "close")

    assert (closure.place.name, source_of(closure)) == ("Norland", "home")


def test_a_country_that_beats_another_has_no_home(nlp):
    text = "Ana Ruiz arrived in Lyon on Monday.\n\nNorland beat Sudland on Tuesday."

    match = event_with(placed_events(nlp, text), "beat")

    assert match.place is None or source_of(match) != "home"


def test_a_country_that_denounces_a_ruling_acts_at_home(nlp):
    text = "Ana Ruiz arrived in Lyon on Monday.\n\nNorland denounced the ruling on Tuesday."

    denouncing = event_with(placed_events(nlp, text), "denounce")

    assert (denouncing.place.name, source_of(denouncing)) == ("Norland", "home")


def test_a_country_that_deploys_troops_has_no_home(nlp):
    text = "Ana Ruiz arrived in Lyon on Monday.\n\nNorland deployed troops on Tuesday."

    deployment = event_with(placed_events(nlp, text), "deploy")

    assert deployment.place is None or source_of(deployment) != "home"


def test_a_body_named_with_a_city_the_story_pins_elsewhere_acts_there(nlp):
    text = (
        "Ana Ruiz arrived in Bergen on Monday.\n\n"
        "The Lyon government approved a law on Tuesday. Lyon had asked for it."
    )
    not_the_modifier = [place("Bergen", text.index("Bergen")), place("Lyon", text.rindex("Lyon"))]

    approval = event_with(placed_events(nlp, text, places=not_the_modifier), "approve")

    assert (approval.place.name, source_of(approval)) == ("Lyon", "home")


def test_a_body_named_with_a_country_the_story_pins_elsewhere_acts_there(nlp):
    text = (
        "Ana Ruiz arrived in Lyon on Monday.\n\n"
        "The Norland Home Secretary approved the request on Tuesday. Norland had asked for it."
    )
    not_the_modifier = [place("Lyon", text.index("Lyon")), place("Norland", text.rindex("Norland"))]

    approval = event_with(placed_events(nlp, text, places=not_the_modifier), "approve")

    assert (approval.place.name, source_of(approval)) == ("Norland", "home")


def test_a_party_named_with_a_city_wins_in_that_city(nlp):
    text = "Ana Ruiz arrived in Bergen on Monday.\n\nThe Lyon Democrats won a majority on Tuesday."

    win = event_with(placed_events(nlp, text), "win")

    assert (win.place.name, source_of(win)) == ("Lyon", "home")


def test_a_party_named_with_a_city_the_story_pins_elsewhere_wins_there(nlp):
    text = (
        "Ana Ruiz arrived in Bergen on Monday.\n\n"
        "The Lyon Democrats won a majority on Tuesday. Lyon had voted for the right before."
    )
    not_the_modifier = [place("Bergen", text.index("Bergen")), place("Lyon", text.rindex("Lyon"))]

    win = event_with(placed_events(nlp, text, places=not_the_modifier), "win")

    assert (win.place.name, source_of(win)) == ("Lyon", "home")


def test_a_group_named_with_a_city_acts_in_that_city(nlp):
    text = "Ana Ruiz arrived in Bergen on Monday.\n\nLyon farmers protested on Tuesday."

    protest = event_with(placed_events(nlp, text), "protest")

    assert (protest.place.name, source_of(protest)) == ("Lyon", "home")


def test_a_nation_s_economy_is_measured_at_home(nlp):
    text = (
        "Ana Ruiz arrived in Bergen on Monday.\n\n"
        "French economic growth slowed on Tuesday. France had warned of it in 2019."
    )

    slowing = event_with(placed_events(nlp, text), "slow")

    assert (slowing.place.name, source_of(slowing)) == ("France", "home")


def test_a_verb_after_a_participle_shares_the_subject_of_the_clause_it_hangs_on(nlp):
    text = (
        "Ana Ruiz arrived in Bergen on Monday.\n\n"
        "Lyon police surrounded the school on Tuesday, blocking the exits and threatened to "
        "arrest the students."
    )

    threat = event_with(placed_events(nlp, text), "threaten")

    assert (threat.place.name, source_of(threat)) == ("Lyon", "home")


def test_players_named_with_a_city_who_win_a_match_have_no_home(nlp):
    text = (
        "Ana Ruiz arrived in Bergen on Monday.\n\nThe Lyon players beat the champions on Tuesday."
    )

    match = event_with(placed_events(nlp, text), "beat")

    assert match.place is None or source_of(match) != "home"


def test_an_organisation_named_for_a_place_of_the_story_is_a_venue_there(nlp):
    text = (
        "Shares rose in Lyon on Monday.\n\n"
        "The ceremony will be held at the Lyon Stock Exchange on Tuesday."
    )
    first_only = [place("Lyon", text.index("Lyon"))]  # a name inside a name is no mention

    ceremony = event_with(placed_events(nlp, text, places=first_only), "ceremony")

    assert (ceremony.place.name, source_of(ceremony)) == ("Lyon", "venue")


# --- narrowing -----------------------------------------------------------------------------------


def test_a_country_narrows_to_the_one_town_its_sentence_names_inside_it(nlp):
    text = "The last attack in France was in 2019, when ten people died in the town of Lyon."

    attack = event_with(placed_events(nlp, text), "attack")

    assert attack.place.name == "Lyon"
    assert attack.provenance["place"]["narrowed_from"] == "France"


def test_a_country_stays_when_its_sentence_names_two_towns_apart(nlp):
    text = "The last attack in France was in 2019, when people died in Lyon and in Paris."

    attack = event_with(placed_events(nlp, text), "attack")

    assert attack.place.name == "France"


# --- recipients ----------------------------------------------------------------------------------


def test_who_receives_what_is_handed_over_is_not_where_it_happened(nlp):
    text = "Norland returned the island to Sudland on Monday."

    handover = placed_events(nlp, text)[0]

    assert handover.place is None or handover.place.name != "Sudland"


def test_where_someone_returns_to_is_where_the_return_happened(nlp):
    text = "Ana Ruiz returned to Sudland on Monday."

    event = placed_events(nlp, text)[0]

    assert event.place.name == "Sudland"


def test_a_country_that_accuses_another_moves_the_story_from_its_dateline(nlp):
    text = "LYON, France (AP) — Norland on Tuesday accused Sudland of spying."

    event = placed_events(nlp, text)[0]

    assert event.place is None


def test_a_rule_switched_off_leaves_its_events_as_they_were(nlp, monkeypatch):
    from stories.extraction.events import place_rules

    monkeypatch.setattr(place_rules, "ENABLED", place_rules.ALL - {"narrowing"})
    text = "The last attack in France was in 2019, when ten people died in the town of Lyon."

    attack = event_with(placed_events(nlp, text), "attack")

    assert attack.place.name == "France"


def test_a_grand_jury_named_with_its_city_sits_there(nlp):
    text = "Ana Ruiz arrived in Paris on Monday.\n\nA Lyon grand jury indicted a man on Tuesday."

    indictment = event_with(placed_events(nlp, text), "indict")

    assert (indictment.place.name, source_of(indictment)) == ("Lyon", "owner")


def test_who_a_country_was_defeated_by_is_a_side_not_the_place(nlp):
    text = "Ana Ruiz arrived in Lyon on Monday.\n\nNorland's defeat by Sudland came in 2008."

    defeat = event_with(placed_events(nlp, text), "defeat")

    assert (defeat.place.name, source_of(defeat)) == ("Norland", "owner")
