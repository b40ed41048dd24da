"""Stories, people and tombstones: the smaller tables of the editors' desk."""

from __future__ import annotations

from django.contrib import admin
from django.urls import reverse
from django.utils.html import format_html
from simple_history.admin import SimpleHistoryAdmin

from stories.models import DeletedEvent, Person, Story


@admin.register(Story)
class StoryAdmin(SimpleHistoryAdmin):
    list_display = ["title", "slug", "updated_at"]
    prepopulated_fields = {"slug": ["title"]}
    search_fields = ["title", "slug"]


@admin.register(Person)
class PersonAdmin(SimpleHistoryAdmin):
    search_fields = ["name"]


@admin.register(DeletedEvent)
class DeletedEventAdmin(admin.ModelAdmin):
    """Tombstones. Removing one lets the next re-extraction bring the event back."""

    list_display = ["title", "story", "merged_into_link", "deleted_by", "deleted_at"]
    list_filter = ["story"]
    search_fields = ["title"]
    readonly_fields = [
        "story",
        "extraction_key",
        "title",
        "merged_into_link",
        "deleted_by",
        "deleted_at",
    ]
    exclude = ["merged_into"]

    def has_add_permission(self, request):
        return False

    @admin.display(description="merged into")
    def merged_into_link(self, tombstone: DeletedEvent) -> str:
        if tombstone.merged_into_id is None:
            return "— (deleted)"
        return format_html(
            "<a href='{}'>{}</a>",
            reverse("admin:stories_event_change", args=[tombstone.merged_into_id]),
            tombstone.merged_into,
        )
