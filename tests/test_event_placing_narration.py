"""The home of who acted carries to the next sentence, as a stated place does, unless that
sentence names a place outside it (events.placing, events.narration).

Short texts written for these tests. Places arrive resolved (with coordinates), as
analyse_text hands them to event extraction.
"""

import pytest

from stories.extraction.events import extract_events
from stories.extraction.mentions import EventCandidate, PersonMention, PlaceMention
from stories.extraction.nlp import get_nlp
from stories.extraction.times import TimeMention
from tests.test_events import PUBLISHED, TIMES, _spans

# name: kind, specificity, country, latitude, longitude
PLACES = {
    "LYON": ("city", 3, "FR", 45.75, 4.85),
    "Lyon": ("city", 3, "FR", 45.75, 4.85),
    "Bergen": ("city", 3, "NO", 60.39, 5.32),
    "Paris": ("city", 3, "FR", 48.85, 2.35),
    "Norland": ("country", 1, "NO", 61.0, 9.0),
    "Sudland": ("country", 1, "SE", 62.0, 15.0),
}


@pytest.fixture(scope="module")
def nlp():
    return get_nlp()


def placed_events(nlp, text: str, people: tuple[str, ...] = ()) -> list[EventCandidate]:
    """The events of `text`, every name of PLACES in it a resolved place and every form in
    `people` a person."""
    places = sorted(
        (
            PlaceMention(name, start, start + len(name), name.title(), *PLACES[name])
            for name in PLACES
            for start, _ in _spans(text, name)
        ),
        key=lambda p: p.start,
    )
    persons = [
        PersonMention(form, start, end, form)
        for form in people
        for start, end in _spans(text, form)
    ]
    times = []
    for phrase, (value, precision) in TIMES.items():
        for _start, end in _spans(text, phrase):
            words = phrase.split(" ", 1)[-1]
            times.append(TimeMention(words, end - len(words), end, "DATE", value, precision))
    return extract_events(
        nlp(text),
        times=sorted(times, key=lambda t: t.start),
        places=places,
        people=persons,
        published=PUBLISHED,
    )


def event_with(events: list[EventCandidate], trigger: str) -> EventCandidate:
    return next(e for e in events if e.trigger == trigger)


def where(event: EventCandidate) -> tuple[str | None, str | None]:
    source = (event.provenance.get("place") or {}).get("source")
    return (event.place.name if event.place else None, source)


def test_the_home_of_who_acted_carries_to_the_next_sentence(nlp):
    text = (
        "A storm hit Bergen and Paris on Sunday.\n\n"
        "The Sudland government extended the licence on Monday. "
        "The licence will expire in July."
    )

    expire = event_with(placed_events(nlp, text), "expire")

    assert where(expire) == ("Sudland", "previous sentence")


def test_the_home_of_who_acted_does_not_carry_to_a_sentence_naming_another_country(nlp):
    text = (
        "A storm hit Bergen and Paris on Sunday.\n\n"
        "The Sudland government extended the licence on Monday. "
        "Norland and Paris officials rejected the licence on Tuesday."
    )

    reject = event_with(placed_events(nlp, text), "reject")

    assert where(reject)[0] != "Sudland"
