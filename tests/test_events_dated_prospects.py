"""The writer's own "could", "may" or "might" on a verb outside the lexicon is commentary
("the deal could reshape the market"), unless the clause gives the happening a time of its own
still to come ("could finalize the pact within the next few weeks"): then it is a prospect the
story reports, speculated (events.dated_prospects)."""

import datetime

from stories.extraction.analysis import analyse_text

_LEAD = "The border talks broke down on Monday. Both sides blamed each other.\n\n"
_PUBLISHED = datetime.date(2023, 9, 12)


def _events(sentence: str) -> dict[str, str]:
    analysis = analyse_text(_LEAD + sentence, published=_PUBLISHED)
    return {e.trigger: e.certainty for e in analysis.events}


def test_could_with_a_month_to_come_is_a_speculated_prospect():
    events = _events("The two councils could finalize the pact next month.")
    assert events.get("finalize") == "speculated"


def test_might_with_a_day_to_come_is_a_speculated_prospect():
    events = _events("The Velton ferry company might overhaul its timetable next week.")
    assert events.get("overhaul") == "speculated"


def test_could_without_a_time_is_still_commentary():
    events = _events("The two councils could finalize the pact.")
    assert "finalize" not in events


def test_could_of_an_ability_is_still_commentary():
    events = _events("Visitors could enjoy the lights of the harbour every evening.")
    assert "enjoy" not in events


def test_may_of_a_permission_to_anyone_is_no_prospect():
    events = _events("Any runner who wins a heat may advance to the final next month.")
    assert "advance" not in events


def test_could_with_an_open_time_adverb_is_still_commentary():
    events = _events("The two councils could ultimately finalize the pact next month.")
    assert "finalize" not in events


def test_a_change_of_amount_to_come_is_still_commentary():
    # "prices could climb next year" forecasts a trend (deed_marks.a_trend), no happening.
    events = _events("Fuel prices could climb sharply next year.")
    assert "climb" not in events
