"""A country or region narrowed to the one finer place its sentence names inside it.

News often states a happening at two scales in one sentence: "the last outbreak in Norland
was in 2009, when several people died in the town of X in Y province". The country is a frame;
the town is where it happened. An event placed in a country or a first-level division whose
sentence names finer places that all lie inside it, nested in one another ("X in Y province"),
takes the finest of them, if only one place is that fine (the same one named twice counts
once). Places named apart ("cases in X and in Z") leave the frame as it is,
and so do places that only take part (a side, a subject, an object: events.placing's roles) or
only describe a thing ("a Bergen firm"): the finer place must be stated with a preposition.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable
from dataclasses import replace

from stories.extraction.events.setting import related, within
from stories.extraction.mentions import EventCandidate, PlaceMention

# Kinds a sentence may narrow: a country, a state or province, a region.
NARROWED_KINDS = frozenset({"country", "admin1", "region"})
# Places the event's own sentence gave it; a story-wide default (dateline, setting) is not
# narrowed by a sentence, which would have placed the event itself had it stated a location.
SENTENCE_SOURCES = frozenset({"clause", "relative", "owner", "home", "sentence"})


def narrow_places(
    events: list[EventCandidate],
    places: list[PlaceMention],
    starts: list[int],
    *,
    located: Callable[[PlaceMention], bool],
) -> list[EventCandidate]:
    """The events, each placed in a country or region taking the finest place its sentence
    names inside that one (when no other place is as fine). `starts` are the sentences' first
    offsets; `located` says whether a mention is named as a location, not as an actor."""
    by_sentence: dict[int, list[PlaceMention]] = {}
    for place in places:
        if place.latitude is not None and located(place):
            by_sentence.setdefault(bisect_right(starts, place.start) - 1, []).append(place)
    result = []
    for event in events:
        frame = event.place
        finer = None
        source = event.provenance.get("place", {}).get("source")
        if (
            frame is not None
            and frame.kind in NARROWED_KINDS
            and frame.latitude is not None
            and source in SENTENCE_SOURCES
        ):
            inside = [
                p
                for p in by_sentence.get(bisect_right(starts, event.start) - 1, [])
                if p.specificity > frame.specificity and within(p, frame)
            ]
            finest = [p for p in inside if p.specificity == max(q.specificity for q in inside)]
            if finest and all(related(a, b) for a in finest for b in finest):
                finer = finest[0]
        result.append(event if finer is None else narrowed(event, finer, frame))
    return result


def narrowed(event: EventCandidate, finer: PlaceMention, frame: PlaceMention) -> EventCandidate:
    """The event placed in the finer place, its provenance saying which wider one it narrows."""
    provenance = dict(event.provenance.get("place", {}))
    provenance.update(text=finer.text, narrowed_from=frame.text)
    return replace(event, place=finer, provenance={**event.provenance, "place": provenance})
