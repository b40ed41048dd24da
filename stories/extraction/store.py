"""Writing an article's extraction to the database, idempotently and under editors' locks.

Re-running extraction (a changed article, `ingest --force`) updates what it made before and
nothing an editor touched: locked fields stay, a deleted event stays deleted (`DeletedEvent`),
and events reported by several versions of a story are one event with several sources.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass

from django.db import transaction

from stories.extraction.analysis import Analysis, analyse_text
from stories.extraction.entities import specificity
from stories.extraction.events.clauses import event_key, same_event
from stories.extraction.mentions import EventCandidate, PlaceMention
from stories.geocoding.defaults import place_kind
from stories.geocoding.places import normalize_name
from stories.models import Article, DeletedEvent, Event, EventSource, Mention, Person, Place


@dataclass(frozen=True)
class ExtractionReport:
    article_id: int
    story_id: int
    places: int
    events_created: int
    events_updated: int
    events_merged: int
    events_removed: int


def article_publication_date(article: Article):
    """The date relative expressions resolve against: the source's own publication day (its
    local day; an article stored before that was kept: the UTC date); None keeps them
    unresolved."""
    if article.published_at is None or article.published_source == Article.DateSource.UNKNOWN:
        return None
    return article.published_day or article.published_at.date()


def analyse_article(article: Article) -> Analysis:
    """What extraction finds in the article (spaCy and the gazetteer: slow, no database)."""
    return analyse_text(article.text, published=article_publication_date(article))


def is_analysis_of(analysis: Analysis, article: Article) -> bool:
    """Whether `analysis` was made from the article as it is now (text and publication date)."""
    return analysis.text == article.text and analysis.published == article_publication_date(article)


def extract_article(*, article: Article) -> ExtractionReport:
    """Analyse one article, then write its places, mentions, events and sources briefly."""
    return write_analysis(article, analyse_article(article))


def write_analysis(article: Article, analysis: Analysis) -> ExtractionReport:
    """Write what `analyse_article` found, in one short transaction."""
    with transaction.atomic():
        return _write(article, analysis)


def _write(article: Article, analysis: Analysis) -> ExtractionReport:
    places = _write_places(article, analysis.places)
    # Tombstones: a deleted event stays deleted; a merged-away one's reports go to the survivor.
    deleted = dict(
        DeletedEvent.objects.filter(story=article.story).values_list(
            "extraction_key", "merged_into_id"
        )
    )
    story_events = list(
        Event.objects.filter(story=article.story).select_related("place").prefetch_related("people")
    )
    by_key = {e.extraction_key: e for e in story_events if e.extraction_key}
    # Which articles report each event, read once: asked for every candidate against every event.
    reporters: dict[int, set[int]] = defaultdict(set)
    for event_id, article_id in EventSource.objects.filter(event__story=article.story).values_list(
        "event_id", "article_id"
    ):
        reporters[event_id].add(article_id)
    only_this = {article.pk}
    kept_sources: set[int] = set()
    counts = {"created": 0, "updated": 0, "merged": 0}
    inferred = article.published_source == Article.DateSource.INFERRED
    for candidate in analysis.events:
        key = event_key(candidate)
        place = _event_place(article, candidate.place, places)
        if key in deleted:
            # Deleted by an editor: gone. Merged by an editor: its reports go to the survivor.
            event = next((e for e in story_events if e.pk == deleted[key]), None)
            if event is None:
                continue
        elif key in by_key and (
            target := _rejoin_target(by_key[key], candidate, story_events, reporters, only_this)
        ):
            # Re-extracted, it is now recognisably another version's event: one event again.
            event = target
            counts["merged"] += _fill_gaps(event, candidate, place)
        elif key in by_key:
            event = by_key[key]
            others_report_it = reporters[event.pk] != only_this
            counts["updated"] += _update_event(event, candidate, place, inferred, others_report_it)
        elif (event := _merge_target(candidate, story_events, reporters, only_this)) is not None:
            counts["merged"] += _fill_gaps(event, candidate, place)
        else:
            event = _create_event(article, candidate, key, place, inferred)
            story_events.append(event)
            by_key[key] = event
            reporters[event.pk] = set(only_this)
            counts["created"] += 1
        source, _ = EventSource.objects.update_or_create(
            event=event,
            article=article,
            start=candidate.start,
            defaults={"end": candidate.end, "quote": candidate.quote},
        )
        kept_sources.add(source.pk)
    removed = _remove_stale(article, kept_sources)
    return ExtractionReport(
        article_id=article.pk,
        story_id=article.story_id,
        places=len(set(places.values())),
        events_created=counts["created"],
        events_updated=counts["updated"],
        events_merged=counts["merged"],
        events_removed=removed,
    )


def _write_places(article: Article, mentions: list[PlaceMention]) -> dict[int, Place]:
    """Find or create the story's Place for each mention; replace the article's mentions.

    A mention joins the place its in-context resolution names (same GeoNames entry), or a place
    of the same name that does not contradict it; a new place stores that resolution once, and
    the geocoding job keeps it (see `geocoding.job`).
    """
    story_places = list(Place.objects.filter(story=article.story))
    by_geonames = {p.geonames_id: p for p in story_places if p.geonames_id}
    by_name: dict[str, list[Place]] = {}
    for place in story_places:
        for name in [place.name, *place.aliases]:
            by_name.setdefault(normalize_name(name), []).append(place)
    result: dict[int, Place] = {}
    for mention in mentions:
        place = (by_geonames.get(mention.geonames_id) if mention.geonames_id else None) or next(
            (
                p
                for key in (normalize_name(mention.name), normalize_name(mention.text))
                for p in by_name.get(key, ())
                if _agrees(p, mention)
            ),
            None,
        )
        if place is None:
            place = _new_place(article, mention)
            if mention.geonames_id:
                by_geonames[mention.geonames_id] = place
            by_name.setdefault(normalize_name(place.name), []).append(place)
        _store_resolution(place, mention)
        if mention.text != place.name and mention.text not in place.aliases:
            if not place.is_locked("aliases"):
                place.aliases = [*place.aliases, mention.text]
                place.save(update_fields=["aliases"])
            by_name.setdefault(normalize_name(mention.text), []).append(place)
        result[mention.start] = place
    Mention.objects.filter(article=article).delete()
    Mention.objects.bulk_create(
        Mention(place=result[m.start], article=article, text=m.text[:200], start=m.start, end=m.end)
        for m in mentions
    )
    return result


def _event_place(
    article: Article, mention: PlaceMention | None, places: dict[int, Place]
) -> Place | None:
    """The story's Place for an event's place: its mention's, or, for a place no mention of
    the text names (a national body's seat, events.seats), the story's place with that
    GeoNames entry, made with the resolution extraction gave it when the story has none."""
    if mention is None:
        return None
    if mention.start in places:
        return places[mention.start]
    if mention.geonames_id is None or mention.latitude is None:
        return None
    place = Place.objects.filter(story=article.story, geonames_id=mention.geonames_id).first()
    if place is None:
        place = _new_place(article, mention)
        _store_resolution(place, mention)
    places[mention.start] = place
    return place


def _new_place(article: Article, mention: PlaceMention) -> Place:
    return Place.objects.create(
        story=article.story,
        name=mention.name or mention.text,
        kind=place_kind(mention.kind),
        country_code=mention.country_code,
    )


def _agrees(place: Place, mention: PlaceMention) -> bool:
    """May this mention join a same-name place? Not when both are pinned to different spots,
    unless an editor set the place's position (an editor's reading of the name wins)."""
    if place.position_locked or place.status == Place.Status.CONFIRMED:
        return True
    if mention.latitude is None or place.latitude is None:
        return True
    if mention.geonames_id and place.geonames_id:
        return mention.geonames_id == place.geonames_id
    return (place.latitude, place.longitude) == (mention.latitude, mention.longitude)


def _store_resolution(place: Place, mention: PlaceMention) -> None:
    """Keep the mention's in-context resolution on a place nothing has pinned yet."""
    if mention.resolution is None or place.latitude is not None or place.position_locked:
        return
    changed = place.apply_pipeline_values(**mention.resolution.as_place_values())
    if changed:
        place.save(update_fields=changed)


