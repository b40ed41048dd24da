"""An attack or fighting noun whose target or opponent is a named party points at one
happening even with no date, place or owner of its own (events.named_targets). The sentences
are written for these tests."""

from tests.test_events import events_of, nlp  # noqa: F401 (nlp is a fixture)


def _triggers(nlp, text: str) -> list[str]:  # noqa: F811
    return [event.trigger for event in events_of(nlp, text)]


def test_a_strike_against_a_named_country_is_one_happening(nlp):  # noqa: F811
    triggers = _triggers(nlp, "The minister says he backs a possible strike against Norway.")
    assert "strike" in triggers, triggers


def test_a_war_with_a_named_country_is_one_happening(nlp):  # noqa: F811
    text = "Rebels who backed Chile in its war with Peru now want a truce."
    assert "war" in _triggers(nlp, text)


def test_a_battle_against_a_named_company_is_not_taken(nlp):  # noqa: F811
    text = "The carmaker wants a stake in Acme, a first salvo in a battle against Volvo Corp."
    assert "battle" not in _triggers(nlp, text)


def test_talks_with_a_named_country_are_no_such_happening(nlp):  # noqa: F811
    text = "The minister says he backs more talks with Norway."
    assert "talks" not in _triggers(nlp, text)


def test_a_strike_against_a_common_noun_target_is_not_taken(nlp):  # noqa: F811
    text = "The minister says he backs a possible strike against the bases."
    assert "strike" not in _triggers(nlp, text)


def test_the_invasion_by_a_named_people_is_one_happening(nlp):  # noqa: F811
    text = "Since the Iraqi invasion, the price of bread has doubled in the markets."
    assert "invasion" in _triggers(nlp, text)


def test_an_indefinite_takeover_by_a_people_is_a_kind_of_deal(nlp):  # noqa: F811
    text = "Bankers fear that a Chinese takeover would cost the port its freedom."
    assert "takeover" not in _triggers(nlp, text)


def test_a_fight_with_a_country_over_an_issue_is_a_dispute(nlp):  # noqa: F811
    text = "Growers say the long fight with Canada over river rights hurts their crops."
    assert "fight" not in _triggers(nlp, text)


def test_a_trade_war_with_a_country_is_a_contest_not_fighting(nlp):  # noqa: F811
    text = "Shippers say they fear a trade war with Japan."
    assert "war" not in _triggers(nlp, text)


def test_a_missile_attack_on_a_country_is_still_one_happening(nlp):  # noqa: F811
    text = "The minister says he fears a missile attack on Norway."
    assert "attack" in _triggers(nlp, text)


def test_an_attack_named_only_as_what_survivors_outlived_is_not_told_here(nlp):  # noqa: F811
    text = "Survivors of the German attack on Norway gathered in Oslo on Monday."
    assert "attack" not in _triggers(nlp, text)


def test_a_coming_clash_with_a_country_is_not_told_as_done(nlp):  # noqa: F811
    text = "Fans say they are excited about the coming clash with France."
    told = [e.certainty for e in events_of(nlp, text) if e.trigger == "clash"]
    assert "occurred" not in told, told


def test_a_strike_against_a_country_in_a_game_s_half_is_not_an_attack(nlp):  # noqa: F811
    text = "The coach says he liked a late strike against Norway in the second half."
    assert "strike" not in _triggers(nlp, text)


def test_a_clash_with_a_country_s_team_is_not_an_attack(nlp):  # noqa: F811
    text = "The squad is preparing for the clash with Norway next month."
    assert "clash" not in _triggers(nlp, text)


def test_a_strike_against_a_country_outside_a_game_is_still_taken(nlp):  # noqa: F811
    text = "The minister says he backs a strike against Norway in the second half of the year."
    assert "strike" in _triggers(nlp, text)


def test_a_team_of_inspectors_does_not_make_an_air_strike_a_game(nlp):  # noqa: F811
    text = "A team of inspectors was sent after the air strike against Syria."
    assert "strike" in _triggers(nlp, text)


def test_a_game_of_brinkmanship_does_not_make_a_strike_a_game(nlp):  # noqa: F811
    text = "Analysts called the strike against Iran a game of brinkmanship."
    assert "strike" in _triggers(nlp, text)


def test_a_bomb_squad_does_not_make_a_strike_a_game(nlp):  # noqa: F811
    text = "A bomb squad searched the ruins after the air strike against Syria."
    assert "strike" in _triggers(nlp, text)
