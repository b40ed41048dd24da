"""Events: the chronology's rows, which editors date, place, confirm, merge and delete."""

from __future__ import annotations

from django.contrib import admin, messages
from django.db.models import Count, QuerySet
from django.urls import reverse
from django.utils import timezone
from django.utils.html import format_html, format_html_join
from simple_history.utils import bulk_update_with_history

from stories.admin.base import EditorLockingAdmin, is_web_url, needs_review_filter
from stories.admin.merging import MergeError, merge_events
from stories.forms import EventForm
from stories.models import DeletedEvent, Event
from stories.review import events_to_review
from stories.versions import stories_changed

#: What the change list shows of an event, hence what "Confirm" vouches for and locks.
CONFIRMED_FIELDS = ("title", "date_start", "date_end", "date_precision", "certainty", "place")


class EditedFilter(admin.SimpleListFilter):
    """Events an editor changed (any locked field) versus the pipeline's own."""

    title = "edited by an editor"
    parameter_name = "edited"

    def lookups(self, request, model_admin):
        return [("yes", "Edited"), ("no", "As extracted")]

    def queryset(self, request, queryset):
        if self.value() == "yes":
            return queryset.exclude(locked_fields=[])
        if self.value() == "no":
            return queryset.filter(locked_fields=[])
        return queryset


def _set_certainty_action(certainty: Event.Certainty):
    """One bulk action per certainty: a choice in the actions menu is one click, not a form."""

    def action(modeladmin: EventAdmin, request, queryset: QuerySet[Event]) -> None:
        for event in queryset:
            if event.certainty != certainty:
                event.certainty = certainty
                event.lock("certainty")
                event._change_reason = f"bulk: certainty set to {certainty}"
                event.save()
        modeladmin.message_user(request, f"{queryset.count()} event(s) marked {certainty.label}.")

    action.__name__ = f"set_certainty_{certainty.value}"
    return admin.action(description=f"Set certainty: {certainty.label}", permissions=["change"])(
        action
    )


@admin.register(Event)
class EventAdmin(EditorLockingAdmin):
    form = EventForm
    list_display = [
        "date_start",
        "date_precision",
        "title",
        "place",
        "certainty",
        "source_count",
        "review_state",
        "story",
    ]
    list_display_links = ["title"]
    list_filter = [
        "story",
        "certainty",
        "date_precision",
        needs_review_filter(events_to_review),
        EditedFilter,
    ]
    list_select_related = ["place", "story"]
    search_fields = ["title", "summary", "place__name", "people__name"]
    date_hierarchy = "date_start"
    autocomplete_fields = ["place", "people"]
    readonly_fields = ["date_inferred", "sources_list", "story_link"]
    fieldsets = [
        (None, {"fields": ["story_link", "title", "summary"]}),
        ("When", {"fields": [("date_start", "date_end"), "date_precision", "date_inferred"]}),
        ("What and where", {"fields": ["certainty", "place", "people"]}),
        ("Review", {"fields": ["reviewed"]}),
        ("Sources", {"fields": ["sources_list"]}),
    ]
    add_fieldsets = [
        (None, {"fields": ["story", "title", "summary"]}),
        ("When", {"fields": [("date_start", "date_end"), "date_precision"]}),
        ("What and where", {"fields": ["certainty", "place", "people"]}),
    ]
    actions = [
        "confirm_events",
        *[_set_certainty_action(certainty) for certainty in Event.Certainty],
        "merge_selected",
        "dismiss_not_events",
    ]

    def get_fieldsets(self, request, obj=None):
        if obj is None:
            return self.add_fieldsets
        return super().get_fieldsets(request, obj)

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(source_total=Count("sources", distinct=True))

    @admin.display(description="sources", ordering="source_total")
    def source_count(self, event: Event) -> int:
        return event.source_total

    @admin.display(description="review")
    def review_state(self, event: Event) -> str:
        if event.reviewed:
            return "confirmed"
        if event.needs_review:
            return "needs review"
        return "—"

    @admin.display(description="story")
    def story_link(self, event: Event) -> str:
        return format_html(
            '<a href="{}">{}</a> (<a href="{}">public page</a>)',
            reverse("admin:stories_story_change", args=[event.story_id]),
            event.story,
            event.get_absolute_url(),
        )

    @admin.display(description="what the articles say")
    def sources_list(self, event: Event) -> str:
        sources = event.sources.select_related("article")
        if not sources:
            return "No article reports this event (an editor added it)."
        return format_html(
            "<ul class='nm-sources'>{}</ul>",
            format_html_join(
                "",
                "<li><blockquote>{}</blockquote>— <a href='{}'>{}</a>{}</li>",
                (
                    (
                        source.quote,
                        reverse("admin:stories_article_change", args=[source.article_id]),
                        source.article.title,
                        format_html(
                            " (<a href='{}' rel='noopener noreferrer'>original</a>)",
                            source.article.canonical_url,
                        )
                        if is_web_url(source.article.canonical_url)
                        else "",
                    )
                    for source in sources
                ),
            ),
        )

    @admin.action(description="Confirm selected events (reviewed)", permissions=["change"])
    def confirm_events(self, request, queryset: QuerySet[Event]) -> None:
        """Mark reviewed and lock what the editor saw in the list and vouched for.

        Without the locks a confirmed event was the pipeline's to change: when the article's
        text changed, re-extraction deleted it and created an unconfirmed copy. One UPDATE and
        one batch of history rows (who, why), however many are selected.
        """
        events = []
        for event in queryset:
            before = list(event.locked_fields)
            event.lock(*CONFIRMED_FIELDS)
            if event.reviewed and event.locked_fields == before:
                continue
            events.append(event)
        for event in events:
            event.reviewed = True
            event.updated_at = timezone.now()
        bulk_update_with_history(
            events,
            Event,
            ["reviewed", "locked_fields", "updated_at"],
            default_user=request.user,
            default_change_reason="bulk: confirmed",
        )
        stories_changed(event.story_id for event in events)  # a bulk update sends no signals
        self.message_user(request, f"{queryset.count()} event(s) confirmed.")

    @admin.action(
        description="Merge selected events into one (sources combined)",
        permissions=["change", "delete"],
    )
    def merge_selected(self, request, queryset: QuerySet[Event]) -> None:
        try:
            survivor = merge_events(queryset, user=request.user)
        except MergeError as error:
            self.message_user(request, str(error), level=messages.ERROR)
            return
        self.message_user(
            request,
            format_html(
                'Merged into <a href="{}">{}</a>.',
                reverse("admin:stories_event_change", args=[survivor.pk]),
                survivor,
            ),
        )

    @admin.action(
        description="Not an event: dismiss selected (re-extraction will not bring them back)",
        permissions=["delete"],
    )
    def dismiss_not_events(self, request, queryset: QuerySet[Event]) -> None:
        """Clear noise from the review queue in one step, leaving a tombstone for each event.

        Unlike "Delete selected", it asks for no confirmation page: dismissing noise is routine,
        and the tombstones (`DeletedEvent`) record who dismissed what.
        """
        count = 0
        for event in queryset.select_related("story"):
            DeletedEvent.remember(event, user=request.user)
            event._change_reason = "bulk: not an event"
            event.delete()
            count += 1
        self.message_user(request, f"{count} event(s) dismissed as not events.")

    def delete_model(self, request, obj):
        DeletedEvent.remember(obj, user=request.user)
        super().delete_model(request, obj)

    def delete_queryset(self, request, queryset):
        for event in queryset:
            DeletedEvent.remember(event, user=request.user)
        super().delete_queryset(request, queryset)