def _values(candidate: EventCandidate, place: Place | None, inferred: bool) -> dict[str, object]:
    return {
        "title": candidate.title[:300],
        "summary": candidate.summary,
        "date_start": candidate.date_start,
        "date_end": candidate.date_end,
        "date_precision": candidate.date_precision,
        "certainty": candidate.certainty,
        "place": place,
        # Inferred: resting on an inferred publication date, or dated by the narrative
        # (sentence, paragraph or the lead's publication day) rather than by its own words.
        "date_inferred": candidate.date_start is not None
        and ((inferred and is_relative(candidate)) or bool(candidate.extra.get("date_inferred"))),
        "trigger": candidate.trigger[:50],
        "background": candidate.background,
        "provenance": candidate.provenance,
    }


_YEAR = re.compile(r"\b\d{4}\b")


def is_relative(candidate: EventCandidate) -> bool:
    """Did the date need the publication date? "on Tuesday" did; "in 2019" did not."""
    return not _YEAR.search(candidate.date_text)


def _set_people(event: Event, candidate: EventCandidate) -> None:
    if event.is_locked("people"):
        return
    people = [Person.objects.get_or_create(name=name[:200])[0] for name in candidate.people]
    if {p.pk for p in people} != {p.pk for p in event.people.all()}:
        event.people.set(people)


