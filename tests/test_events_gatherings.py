"""A person's say at a gathering the story names folds into the gathering (events.gatherings).

Short sentences written for these tests, run through the whole clause reader, then the fold.
"""

from stories.extraction.events.gatherings import fold_talk_at_gatherings
from stories.extraction.mentions import EventCandidate
from tests.test_events import events_of, nlp  # noqa: F401 (nlp is a fixture)

_LEAD = "Acme Corp. opened a plant in Lyon on Monday. "


def folded(nlp, text: str) -> list[EventCandidate]:  # noqa: F811
    return fold_talk_at_gatherings(events_of(nlp, text), nlp(text))


def by_trigger(events: list[EventCandidate], trigger: str) -> EventCandidate | None:
    return next((e for e in events if e.trigger == trigger), None)


def test_a_talk_at_a_dated_gathering_folds_into_the_gathering(nlp):  # noqa: F811
    text = _LEAD + "At a hearing on Tuesday, the mayor argued for a new bridge."

    events = folded(nlp, text)
    hearing = by_trigger(events, "hearing")
    assert hearing is not None
    assert by_trigger(events, "argue") is None
    assert "argued for a new bridge" in hearing.quote


def test_a_speaker_at_an_owned_gathering_folds_into_it(nlp):  # noqa: F811
    text = _LEAD + "Ana Ruiz spoke at Tuesday's funeral for the miners."

    triggers = [e.trigger for e in folded(nlp, text)]
    assert "speak" in [e.trigger for e in events_of(nlp, text)]
    assert "speak" not in triggers
    assert "funeral" in triggers


def test_a_deed_done_to_someone_at_a_gathering_stays_its_own(nlp):  # noqa: F811
    text = _LEAD + "Ana Ruiz was honored at Tuesday's funeral for the miners."

    assert [e.trigger for e in folded(nlp, text)] == ["open", "honor", "funeral"]


def test_a_talk_at_a_bare_gathering_is_left_alone(nlp):  # noqa: F811
    text = _LEAD + "Ana Ruiz spoke at a funeral for the miners."

    before = [e.trigger for e in events_of(nlp, text)]
    assert [e.trigger for e in folded(nlp, text)] == before
