"""A passive telling on a day by a named teller (events.passive_tellings).

Sentences written for these tests; mentions come from tests/test_events.py's helpers.
"""

from tests.extracting import with_trigger
from tests.test_events import events_of, nlp  # noqa: F401 (nlp is a fixture)


def test_a_named_person_told_on_a_day_by_a_named_teller_is_a_telling(nlp):  # noqa: F811
    text = "Tom Lee was told on Monday by Jane Doe that the board had lost faith in him."

    (telling,) = with_trigger(events_of(nlp, text), "tell")
    assert telling.date_start.isoformat() == "2024-03-04"


def test_an_undated_passive_telling_stays_a_frame(nlp):  # noqa: F811
    text = "Tom Lee was told by Jane Doe that the board had lost faith in him."

    assert not with_trigger(events_of(nlp, text), "tell")
