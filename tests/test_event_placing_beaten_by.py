"""The winner named by "by" after a contest noun ("Norland's defeat by Sudland") is a side of
the contest, not a location: it does not move the sentence off the story's setting
(place_roles.place_role, sides.beaten_by).

Short texts written for these tests; places arrive resolved, as in test_event_placing.
"""

from stories.extraction.events import place_rules
from tests.test_event_placing import event_with, nlp, placed_events, where  # noqa: F401

_TEXT = (
    "LYON, France -- Police in Lyon arrested five activists on Monday, France's police said.\n\n"
    "The opposition has grown louder since France's defeat by Norland in a war last August "
    "and plans protests on April 9."
)


def test_a_sentence_naming_the_winner_of_a_defeat_keeps_the_story_s_setting(nlp):  # noqa: F811
    protests = event_with(placed_events(nlp, _TEXT), "protest")

    assert where(protests) == ("Lyon", "setting")


def test_without_the_sides_rule_the_winner_bars_the_setting(nlp, monkeypatch):  # noqa: F811
    monkeypatch.setattr(place_rules, "ENABLED", place_rules.ENABLED - {"sides"})

    protests = event_with(placed_events(nlp, _TEXT), "protest")

    assert protests.place is None or where(protests)[1] != "setting"
