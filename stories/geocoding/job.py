"""The geocoding job: pin a story's places, the way an editor would, without undoing editors.

The chain, first answer wins:
1. a place an editor already confirmed elsewhere under the same name or alias;
2. the in-context resolution extraction stored on the place (the article's dateline, its other
   places, its own descriptions): the same answer `extract --json` and `resolve` give;
3. for a place extraction did not resolve, the offline gazetteer over each article that
   mentions it, with every place of that article as context (the same call extraction makes);
4. the online providers in settings.GEOCODERS, if any, for what is still unresolved.
An editor's coordinates are final: a place whose position is locked is never touched.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from enum import StrEnum

from django.db import transaction
from django.db.models import Q
from django.utils import timezone

from stories.geocoding.defaults import get_gazetteer, place_kind
from stories.geocoding.disambiguation import resolve_mentions
from stories.geocoding.merging import merge_places
from stories.geocoding.online import ProviderUnavailable, configured_geocoders
from stories.geocoding.places import normalize_name
from stories.geocoding.resolution import IN_CONTEXT_SOURCE, Resolution
from stories.models import Mention, Place


class Outcome(StrEnum):
    """What the job did with one place (the first three are also the place's new status)."""

    RESOLVED = "resolved"
    ESTIMATED = "estimated"
    UNRESOLVED = "unresolved"
    PENDING = "pending"  # an online provider was down: the place waits for the next run
    SKIPPED = "skipped"  # an editor's position, or another worker holds the place


@dataclass
class GeocodeReport:
    outcomes: dict[str, int] = field(default_factory=lambda: defaultdict(int))

    def summary(self) -> str:
        parts = [f"{n} {outcome}" for outcome, n in sorted(self.outcomes.items())]
        return "geocoded: " + (", ".join(parts) if parts else "nothing to do")


def places_to_geocode(*, retry_unresolved: bool = False, story_id: int | None = None):
    statuses = [Place.Status.PENDING]
    if retry_unresolved:
        statuses.append(Place.Status.UNRESOLVED)
    places = Place.objects.filter(status__in=statuses)
    if story_id is not None:
        places = places.filter(story_id=story_id)
    return places.order_by("pk")


def geocode_places(
    *,
    retry_unresolved: bool = False,
    story_id: int | None = None,
    on_progress: Callable[[int, str], None] | None = None,
) -> GeocodeReport:
    """Geocode every pending place (and unresolved ones when asked)."""
    report = GeocodeReport()
    online = configured_geocoders()
    ids = places_to_geocode(retry_unresolved=retry_unresolved, story_id=story_id)
    for place_id in list(ids.values_list("pk", flat=True)):
        outcome = geocode_place_by_id(place_id, online=online, retry_unresolved=retry_unresolved)
        report.outcomes[outcome] += 1
        if on_progress:
            on_progress(place_id, outcome)
    return report


def geocode_place_by_id(
    place_id: int, *, online: list | None = None, retry_unresolved: bool = False
) -> str:
    """Geocode one place under a row lock, so that concurrent workers split the work.

    A place another worker holds is skipped (it is being done); a place already done or merged
    away meanwhile is skipped too. A worker killed mid-way rolls back: the place stays pending.
    """
    with transaction.atomic():
        place = (
            places_to_geocode(retry_unresolved=retry_unresolved)
            .select_for_update(skip_locked=True)
            .filter(pk=place_id)
            .first()
        )
        if place is None:
            return Outcome.SKIPPED
        return geocode_place(place=place, online=online)


def geocode_place(*, place: Place, online: list | None = None) -> Outcome:
    """Pin one place and say what happened."""
    if place.position_locked or place.status == Place.Status.CONFIRMED:
        return Outcome.SKIPPED
    decision = _from_confirmed_place(place) or _from_context(place) or _from_gazetteer(place)
    if decision is None or decision.status == Outcome.UNRESOLVED:
        try:
            decision = _from_online(
                place, configured_geocoders() if online is None else online
            ) or (decision)
        except ProviderUnavailable as error:
            place.reason = f"online geocoder unavailable, will retry: {error}"
            place.save(update_fields=["reason"])
            return Outcome.PENDING
    with transaction.atomic():
        _apply(place, decision)
        status = Outcome(place.status)
        _merge_duplicate(place)
    return status


@dataclass
class Decision:
    status: str
    latitude: float | None = None
    longitude: float | None = None
    geonames_id: int | None = None
    name: str = ""
    kind: str = ""
    country_code: str = ""
    confidence: float = 0.0
    radius_km: float | None = None
    source: str = ""
    reason: str = ""
    candidates: list = field(default_factory=list)


def _from_confirmed_place(place: Place) -> Decision | None:
    key = normalize_name(place.name)
    confirmed = Place.objects.filter(status=Place.Status.CONFIRMED, latitude__isnull=False).exclude(
        pk=place.pk
    )
    for other in confirmed.filter(Q(name__iexact=place.name) | Q(aliases__icontains=place.name)):
        if key in {normalize_name(n) for n in [other.name, *other.aliases]}:
            return Decision(
                status=Place.Status.RESOLVED,
                latitude=other.latitude,
                longitude=other.longitude,
                geonames_id=other.geonames_id,
                kind=other.kind,
                country_code=other.country_code,
                confidence=0.95,
                source="editor-confirmed place",
                reason=f"an editor confirmed “{other.name}” in {other.story}",
            )
    return None


def _from_context(place: Place) -> Decision | None:
    """The resolution extraction made in the article's context and stored on the place."""
    if place.geocoding_source != IN_CONTEXT_SOURCE or place.latitude is None:
        return None
    return Decision(
        status=Place.Status.ESTIMATED if place.radius_km else Place.Status.RESOLVED,
        latitude=place.latitude,
        longitude=place.longitude,
        geonames_id=place.geonames_id,
        confidence=place.confidence or 0.0,
        radius_km=place.radius_km,
        source=IN_CONTEXT_SOURCE,
        reason=place.reason,
        candidates=place.candidates,
    )


def _from_gazetteer(place: Place) -> Decision | None:
    """Resolve each article's mentions with all of that article's places as context (the call
    extraction makes, so both agree), and let the articles vote."""
    mentions = list(Mention.objects.filter(place=place).select_related("article"))
    if not mentions:
        return None
    by_article: dict[int, list[Mention]] = defaultdict(list)
    for mention in mentions:
        by_article[mention.article_id].append(mention)
    votes: dict[tuple, list[Resolution]] = defaultdict(list)
    for group in by_article.values():
        article = group[0].article
        spans = list(
            Mention.objects.filter(article=article).order_by("start").values_list("start", "end")
        )
        resolutions = resolve_mentions(
            article.text, spans, gazetteer=get_gazetteer(), published=None
        )
        own = {(m.start, m.end) for m in group}
        for span, resolution in zip(spans, resolutions, strict=True):
            if span not in own:
                continue
            key = (resolution.geonames_id, resolution.latitude, resolution.longitude)
            votes[key].append(resolution)
    best = max(votes.values(), key=lambda rs: (sum(r.confidence for r in rs), len(rs)))
    chosen = max(best, key=lambda r: r.confidence)
    if chosen.status == Outcome.UNRESOLVED:
        return Decision(status=Place.Status.UNRESOLVED, reason=chosen.reason, source="gazetteer")
    agreeing = len(best)
    return Decision(
        status=chosen.status,
        latitude=chosen.latitude,
        longitude=chosen.longitude,
        geonames_id=chosen.geonames_id,
        name=chosen.name,
        kind=chosen.kind or "",
        country_code=chosen.country_code or "",
        confidence=chosen.confidence,
        radius_km=chosen.radius_km,
        source="offline gazetteer (GeoNames)",
        reason=f"{chosen.reason} ({agreeing} of {len(mentions)} mentions agree)",
        candidates=[asdict(c) for c in chosen.candidates[:8]],
    )


def _from_online(place: Place, online: list) -> Decision | None:
    query = place.name if not place.country_code else f"{place.name}, {place.country_code}"
    for provider in online:
        match = provider.lookup(query)
        if match:
            return Decision(
                status=Place.Status.RESOLVED,
                latitude=match.latitude,
                longitude=match.longitude,
                confidence=0.6,
                source=match.provider,
                reason=f"{match.provider} matched “{query}” to {match.name}",
            )
    return None


def _apply(place: Place, decision: Decision | None) -> None:
    if decision is None:
        decision = Decision(status=Place.Status.UNRESOLVED, reason="no mention to read")
    values: dict[str, object] = {
        "status": decision.status,
        "latitude": decision.latitude,
        "longitude": decision.longitude,
        "radius_km": decision.radius_km,
    }
    if decision.geonames_id:
        values["geonames_id"] = decision.geonames_id
    if decision.kind:
        values["kind"] = (
            decision.kind if decision.kind in Place.Kind.values else place_kind(decision.kind)
        )
    if decision.country_code:
        values["country_code"] = decision.country_code
    place.apply_pipeline_values(**values)
    place.confidence = decision.confidence
    place.geocoding_source = decision.source
    place.reason = decision.reason
    place.candidates = decision.candidates
    place.geocoded_at = timezone.now()
    place.save()


def _merge_duplicate(place: Place) -> None:
    """Two spellings of one place ("Norfield", a typo of it) become one place."""
    if not place.geonames_id or place.locked_fields:
        return
    twin = (
        Place.objects.filter(story=place.story, geonames_id=place.geonames_id)
        .exclude(pk=place.pk)
        .order_by("pk")
        .first()
    )
    if twin is not None:
        merge_places([twin, place], by_editor=False)