def _create_event(
    article: Article, candidate: EventCandidate, key: str, place: Place | None, inferred: bool
) -> Event:
    event = Event(story=article.story, extraction_key=key)
    event.apply_pipeline_values(**_values(candidate, place, inferred))
    event.save()
    _set_people(event, candidate)
    return event


def _update_event(
    event: Event,
    candidate: EventCandidate,
    place: Place | None,
    inferred: bool,
    others_report_it: bool,
) -> int:
    values = _values(candidate, place, inferred)
    if others_report_it:
        # Another version filled in what this one lacks: a gap here must not erase it.
        if place is None:
            del values["place"]
        if candidate.date_start is None:
            for key in ("date_start", "date_end", "date_precision", "date_inferred"):
                del values[key]
    changed = event.apply_pipeline_values(**values)
    if changed:
        event.save()
    _set_people(event, candidate)
    return int(bool(changed))


def _as_candidate(event: Event, *, scaled: bool = False) -> EventCandidate:
    """An existing event seen as a candidate, to ask `same_event` about a new report. Only
    when `scaled` is its place seen on the map, where a city lies in its state or country;
    otherwise only a place of the same name agrees with it."""
    place = event.place
    return EventCandidate(
        title=event.title,
        summary=event.summary,
        quote=event.summary,
        start=0,
        end=0,
        trigger=event.trigger,
        certainty=event.certainty,
        date_start=event.date_start,
        date_end=event.date_end,
        date_precision=event.date_precision,
        place=(_as_mention(place) if scaled else _named(place)) if place else None,
        people=tuple(p.name for p in event.people.all()),
        background=event.background,
    )


def _named(place: Place) -> PlaceMention:
    return PlaceMention(text=place.name, start=0, end=0, name=place.name)


def _as_mention(place: Place) -> PlaceMention:
    """A stored place seen as a mention, pinned as the map has it."""
    return PlaceMention(
        text=place.name,
        start=0,
        end=0,
        name=place.name,
        kind=place.kind,
        specificity=specificity(place.kind),
        country_code=place.country_code,
        latitude=place.latitude,
        longitude=place.longitude,
        geonames_id=place.geonames_id,
    )


def _merge_target(
    candidate: EventCandidate,
    story_events: list[Event],
    reporters: dict[int, set[int]],
    only_this: set[int],
) -> Event | None:
    """An event another version of the story already reported, if this is the same one.

    Events drawn from this very article alone are not "another version" of it, unless an
    editor confirmed or edited one: then a rewrite of its report is still that event.
    """
    for event in story_events:
        if reporters[event.pk] == only_this and not event.locked_fields:
            continue
        # A report with the same word may place the happening at another scale ("Flight
        # breaks record" in Velton and in Norburg, its state); one with another word must name
        # the same place, or "Train stops in X" would fold into "Leader arrives in <X's country>".
        scaled = event.trigger == candidate.trigger
        if same_event(_as_candidate(event, scaled=scaled), candidate):
            return event
    return None


def _rejoin_target(
    event: Event,
    candidate: EventCandidate,
    story_events: list[Event],
    reporters: dict[int, set[int]],
    only_this: set[int],
) -> Event | None:
    """Another version's event that this article's own event turns out to be on re-extraction
    (a publication date learned since made both background), if any; never an edited one."""
    if reporters[event.pk] != only_this or event.locked_fields:
        return None
    return _merge_target(candidate, story_events, reporters, only_this)


def _fill_gaps(event: Event, candidate: EventCandidate, place: Place | None) -> int:
    """A second report may know what the first did not: a place, a date."""
    values: dict[str, object] = {}
    if event.place is None and place is not None:
        values["place"] = place
    if event.date_start is None and candidate.date_start is not None:
        values |= {
            "date_start": candidate.date_start,
            "date_end": candidate.date_end,
            "date_precision": candidate.date_precision,
        }
    changed = event.apply_pipeline_values(**values)
    if changed:
        event.save()
    return 1


def _remove_stale(article: Article, kept_sources: set[int]) -> int:
    """Drop what this article no longer reports; events left with no source and no editor's
    touch go too (an edited event stays for the editor to decide)."""
    stale = EventSource.objects.filter(article=article).exclude(pk__in=kept_sources)
    event_ids = set(stale.values_list("event_id", flat=True))
    stale.delete()
    orphans = Event.objects.filter(pk__in=event_ids, sources__isnull=True, locked_fields=[])
    removed = orphans.count()
    orphans.delete()
    return removed
