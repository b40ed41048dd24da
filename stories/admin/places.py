"""Places: positions on the map, which editors set by clicking, pick among candidates, or merge."""

from __future__ import annotations

from django.conf import settings
from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied
from django.db.models import Count, QuerySet
from django.shortcuts import get_object_or_404, redirect
from django.urls import path, reverse
from django.utils import timezone
from django.utils.decorators import method_decorator
from django.utils.html import format_html, format_html_join
from django.views.decorators.http import require_POST

from stories.admin.background import BackgroundJobsAdmin
from stories.admin.base import EditorLockingAdmin, needs_review_filter
from stories.admin.widgets import LineListField
from stories.geocoding.merging import MergeError, merge_places
from stories.models import Mention, Place
from stories.review import places_to_review
from stories.tasks import regeocode_places_task

#: What an editor's pin is, to the geocoder and to readers of the place's history.
EDITOR_SOURCE = "editor"


def confirm_position(place: Place, *, editor, reason: str) -> None:
    """An editor's position is final: lock it and mark the place confirmed."""
    place.lock("latitude", "longitude", "status")
    place.status = Place.Status.CONFIRMED
    place.confidence = 1.0
    place.geocoding_source = EDITOR_SOURCE
    place.reason = f"{reason} ({editor.get_username()})" if editor else reason
    place.geocoded_at = timezone.now()


