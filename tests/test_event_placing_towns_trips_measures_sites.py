"""Four conventions of where news places an event (towns with their state, trips, national
measures, named sites):

- a town written with its state after a comma, which the parser reads as one name, holds the
  phrase the state holds ("in Dearborn, Mich.": Dearborn; events.town_states);
- what someone is on the way somewhere to do happens where they go ("was en route to X to
  deliver"; events.purpose_trips);
- a nation's economy told under its capital's dateline is measured across the country
  (events.national_measures);
- a site named for a place ("along the Bergen Strip") states that place for its sentence
  (events.named_sites).

Short texts written for these tests. Places arrive resolved, as in test_event_placing.
"""

import pytest

from stories.extraction.events import homes, place_rules, placing
from stories.extraction.nlp import get_nlp
from tests.test_event_placing import event_with, place, where
from tests.test_event_placing import placed_events as placing_events

# name: kind, specificity, country, latitude, longitude
PLACES = {
    "Dearborn": ("city", 3, "US", 42.3, -83.2),
    "Mich.": ("admin1", 2, "US", 44.5, -85.6),
    "Lyon": ("city", 3, "FR", 45.75, 4.85),
    "Bergen": ("city", 3, "NO", 60.39, 5.32),
    "PARIS": ("city", 3, "FR", 48.85, 2.35),
    "Paris": ("city", 3, "FR", 48.85, 2.35),
    "France": ("country", 1, "FR", 46.6, 2.2),
    "Norland": ("country", 1, "NO", 61.0, 9.0),
}
# Two paragraphs naming places apart, so that the story has no setting.
_SPREAD = "\n\nIts author was born in Paris.\n\nShe later studied in Norland."


@pytest.fixture(scope="module")
def nlp():
    return get_nlp()


def placed_events(nlp, text: str):
    return placing_events(nlp, text, catalogue=PLACES, people={})


def launch_events(nlp):
    """The events of `_LAUNCH`, its places given by offset ("Mich." ends in a full stop, which
    the catalogue's word search does not find)."""
    text = _LAUNCH + _SPREAD
    names = ["Dearborn", "Mich.", "Paris", "Norland"]
    places = [place(name, text.index(name), PLACES) for name in names]
    return placing_events(nlp, text, places, people={})


# The parser hangs "Dearborn" on "Mich." here, as a modifier of the state.
_LAUNCH = (
    '"Our offer for the mill is final," said Jo Penn, Acme\'s treasurer, at a news '
    'conference yesterday in Dearborn, Mich. "We will not raise it again."'
)


def test_a_town_written_before_its_state_is_the_place_of_its_clause(nlp):
    said = event_with(launch_events(nlp), "say")

    assert where(said)[0] == "Dearborn"


def test_without_the_rule_the_state_the_parser_made_the_head_wins(nlp, monkeypatch):
    monkeypatch.setattr(place_rules, "ENABLED", place_rules.ENABLED - {"town states"})

    said = event_with(launch_events(nlp), "say")

    assert where(said)[0] == "Mich."


_EN_ROUTE = (
    "Norland said a trade delegation was en route to Bergen to deliver the minister's offer."
)


def test_a_purpose_on_the_way_somewhere_happens_at_the_journey_s_end(nlp):
    delivered = event_with(placed_events(nlp, _EN_ROUTE + _SPREAD), "deliver")

    assert where(delivered)[0] == "Bergen"


def test_without_the_rule_no_purpose_is_placed_at_the_journey_s_end(nlp, monkeypatch):
    monkeypatch.setattr(place_rules, "ENABLED", place_rules.ENABLED - {"purpose trips"})

    events = placed_events(nlp, _EN_ROUTE + _SPREAD)

    assert all(where(e)[0] != "Bergen" for e in events if e.trigger == "deliver")


_ECONOMY = (
    "PARIS (AP) _ The economy grew more than forecast in the spring, the statistics office "
    "said on Friday, a sign that France has got over the strikes of the winter."
)


def test_an_economy_told_from_its_capital_is_measured_across_the_country(nlp, monkeypatch):
    def capitals(p):
        return p.kind == "country" or p.name == "Paris"

    monkeypatch.setattr(homes, "governs", capitals)
    monkeypatch.setattr(placing, "governs", capitals)

    grew = event_with(placed_events(nlp, _ECONOMY), "grow")

    assert where(grew) == ("France", "measure")


def test_an_economy_of_a_city_that_is_no_capital_keeps_the_dateline(nlp, monkeypatch):
    def capitals(p):
        return p.kind == "country"

    monkeypatch.setattr(homes, "governs", capitals)
    monkeypatch.setattr(placing, "governs", capitals)

    grew = event_with(placed_events(nlp, _ECONOMY), "grow")

    assert where(grew) == ("Paris", "dateline")


