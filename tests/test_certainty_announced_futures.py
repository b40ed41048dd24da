"""A future an announcement or a pledge tells with "would" is planned
(events.announced_futures).

The sentences are written for these tests.
"""

import datetime as dt

from tests.test_events import (  # noqa: F401 (nlp is a fixture)
    PUBLISHED,
    certainty_of_verb,
    events_of,
    nlp,
)

_DAYS_AHEAD = PUBLISHED + dt.timedelta(days=5)


def test_an_announced_would_with_a_day_ahead_is_planned(nlp):  # noqa: F811
    text = "The prime minister announced Ana Ruiz would be sworn in at Dalby on March 21."
    assert certainty_of_verb(nlp, text, "sworn", _DAYS_AHEAD) == "planned"


def test_a_pledged_would_is_planned(nlp):  # noqa: F811
    text = "The king assured him Norland would close its last free port to the rebels."
    assert certainty_of_verb(nlp, text, "close", None) == "planned"


def test_an_unannounced_would_with_a_day_ahead_stays_speculated(nlp):  # noqa: F811
    text = "Ideally Ana Ruiz would be sworn in at Dalby on March 21."
    assert certainty_of_verb(nlp, text, "sworn", _DAYS_AHEAD) == "speculated"


def test_a_would_a_hoping_verb_takes_is_not_announced(nlp):  # noqa: F811
    text = "The king hoped Norland would close its last free port to the rebels."
    assert certainty_of_verb(nlp, text, "close", None) != "planned"


def test_an_assured_future_is_the_planned_event_not_the_assurance(nlp):  # noqa: F811
    text = "Chief Orla Venn assured the council that the Dunmore depot would reopen."
    events = {e.trigger: e for e in events_of(nlp, text)}
    assert events["reopen"].certainty == "planned" and "assure" not in events