@admin.register(Place)
class PlaceAdmin(BackgroundJobsAdmin, EditorLockingAdmin):
    change_form_template = "admin/stories/place/change_form.html"
    list_display = [
        "name",
        "story",
        "kind",
        "country_code",
        "status",
        "confidence",
        "latitude",
        "longitude",
        "event_count",
    ]
    list_filter = ["story", needs_review_filter(places_to_review), "status", "kind"]
    list_select_related = ["story"]
    search_fields = ["name", "aliases"]
    readonly_fields = [
        "geocoding_source",
        "confidence",
        "reason",
        "candidates_table",
        "geocoded_at",
        "mentions_list",
    ]
    fieldsets = [
        (None, {"fields": ["story", "name", "aliases", "kind", "country_code"]}),
        ("Position", {"fields": [("latitude", "longitude"), "radius_km", "status", "geonames_id"]}),
        (
            "The geocoder's reasoning",
            {"fields": ["geocoding_source", "confidence", "reason", "candidates_table"]},
        ),
        ("Mentions in the articles", {"fields": ["mentions_list"]}),
    ]
    actions = ["regeocode", "merge_selected"]
    jobs = {"regeocode": (regeocode_places_task, "Re-geocoding places")}

    class Media:
        css = {
            "all": [
                "vendor/leaflet-1.9.4/leaflet.css",
                "css/admin-editors-desk.css",
            ]
        }
        js = ["vendor/leaflet-1.9.4/leaflet.js", "js/admin-place-map.js"]

    def formfield_for_dbfield(self, db_field, request, **kwargs):
        if db_field.name == "aliases":  # one alias per line, not raw JSON
            return db_field.formfield(form_class=LineListField, **kwargs)
        return super().formfield_for_dbfield(db_field, request, **kwargs)

    def get_readonly_fields(self, request, obj=None):
        # A place stays in its story: events point at it, and places are per story.
        return [*self.readonly_fields, "story"] if obj else self.readonly_fields

    def get_urls(self):
        pick = self.admin_site.admin_view(self.pick_candidate_view)
        return [
            path("<int:place_id>/pick-candidate/", pick, name="stories_place_pick_candidate"),
            *self.job_urls(),
            *super().get_urls(),
        ]

    def render_change_form(self, request, context, add=False, change=False, form_url="", obj=None):
        context["map_settings"] = self.map_settings(obj)
        return super().render_change_form(request, context, add, change, form_url, obj)

    @staticmethod
    def map_settings(place: Place | None) -> dict:
        """The admin map's configuration, handed to admin-place-map.js as one JSON blob."""
        position = None
        if place is not None and place.is_pinned:
            position = [place.latitude, place.longitude]
        return {
            "tilesUrl": settings.MAP_TILES_URL,
            "attribution": settings.MAP_TILES_ATTRIBUTION,
            "position": position,
            "radiusKm": place.radius_km if place is not None else None,
            "latitudeInput": "id_latitude",
            "longitudeInput": "id_longitude",
            "candidates": [
                {"name": c.get("name", ""), "position": [c["latitude"], c["longitude"]]}
                for c in (place.candidates if place is not None else [])
                if c.get("latitude") is not None and c.get("longitude") is not None
            ],
        }

    def save_model(self, request, obj, form, change):
        moved = {"latitude", "longitude"} & set(form.changed_data)
        if moved and obj.is_pinned:
            confirm_position(obj, editor=request.user, reason="position set on the map")
        super().save_model(request, obj, form, change)

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(event_total=Count("events"))

    @admin.display(description="events", ordering="event_total")
    def event_count(self, place: Place) -> int:
        return place.event_total

    @admin.display(description="candidates")
    def candidates_table(self, place: Place) -> str:
        if not place.candidates:
            return "The geocoder recorded no alternatives."
        pick_url = reverse("admin:stories_place_pick_candidate", args=[place.pk])
        rows = format_html_join(
            "",
            "<tr><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}, {}</td><td>"
            "<button type='submit' class='button' formaction='{}' formmethod='post' "
            "formnovalidate name='candidate' value='{}'>Use this one</button></td></tr>",
            (
                (
                    c.get("name", ""),
                    c.get("kind", ""),
                    c.get("country_code", ""),
                    c.get("score", ""),
                    c.get("why", ""),
                    c.get("latitude"),
                    c.get("longitude"),
                    pick_url,
                    index,
                )
                for index, c in enumerate(place.candidates)
            ),
        )
        return format_html(
            "<table class='nm-candidates'><thead><tr><th>name</th><th>kind</th><th>country</th>"
            "<th>score</th><th>why</th><th>position</th><th></th></tr></thead>"
            "<tbody>{}</tbody></table>",
            rows,
        )

    @admin.display(description="mentions")
    def mentions_list(self, place: Place) -> str:
        mentions = Mention.objects.filter(place=place).select_related("article")
        if not mentions:
            return "No article mentions this place."
        return format_html(
            "<ul class='nm-mentions'>{}</ul>",
            format_html_join(
                "",
                "<li>{} — <a href='{}'>{}</a></li>",
                (
                    (
                        _sentence_with_mention(mention),
                        reverse("admin:stories_article_change", args=[mention.article_id]),
                        mention.article.title,
                    )
                    for mention in mentions
                ),
            ),
        )

    @method_decorator(require_POST)
    def pick_candidate_view(self, request, place_id: int):
        """One click on a candidate: its position becomes the place's, confirmed and locked."""
        place = get_object_or_404(Place, pk=place_id)
        if not self.has_change_permission(request, place):
            raise PermissionDenied
        try:
            candidate = place.candidates[int(request.POST.get("candidate", ""))]
        except (ValueError, IndexError):
            self.message_user(request, "No such candidate.", level=messages.ERROR)
            return redirect("admin:stories_place_change", place.pk)
        place.latitude = candidate["latitude"]
        place.longitude = candidate["longitude"]
        place.radius_km = None
        if candidate.get("geonames_id"):
            place.geonames_id = candidate["geonames_id"]
            place.lock("geonames_id")
        if candidate.get("country_code"):
            place.country_code = candidate["country_code"]
            place.lock("country_code")
        confirm_position(place, editor=request.user, reason=f"candidate “{candidate.get('name')}”")
        place._history_user = request.user
        place._change_reason = f"picked candidate “{candidate.get('name')}”"
        place.save()
        self.message_user(
            request, f"“{place}” now uses the candidate “{candidate.get('name', '')}”."
        )
        return redirect("admin:stories_place_change", place.pk)

    @admin.action(description="Re-geocode selected places", permissions=["change"])
    def regeocode(self, request, queryset: QuerySet[Place]):
        """A background job: online geocoders are never asked during the request."""
        job = regeocode_places_task.enqueue(list(queryset.values_list("pk", flat=True)))
        return self.follow_job(request, "regeocode", job)

    def describe_job(self, kind: str, value: dict) -> list[tuple[int, str]]:
        summary = ", ".join(f"{n} {outcome}" for outcome, n in sorted(value.items()))
        return [
            (
                messages.INFO,
                f"Re-geocoded: {summary}. Places with an editor's position are skipped.",
            )
        ]

    @admin.action(
        description="Merge selected places into one (events re-pointed)",
        permissions=["change", "delete"],
    )
    def merge_selected(self, request, queryset: QuerySet[Place]) -> None:
        try:
            survivor = merge_places(queryset)
        except MergeError as error:
            self.message_user(request, str(error), level=messages.ERROR)
            return
        self.message_user(
            request,
            format_html(
                'Merged into <a href="{}">{}</a>.',
                reverse("admin:stories_place_change", args=[survivor.pk]),
                survivor,
            ),
        )


def _sentence_with_mention(mention: Mention) -> str:
    """The mention's sentence with the place's name in bold; every piece escaped."""
    sentence = mention.sentence()
    at = sentence.find(mention.text)
    if at == -1:
        return format_html("{}", sentence)
    end = at + len(mention.text)
    return format_html("{}<strong>{}</strong>{}", sentence[:at], sentence[at:end], sentence[end:])
