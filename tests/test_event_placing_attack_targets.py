"""An attack named by a noun aimed "against" a place the story pins happened there
(events.attack_targets).

Short texts written for these tests; places arrive resolved, as analyse_text hands them over.
"""

from tests.test_event_placing import event_with, nlp, placed_events, source_of  # noqa: F401


def test_a_strike_against_a_named_country_happens_in_that_country(nlp):  # noqa: F811
    text = (
        "Norland and France met for talks on Monday.\n\n"
        "The premier says she is ready for a possible strike against France, despite "
        "objections from neighbours."
    )

    strike = event_with(placed_events(nlp, text), "strike")

    assert (strike.place.name, source_of(strike)) == ("France", "target")


def test_an_attack_on_a_named_country_happens_in_that_country(nlp):  # noqa: F811
    text = (
        "Norland and Sudland met for talks on Monday.\n\n"
        "Officials warned of a fresh attack on Norland within weeks."
    )

    attack = event_with(placed_events(nlp, text), "attack")

    assert attack.place.name == "Norland"


def test_a_war_against_a_named_country_is_not_placed_there(nlp):  # noqa: F811
    text = (
        "Norland and France met for talks on Monday.\n\n"
        "The premier says she is ready for a war against France, despite objections from "
        "neighbours."
    )

    war = event_with(placed_events(nlp, text), "war")

    assert war.place is None or source_of(war) != "target"


def test_a_strike_against_a_country_s_team_in_a_game_is_not_placed_there(nlp):  # noqa: F811
    text = (
        "Norland and France met for talks on Monday.\n\n"
        "The coach says she is ready for a late strike against France in the second half of "
        "the match."
    )

    events = placed_events(nlp, text)

    assert all(e.place is None or source_of(e) != "target" for e in events)


def test_a_cyber_attack_against_a_country_is_not_placed_there(nlp):  # noqa: F811
    text = (
        "Norland and France met for talks on Monday.\n\n"
        "Officials warned of a cyber attack against France within weeks."
    )

    events = placed_events(nlp, text)

    assert all(e.place is None or source_of(e) != "target" for e in events)


def test_a_strike_against_a_country_s_policy_is_not_placed_there(nlp):  # noqa: F811
    text = (
        "Norland and France met for talks on Monday.\n\n"
        "The unions called a strike against France's new pension policy."
    )

    events = placed_events(nlp, text)

    assert all(e.place is None or source_of(e) != "target" for e in events)


def test_a_hunger_strike_against_a_country_is_not_placed_there(nlp):  # noqa: F811
    text = (
        "Norland and France met for talks on Monday.\n\n"
        "Workers began a hunger strike against France on Monday."
    )

    events = placed_events(nlp, text)

    assert all(e.place is None or source_of(e) != "target" for e in events)
