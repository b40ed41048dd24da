"""Effects foreseen of a thing (events.thing_prospects): "the plan would give the town a new
road" tells the story's reasoning, not a happening, even where the story's setting places it.

Short texts written for these tests.
"""

from stories.extraction.events.thing_prospects import foreseen_effect
from stories.extraction.mentions import EventCandidate, PlaceMention
from tests.test_events import nlp  # noqa: F401 (nlp is a fixture)

_TOWN = PlaceMention(text="Ostberg", start=0, end=0, name="Ostberg", kind="city")


def prospect(text: str, phrase: str, trigger: str, source: str = "setting", **fields):
    start = text.index(phrase)
    values = {"certainty": "planned", "extra": {"kind": "general"}, "place": _TOWN, **fields}
    return EventCandidate(
        title=phrase,
        summary=text,
        quote=phrase,
        start=start,
        end=start + len(phrase),
        trigger=trigger,
        provenance={"place": {"source": source}},
        **values,
    )


def test_an_effect_a_plan_would_have_is_no_happening_though_the_setting_places_it(nlp):  # noqa: F811
    text = "Supporters said the bypass plan would give drivers a quicker route."
    event = prospect(text, "the bypass plan would give drivers a quicker route", "give")

    assert foreseen_effect(event, nlp(text))


def test_an_effect_under_the_dateline_is_no_happening(nlp):  # noqa: F811
    text = "The mayor said small savings like these will shield the budget from deeper cuts."
    event = prospect(
        text, "small savings like these will shield the budget", "shield", source="dateline"
    )

    assert foreseen_effect(event, nlp(text))


def test_a_thing_told_by_a_relative_word_is_judged_by_its_noun(nlp):  # noqa: F811
    text = "The extra money, which is expected to reach the schools, pays for tutors."
    event = prospect(text, "which is expected to reach the schools", "reach", certainty="expected")

    assert foreseen_effect(event, nlp(text))


def test_a_plan_of_a_body_that_can_act_is_kept(nlp):  # noqa: F811
    text = "Officials said the council will give drivers a quicker route."
    event = prospect(text, "the council will give drivers a quicker route", "give")

    assert not foreseen_effect(event, nlp(text))


def test_a_plan_of_people_named_by_a_role_is_kept(nlp):  # noqa: F811
    text = "The coach said the players will give the fans a better season."
    event = prospect(text, "the players will give the fans a better season", "give")

    assert not foreseen_effect(event, nlp(text))


def test_a_thing_undergoing_a_deed_is_kept(nlp):  # noqa: F811
    text = "The director said the fee schedule will be revised."
    event = prospect(text, "the fee schedule will be revised", "revise")

    assert not foreseen_effect(event, nlp(text))


def test_a_happening_a_thing_names_that_begins_or_goes_on_is_kept(nlp):  # noqa: F811
    text = "The engineer said the repair work would begin within a month."
    event = prospect(text, "the repair work would begin within a month", "begin")

    assert not foreseen_effect(event, nlp(text))


def test_a_place_in_its_own_sentence_keeps_it(nlp):  # noqa: F811
    text = "Supporters said the bypass plan would give drivers in Ostberg a quicker route."
    event = prospect(
        text, "the bypass plan would give drivers in Ostberg a quicker route", "give", "clause"
    )

    assert not foreseen_effect(event, nlp(text))


def test_a_deed_told_as_done_by_a_thing_is_kept(nlp):  # noqa: F811
    text = "Witnesses said the flood gave the town a week of work."
    event = prospect(text, "the flood gave the town a week of work", "give", certainty="occurred")

    assert not foreseen_effect(event, nlp(text))


def test_a_place_named_by_its_kind_acts_as_its_government(nlp):  # noqa: F811
    text = "The judge ruled that the county will pay the legal fees."
    event = prospect(text, "the county will pay the legal fees", "pay", source="dateline")

    assert not foreseen_effect(event, nlp(text))


def test_a_forecast_of_a_happening_noun_is_kept(nlp):  # noqa: F811
    text = "Forecasters said the storm will bring the valley a foot of snow."
    event = prospect(text, "the storm will bring the valley a foot of snow", "bring")

    assert not foreseen_effect(event, nlp(text))


def test_a_body_the_story_named_then_called_by_its_kind_is_a_party(nlp):  # noqa: F811
    text = (
        "The Ostberg Art Museum bought a painting by an old master. "
        "The museum will hang the painting in its main hall, the director said."
    )
    event = prospect(text, "The museum will hang the painting in its main hall", "hang")

    assert not foreseen_effect(event, nlp(text))
