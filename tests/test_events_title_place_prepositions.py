"""A title's place phrase says the place with the preposition the text means
(events.place_prepositions): "over" stays "over", "parts of X" is "in X", an owner's "of X"
or a target's "on X" is no place of the event, never a made-up "near X"."""

from stories.extraction.events.place_prepositions import title_preposition, without_place_phrase
from stories.extraction.mentions import PlaceMention
from tests.test_events import events_of, nlp  # noqa: F401 (nlp is a fixture)


def _title(nlp, text, trigger):  # noqa: F811
    return next(e.title for e in events_of(nlp, text) if e.trigger == trigger)


def test_a_place_in_an_area_noun_of_it_is_said_with_in(nlp):  # noqa: F811
    text = "On Saturday a storm buried parts of Norland in snow."
    assert _title(nlp, text, "bury").endswith("in Norland")


def test_a_place_of_a_noun_under_a_preposition_takes_that_preposition(nlp):  # noqa: F811
    text = "On Monday police arrested a man in the Holly Heights neighborhood of Lyon."
    assert _title(nlp, text, "arrest").endswith("in Lyon")


def test_a_spatial_preposition_the_text_uses_stays_in_the_title(nlp):  # noqa: F811
    text = "On Sunday helicopters flew over northern Norland."
    assert _title(nlp, text, "fly").endswith("over Norland")


def test_a_place_after_an_owners_of_is_left_out_of_the_title(nlp):  # noqa: F811
    text = "On Monday the invasion of Norland ended."
    assert "near" not in _title(nlp, text, "end")


def test_a_place_the_verb_already_says_is_not_said_twice(nlp):  # noqa: F811
    text = "On Monday Ana Ruiz called on Sudland to continue the talks."
    assert _title(nlp, text, "call on Sudland") == "Ana Ruiz calls on Sudland"


def test_a_country_a_noun_event_is_aimed_on_is_said_with_on(nlp):  # noqa: F811
    text = "On Monday rebels launched an attack on Sudland."
    assert _title(nlp, text, "attack") == "Attack on Sudland"


def test_a_compass_bearing_of_a_place_is_still_near_it(nlp):  # noqa: F811
    text = "On Monday rebels attacked a village south of Lyon."
    assert _title(nlp, text, "attack").endswith("near Lyon")


def test_an_owners_noun_under_a_preposition_does_not_pass_it_on(nlp):  # noqa: F811
    text = "On Monday the firm sold its branches to First Bank of Lyon."
    assert not _title(nlp, text, "sell").endswith("to Lyon")


def test_a_place_of_a_noun_the_verb_goes_to_is_said_with_of(nlp):  # noqa: F811
    text = "On Monday Ana Ruiz responded to the 500 block of Lyon."
    assert _title(nlp, text, "respond to block").endswith("to block of Lyon")


def test_a_road_is_said_with_on_never_in(nlp):  # noqa: F811
    doc = nlp("Clark fled in Patrick Street on Monday.")
    street = PlaceMention("Patrick Street", 15, 29, "Patrick Street", "other", 0, "US")
    root, anchor = doc[4], doc[1]  # "Street", "fled"
    assert title_preposition(root, street, anchor) == "on"


def test_a_non_target_on_before_a_city_is_said_with_in(nlp):  # noqa: F811
    text = "On Monday the team made its first trip on Lyon."
    title = _title(nlp, text, "trip")
    assert "on Lyon" not in title


def test_a_noun_event_on_a_city_it_does_not_aim_at_is_not_on_it(nlp):  # noqa: F811
    text = "On Monday farmers held a similar meeting on Lyon."
    assert _title(nlp, text, "meeting").endswith("in Lyon")


def test_how_a_title_says_its_place_does_not_merge_two_tellings(nlp):  # noqa: F811
    text = (
        "On Monday the Dow Jones Industrial Average fell 102 points on Wall Street. "
        "The Dow Jones Industrial Average fell as investors sold bank shares."
    )
    falls = [e for e in events_of(nlp, text) if e.trigger == "fall"]
    assert len(falls) == 2, [e.title for e in falls]


def test_a_place_phrase_is_no_part_of_a_titles_predicate():
    assert without_place_phrase("Index falls on Wall Street", "fall") == "Index falls"


def test_a_target_the_trigger_says_stays_in_the_predicate():
    assert without_place_phrase("Ruiz calls on Sudland", "call on Sudland").endswith("Sudland")
