"""A body that is not a person, named with a town ("the Bergen company"), acts in that town: an
event whose clause names no place, given a wider place that holds the town (a country or region
carried from the sentence before, the story's setting), takes the town, and narration carried on
from that wider place in the paragraph goes on in the town.

Short texts written for these tests. Places arrive resolved, as in test_event_placing.
"""

from stories.extraction.events import place_rules
from tests.test_event_placing import event_with, nlp, placed_events, where  # noqa: F401

_OUTBREAK = (
    "Health officials in Norland confirmed 45 more cases of the illness on Monday. "
    "The Bergen company voluntarily recalled its products on Tuesday. "
    "Shipments were resumed on Friday."
)


def test_a_company_named_with_a_town_inside_the_carried_country_acts_in_the_town(nlp):  # noqa: F811
    recalled = event_with(placed_events(nlp, _OUTBREAK), "recall")

    assert where(recalled)[0] == "Bergen"


def test_narration_carried_on_from_the_country_goes_on_in_the_company_s_town(nlp):  # noqa: F811
    resumed = event_with(placed_events(nlp, _OUTBREAK), "resume")

    assert where(resumed)[0] == "Bergen"


def test_without_the_rule_the_carried_country_stands(nlp, monkeypatch):  # noqa: F811
    monkeypatch.setattr(place_rules, "ENABLED", place_rules.ENABLED - {"actor towns"})

    recalled = event_with(placed_events(nlp, _OUTBREAK), "recall")

    assert where(recalled) == ("Norland", "previous sentence")


def test_a_person_named_with_a_town_does_not_move_the_event_there(nlp):  # noqa: F811
    text = (
        "Health officials in Norland confirmed 45 more cases of the illness on Monday. "
        "A Bergen man was arrested on Tuesday."
    )

    arrested = event_with(placed_events(nlp, text), "arrest")

    assert where(arrested)[0] == "Norland"


def test_a_company_s_town_outside_the_carried_country_does_not_move_the_event(nlp):  # noqa: F811
    text = (
        "Health officials in Sudland confirmed 45 more cases of the illness on Monday. "
        "The Bergen company voluntarily recalled its products on Tuesday."
    )

    recalled = event_with(placed_events(nlp, text), "recall")

    assert where(recalled)[0] != "Bergen"


def test_a_new_paragraph_does_not_go_on_in_the_company_s_town(nlp):  # noqa: F811
    text = (
        "Health officials in Norland confirmed 45 more cases of the illness on Monday. "
        "The Bergen company voluntarily recalled its products on Tuesday.\n\n"
        "Officials in Norland closed two farms on Friday. Inspectors were sent on Saturday."
    )

    sent = event_with(placed_events(nlp, text), "send")

    assert where(sent)[0] == "Norland"


def test_a_sentence_with_a_new_acting_body_does_not_go_on_in_the_company_s_town(nlp):  # noqa: F811
    text = (
        "Health officials in Norland confirmed 45 more cases of the illness on Monday. "
        "The Bergen company voluntarily recalled its products on Tuesday. "
        "The state health department urged residents on Friday to throw the products away."
    )

    urged = event_with(placed_events(nlp, text), "urge")

    assert where(urged) == ("Norland", "previous sentence")


def test_a_sentence_with_no_acting_body_goes_on_in_the_company_s_town_with_its_clauses(nlp):  # noqa: F811
    text = (
        "Health officials in Norland confirmed 45 more cases of the illness on Monday. "
        "The Bergen company voluntarily recalled its products on Tuesday. "
        "Shipments were resumed after an inspection found no problems."
    )

    found = event_with(placed_events(nlp, text), "find")

    assert where(found)[0] == "Bergen"


def test_a_sentence_the_same_body_acts_in_goes_on_in_the_company_s_town(nlp):  # noqa: F811
    text = (
        "Health officials in Norland confirmed 45 more cases of the illness on Monday. "
        "The Bergen company voluntarily recalled its products on Tuesday. "
        "The company halted shipments on Friday."
    )

    halted = event_with(placed_events(nlp, text), "halt")

    assert where(halted)[0] == "Bergen"


def _after_the_recall(sentence: str) -> str:
    return (
        "Health officials in Norland confirmed 45 more cases of the illness on Monday. "
        f"The Bergen company voluntarily recalled its products on Tuesday. {sentence}"
    )


def test_the_body_s_own_spokeswoman_goes_on_in_the_company_s_town(nlp):  # noqa: F811
    text = _after_the_recall("A company spokeswoman said shipments were resumed on Friday.")

    resumed = event_with(placed_events(nlp, text), "resume")

    assert where(resumed)[0] == "Bergen"


def test_a_plain_synonym_of_the_company_goes_on_in_the_company_s_town(nlp):  # noqa: F811
    halted = event_with(
        placed_events(nlp, _after_the_recall("The firm halted shipments on Friday.")), "halt"
    )

    assert where(halted)[0] == "Bergen"


def test_the_body_s_own_workers_go_on_in_the_company_s_town(nlp):  # noqa: F811
    halted = event_with(
        placed_events(nlp, _after_the_recall("Its workers halted shipments on Friday.")), "halt"
    )

    assert where(halted)[0] == "Bergen"


def test_a_sports_team_named_with_a_town_does_not_move_the_event_there(nlp):  # noqa: F811
    text = (
        "Officials in Norland reported record heat on Monday. "
        "The Bergen team lost to Sudland on Sunday."
    )

    lost = event_with(placed_events(nlp, text), "lose")

    assert where(lost)[0] != "Bergen"
