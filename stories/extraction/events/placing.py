"""Where an event happened when its own clause names no place: the story's context.

A clause that states a place (a locative phrase, a venue) has decided (events.places). Otherwise
two clues from around it, each weaker than a stated place and recorded with its confidence in
the event's provenance:

- the place carried from the sentence before in the same paragraph: narration stays where it
  was until it says it moves ("The fire broke out in X. Crews fought it for hours.");
- the dateline: the place the reporter filed from, where the events the story witnesses
  happened. It is the default for the story's own days only; a background event (a summit
  years ago) did not happen where today's reporter stands.

An event with neither keeps no place rather than borrowing a random one.
"""

from __future__ import annotations

from dataclasses import replace

from stories.datelines import Dateline, find_dateline
from stories.extraction.events.schedules import city_spans
from stories.extraction.mentions import EventCandidate, PlaceMention

STATED_CONFIDENCE = {"clause": 0.9, "relative": 0.8}
SENTENCE_CONFIDENCE = 0.7
CARRIED_CONFIDENCE = 0.6
DATELINE_CONFIDENCE = 0.5
_WITNESSED = frozenset({"occurred", "ongoing"})


def with_context_cities(text: str, places: list[PlaceMention]) -> list[PlaceMention]:
    """The recognizers' places plus the cities of the dateline and of schedule lines when they
    missed them ("BUFFALO, N.Y. (AP) —", "June 19 – Charlotte, NC @ …": no sentence around
    them, so NER often does), to be resolved with the others."""
    spans = list(city_spans(text))
    dateline = find_dateline(text)
    if dateline is not None:
        spans.append((dateline.city_start, dateline.city_end))
    added = [
        PlaceMention(text=text[start:end], start=start, end=end, kind="city", specificity=3)
        for start, end in spans
        if not any(p.start < end and start < p.end for p in places)
    ]
    return sorted([*places, *added], key=lambda p: p.start) if added else places


def dateline_place(dateline: Dateline | None, places: list[PlaceMention]) -> PlaceMention | None:
    """The resolved place mention the dateline's city is, if any."""
    if dateline is None:
        return None
    for place in places:
        if place.start < dateline.city_end and dateline.city_start < place.end:
            return place if place.latitude is not None else None
    return None


def place_from_context(
    candidates: list[EventCandidate],
    *,
    paragraph_of: dict[int, int],
    sentence_of: dict[int, int],
    elsewhere: set[int],
    dateline: PlaceMention | None,
    located: dict[int, tuple[int, PlaceMention]] | None = None,
) -> list[EventCandidate]:
    """Fill the place of unplaced events from the sentence before (same paragraph), then from
    the dateline. `paragraph_of`/`sentence_of` give each candidate's (by start offset)
    paragraph and sentence numbers; `elsewhere` the sentences that name a place other than the
    dateline's, whose events the dateline does not place (a story filed in Seoul about a train
    "bound for Russia" did not happen in Seoul)."""
    result: list[EventCandidate] = []
    last: tuple[int, int, PlaceMention] | None = None  # paragraph, sentence, stated place
    for candidate in candidates:
        paragraph = paragraph_of.get(candidate.start, -1)
        sentence = sentence_of.get(candidate.start, -1)
        if candidate.place is not None:
            if candidate.provenance.get("place", {}).get("source") in STATED_CONFIDENCE:
                last = (paragraph, sentence, candidate.place)
            result.append(candidate)
            continue
        if candidate.background:
            result.append(candidate)
            continue
        if sentence in located:
            place = located[sentence][1]
            result.append(_placed(candidate, place, "sentence", SENTENCE_CONFIDENCE))
            continue
        if last is not None and last[0] == paragraph and sentence - last[1] in (0, 1):
            result.append(_placed(candidate, last[2], "previous sentence", CARRIED_CONFIDENCE))
            last = (paragraph, sentence, last[2])
            continue
        before = located.get(sentence - 1)
        if before is not None and before[0] == paragraph:
            result.append(_placed(candidate, before[1], "previous sentence", CARRIED_CONFIDENCE))
            continue
        witnessed = candidate.certainty in _WITNESSED and sentence not in elsewhere
        if dateline is not None and witnessed:
            result.append(_placed(candidate, dateline, "dateline", DATELINE_CONFIDENCE))
            continue
        result.append(candidate)
    return result


def _placed(
    candidate: EventCandidate, place: PlaceMention, source: str, confidence: float
) -> EventCandidate:
    provenance = {
        **candidate.provenance,
        "place": {"source": source, "confidence": confidence, "text": place.text},
    }
    return replace(candidate, place=place, provenance=provenance)
