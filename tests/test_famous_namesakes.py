"""A bare state name that is also its country's capital means the capital; a metropolis beats a
small namesake town that nothing near the name supports."""

from tests.resolving import resolve


def test_a_bare_washington_where_a_federal_body_acts_is_the_capital(gazetteer):
    text = "In Washington on Monday, the Federal Maritime Commission released its yearly report."
    found = resolve(text, ["Washington"], gazetteer)["Washington"]
    assert (found.kind, found.name) == ("city", "Washington")
    assert round(found.longitude) == -77


def test_washington_state_written_so_keeps_the_state(gazetteer):
    text = "Wildfires burned across Washington state. In Washington, crews cut new firebreaks."
    assert resolve(text, ["Washington"], gazetteer)["Washington"].kind == "admin1"


def test_washington_after_one_of_its_towns_keeps_the_state(gazetteer):
    text = "Heavy rain fell on Spokane, Washington, overnight."
    found = resolve(text, ["Spokane", "Washington"], gazetteer)
    assert found["Washington"].kind == "admin1"


def test_a_metropolis_beats_a_tiny_namesake_in_a_state_named_far_away(gazetteer):
    text = (
        "Dana Keller was raised on a ranch near Amarillo, Texas. After a decade on the road, "
        "the singer finally opened a small bar of her own in Memphis."
    )
    found = resolve(text, ["Amarillo", "Texas", "Memphis"], gazetteer)["Memphis"]
    assert found.country_code == "US" and round(found.longitude) == -90


def test_a_small_town_whose_state_the_sentence_names_keeps_it(gazetteer):
    text = "Texas officials said a grain barn burned down in Memphis on Sunday night."
    found = resolve(text, ["Texas", "Memphis"], gazetteer)["Memphis"]
    assert round(found.longitude) == -101


def test_washington_after_a_networks_initials_in_a_sign_off_is_the_capital(gazetteer):
    text = (
        "Detectives in Atlanta are matching the fibres from both warehouses, the bureau said. "
        "Ruth Okafor, NBC, Washington."
    )
    found = resolve(text, ["Atlanta", "Washington"], gazetteer)["Washington"]
    assert (found.kind, round(found.longitude)) == ("city", -77)


def test_washington_after_a_dateline_s_town_in_capitals_keeps_the_state(gazetteer):
    text = "SPOKANE, Washington (CNN) — Crews cut new firebreaks near the river on Monday."
    found = resolve(text, ["Washington"], gazetteer)["Washington"]
    assert found.kind == "admin1"
