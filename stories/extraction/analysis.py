"""One article's text in, everything extraction finds out: places, people, times, events.

Pure: no database. `manage.py extract` prints it as JSON; `store.write_analysis` writes it.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace

from stories.extraction.district_names import whole_district_names
from stories.extraction.entities import find_people, find_places, specificity
from stories.extraction.events.clauses import extract_events
from stories.extraction.events.gatherings import fold_talk_at_gatherings
from stories.extraction.events.placing import with_context_cities
from stories.extraction.events.whole_telling import reach_whole_telling
from stories.extraction.mentions import EventCandidate, PersonMention, PlaceMention
from stories.extraction.nlp import get_nlp
from stories.extraction.roads import scene_places
from stories.extraction.times.calendar import usable_anchor
from stories.extraction.times.find import TimeMention, find_times
from stories.extraction.vehicle_models import without_cars
from stories.geocoding.defaults import get_gazetteer
from stories.geocoding.disambiguation import resolve_mentions


@dataclass(frozen=True)
class Analysis:
    text: str
    published: dt.date | None
    places: list[PlaceMention]
    people: list[PersonMention]
    times: list[TimeMention]
    events: list[EventCandidate]


def analyse_text(text: str, *, published: dt.date | None) -> Analysis:
    """Run the whole extraction over a clean article text.

    Places are resolved in context right away (the offline gazetteer is fast and the article's
    own words are the best evidence), so events can pick the most specific place of a clause.
    """
    published = usable_anchor(published)
    gazetteer = get_gazetteer()
    doc = get_nlp()(text)
    recognised = without_cars(text, find_places(doc, gazetteer))
    found = with_context_cities(text, whole_district_names(text, recognised, gazetteer))
    places = resolve_in_context(text, found, published=published)
    people = find_people(doc, places, gazetteer)
    times = find_times(text, published=published, doc=doc)
    scenes = scene_places(text, places)
    events = extract_events(doc, times=times, places=scenes, people=people, published=published)
    events = fold_talk_at_gatherings(reach_whole_telling(events, doc), doc)
    return Analysis(text, published, places, people, times, events)


def resolve_in_context(
    text: str, places: list[PlaceMention], *, published: dt.date | None
) -> list[PlaceMention]:
    """Fill each place mention with the gazetteer entry the article's context points to."""
    if not places:
        return []
    resolutions = resolve_mentions(
        text,
        [(p.start, p.end) for p in places],
        gazetteer=get_gazetteer(),
        published=published,
    )
    resolved = []
    for mention, resolution in zip(places, resolutions, strict=True):
        if resolution.latitude is None:
            resolved.append(replace(mention, resolution=resolution))
            continue
        kind = resolution.kind or mention.kind
        resolved.append(
            replace(
                mention,
                name=resolution.name or mention.name,
                kind=kind,
                specificity=specificity(kind),
                country_code=resolution.country_code or mention.country_code,
                latitude=resolution.latitude,
                longitude=resolution.longitude,
                geonames_id=resolution.geonames_id,
                confidence=resolution.confidence,
                resolution=resolution,
            )
        )
    return resolved