def test_a_firm_s_own_figure_told_from_the_capital_keeps_the_dateline(nlp, monkeypatch):
    def capitals(p):
        return p.kind == "country" or p.name == "Paris"

    monkeypatch.setattr(homes, "governs", capitals)
    monkeypatch.setattr(placing, "governs", capitals)
    text = _ECONOMY.replace("The economy grew", "The carmaker's output grew")

    grew = event_with(placed_events(nlp, text), "grow")

    assert where(grew) == ("Paris", "dateline")


def test_a_rate_told_from_the_capital_is_measured_across_the_country(nlp, monkeypatch):
    def capitals(p):
        return p.kind == "country" or p.name == "Paris"

    monkeypatch.setattr(homes, "governs", capitals)
    monkeypatch.setattr(placing, "governs", capitals)
    text = _ECONOMY.replace(
        "The economy grew more than forecast", "The jobless rate for women rose"
    )

    rose = event_with(placed_events(nlp, text), "rise")

    assert where(rose) == ("France", "measure")


def test_a_bare_rate_after_the_nation_s_rate_is_measured_across_the_country(nlp, monkeypatch):
    def capitals(p):
        return p.kind == "country" or p.name == "Paris"

    monkeypatch.setattr(homes, "governs", capitals)
    monkeypatch.setattr(placing, "governs", capitals)
    text = _ECONOMY.replace(
        "The economy grew more than forecast",
        "The unemployment rate held at 7 percent. The rate for women rose",
    )

    rose = event_with(placed_events(nlp, text), "rise")

    assert where(rose) == ("France", "measure")


def test_a_rate_at_an_institution_told_from_the_capital_keeps_the_dateline(nlp, monkeypatch):
    def capitals(p):
        return p.kind == "country" or p.name == "Paris"

    monkeypatch.setattr(homes, "governs", capitals)
    monkeypatch.setattr(placing, "governs", capitals)
    text = _ECONOMY.replace(
        "The economy grew more than forecast", "The graduation rate at the university rose"
    )

    rose = event_with(placed_events(nlp, text), "rise")

    assert where(rose) == ("Paris", "dateline")


def test_a_rate_no_word_of_which_is_national_keeps_the_dateline(nlp, monkeypatch):
    def capitals(p):
        return p.kind == "country" or p.name == "Paris"

    monkeypatch.setattr(homes, "governs", capitals)
    monkeypatch.setattr(placing, "governs", capitals)
    text = _ECONOMY.replace("The economy grew more than forecast", "The infection rate doubled")

    doubled = event_with(placed_events(nlp, text), "double")

    assert where(doubled) == ("Paris", "dateline")


def test_the_capital_s_own_nation_s_inflation_is_measured_across_the_country(nlp, monkeypatch):
    def capitals(p):
        return p.kind == "country" or p.name == "Paris"

    monkeypatch.setattr(homes, "governs", capitals)
    monkeypatch.setattr(placing, "governs", capitals)
    monkeypatch.setattr(homes, "nationality", lambda word: {"French": "FR"}.get(word))
    text = _ECONOMY.replace("The economy grew more than forecast", "French inflation rose")

    rose = event_with(placed_events(nlp, text), "rise")

    assert where(rose) == ("France", "measure")


def test_the_capital_s_own_nation_s_currency_falls_across_the_country(nlp, monkeypatch):
    def capitals(p):
        return p.kind == "country" or p.name == "Paris"

    monkeypatch.setattr(homes, "governs", capitals)
    monkeypatch.setattr(placing, "governs", capitals)
    monkeypatch.setattr(homes, "nationality", lambda word: {"French": "FR"}.get(word))
    text = _ECONOMY.replace(
        "The economy grew more than forecast in the spring", "The French currency fell 3 percent"
    )

    fell = event_with(placed_events(nlp, text), "fall")

    assert where(fell) == ("France", "measure")


_STRIP = (
    "Acme Resorts has agreed to pay $3 million to buy 12 acres of pasture along the Bergen "
    "Strip as a site for its new spa."
)


def test_a_site_named_for_a_place_states_that_place_for_its_sentence(nlp):
    agreed = event_with(placed_events(nlp, _STRIP + _SPREAD), "agree")

    assert where(agreed) == ("Bergen", "sentence")


def test_without_the_rule_the_named_site_states_no_place(nlp, monkeypatch):
    monkeypatch.setattr(place_rules, "ENABLED", place_rules.ENABLED - {"named sites"})

    agreed = event_with(placed_events(nlp, _STRIP + _SPREAD), "agree")

    assert where(agreed) == (None, None)
