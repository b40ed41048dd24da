"""Which second view folds does not depend on the order the events come in
(events.second_views.fold_second_views): the verb events' drops are decided first, and a noun
folds only into a survivor. Invented sentence, events built by hand."""

import datetime as dt

from stories.extraction.events.second_views import fold_second_views
from stories.extraction.mentions import EventCandidate
from stories.extraction.nlp import get_nlp

TEXT = "A clerk was shot in Norfield when Tom Lee answered the call."


def _event(words: str, trigger: str, kind: str, **fields) -> EventCandidate:
    start = TEXT.index(words)
    return EventCandidate(
        title=words,
        summary=words,
        quote=words,
        start=start,
        end=start + len(words),
        trigger=trigger,
        certainty="occurred",
        extra={"kind": kind},
        **fields,
    )


def _events() -> list[EventCandidate]:
    shot = _event("A clerk was shot", "shoot", "attack")
    answered = _event("Tom Lee answered the call", "answer call", "general")
    call = _event(
        "the call",
        "call",
        "noun",
        date_start=dt.date(2023, 9, 8),
        provenance={"date": {"source": "clause"}},
    )
    return [shot, answered, call]


def test_a_noun_never_folds_into_a_verb_event_that_itself_folds_whatever_the_order():
    doc = get_nlp()(TEXT)
    events = _events()

    forward = fold_second_views(events, doc)
    backward = fold_second_views(list(reversed(events)), doc)

    assert {e.trigger for e in forward} == {e.trigger for e in backward} == {"shoot", "call"}
