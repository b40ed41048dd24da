"""Local news's scenes: a local office holder acts where the office is (local_offices.py), and
an event at a venue the gazetteer cannot pin happens in the town the text puts the venue in
(venue_towns.py). Sentences written for these tests."""

from stories.extraction.events.venue_towns import named_in
from tests.test_event_placing import nlp, place, placed_events, source_of  # noqa: F401

# name: kind, specificity, country, latitude, longitude (None: the gazetteer cannot pin it)
LOCAL = {
    "Norfield": ("city", 3, "US", 41.9, -88.7),
    "Elmshire": ("admin1", 2, "US", 44.5, -100.2),
    "Oakton": ("city", 3, "US", 43.1, -96.8),
    "Vale County": ("admin2", 3, "US", 41.8, -88.8),
    "Norfield Lodge": ("other", 0, "", None, None),
    "Route 9": ("other", 0, "", None, None),
}
OFFICIALS = {"Ada Brandt": "Ada Brandt", "Brandt": "Ada Brandt", "Carl Ives": "Carl Ives"}


def _ask(events):
    return next(e for e in events if e.trigger.startswith("ask"))


def test_a_governor_named_with_the_state_acts_for_the_state_when_named_again(nlp):  # noqa: F811
    text = (
        "Elmshire Governor Ada Brandt spoke in Oakton on Monday. Volunteers filled sandbags "
        "all day.\n\nBrandt asked for federal disaster aid on Monday."
    )

    ask = _ask(placed_events(nlp, text, catalogue=LOCAL, people=OFFICIALS))

    assert (ask.place.name, source_of(ask)) == ("Elmshire", "office")


def test_an_official_without_a_place_in_the_title_keeps_the_story_s_place(nlp):  # noqa: F811
    text = (
        "Governor Ada Brandt spoke in Oakton on Monday. Volunteers filled sandbags "
        "all day.\n\nBrandt asked for federal disaster aid on Monday."
    )

    ask = _ask(placed_events(nlp, text, catalogue=LOCAL, people=OFFICIALS))

    assert ask.place is None or source_of(ask) != "office"


def test_an_official_sent_elsewhere_by_the_sentence_before_does_not_act_at_home(nlp):  # noqa: F811
    text = (
        "Elmshire Governor Ada Brandt spoke on Monday.\n\nBrandt flew to Oakton on Monday. "
        "She asked for federal disaster aid."
    )

    ask = _ask(placed_events(nlp, text, catalogue=LOCAL, people=OFFICIALS))

    assert ask.place is None or source_of(ask) != "office"


def test_a_venue_s_name_holds_the_town_it_is_in():
    lodge = place("Norfield Lodge", 0, LOCAL)
    towns = [place("Oakton", 30, LOCAL), place("Norfield", 40, LOCAL)]

    assert named_in(lodge, towns).name == "Norfield"


def test_a_town_s_name_inside_another_word_is_not_the_venue_s_town():
    lodge = place("Norfieldton Lodge", 0, {**LOCAL, "Norfieldton Lodge": LOCAL["Norfield Lodge"]})

    assert named_in(lodge, [place("Norfield", 40, LOCAL)]) is None


def test_the_home_of_a_match_s_other_side_is_not_where_the_match_was(nlp):  # noqa: F811
    text = (
        "The home team won in Norfield on Friday night as the players closed their season "
        "with a win over Elmshire's top team."
    )

    close = next(
        e for e in placed_events(nlp, text, catalogue=LOCAL) if e.trigger.startswith("close")
    )

    assert close.place is not None and close.place.name == "Norfield"
