"""One happening told by a deed and a noun or verb inside it (events.within).

Short sentences written for these tests; mentions come as the recognizers deliver them (see
tests/test_events.py).
"""

import datetime as dt

from stories.extraction.events.within import fold_told_within
from stories.extraction.mentions import EventCandidate
from tests.test_events import event_triggers, events_of, nlp  # noqa: F401 (nlp is a fixture)

_LEAD = "Acme Corp. opened a plant in Lyon on Monday. "


def test_a_noun_the_deed_acted_on_folds_into_the_deed(nlp):  # noqa: F811
    text = (
        _LEAD + "On Tuesday prosecutors in Norland dropped an investigation into the fraud claim."
    )

    triggers = event_triggers(nlp, text)
    assert "drop" in triggers
    assert "investigation" not in triggers


def test_a_noun_the_deed_took_place_at_folds_into_the_deed(nlp):  # noqa: F811
    text = _LEAD + "The mayor of Brindle was assassinated at a peace rally on Friday."

    triggers = event_triggers(nlp, text)
    assert "assassinate" in triggers
    assert "rally" not in triggers


def test_a_noun_with_a_doer_of_its_own_stands_alone(nlp):  # noqa: F811
    text = _LEAD + "Tom Reed attributed the rally in bank stocks to the Supreme Court's ruling."

    assert "ruling" in event_triggers(nlp, text)


def test_a_verb_saying_a_named_happening_took_place_folds_into_it(nlp):  # noqa: F811
    text = _LEAD + "Acme's listing ceremony is due to be held at the Lyon exchange on Friday."

    events = events_of(nlp, text)
    triggers = [e.trigger for e in events]
    assert "ceremony" in triggers
    assert "hold" not in triggers


def test_the_noun_takes_the_date_of_the_verb_that_said_it_took_place(nlp):  # noqa: F811
    text = _LEAD + "Acme's listing ceremony took place at the Lyon exchange on Friday."

    events = events_of(nlp, text)
    assert [e.trigger for e in events] == ["open", "ceremony"]
    assert events[1].date_start == dt.date(2024, 3, 8)


def test_occurred_after_a_deed_told_of_its_subject_folds_into_the_deed(nlp):  # noqa: F811
    text = _LEAD + "Police said a shooting that wounded two guards occurred after a quarrel."

    triggers = event_triggers(nlp, text)
    assert "occur" not in triggers
    assert "wound" in triggers


def test_a_noun_whose_own_participle_tells_the_deed_folds_into_it(nlp):  # noqa: F811
    text = "Inspectors kept to the May 3 accord signed by Tom Reed and Ana Ruiz."
    doc = nlp(text)
    noun = _event(text, "the May 3 accord signed by Tom Reed and Ana Ruiz", "accord", "noun")
    deed = _event(text, "signed by Tom Reed and Ana Ruiz", "sign", "verb")

    assert fold_told_within([noun, deed], doc) == [deed]


def _event(text: str, quote: str, trigger: str, kind: str) -> EventCandidate:
    start = text.index(quote)
    return EventCandidate(
        title=trigger,
        summary="",
        quote=quote,
        start=start,
        end=start + len(quote),
        trigger=trigger,
        certainty="occurred",
        date_start=dt.date(2024, 5, 3),
        date_precision="day",
        provenance={"date": {"source": "clause"}},
        extra={"kind": kind},
    )
