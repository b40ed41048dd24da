"""The editors' desk. Every change an editor saves locks the changed fields against the pipeline."""

from django.contrib import admin
from simple_history.admin import SimpleHistoryAdmin

from .models import Article, DeletedEvent, Event, EventSource, Person, Place, Story


class EditorLockingAdmin(SimpleHistoryAdmin):
    """Locks every lockable field an editor changed in the form, so no pipeline run undoes it."""

    def save_model(self, request, obj, form, change):
        obj.lock(*form.changed_data)
        super().save_model(request, obj, form, change)

    def save_related(self, request, form, formsets, change):
        super().save_related(request, form, formsets, change)
        # Many-to-many changes (people) are only known once the form's m2m data is saved.
        m2m_changed = [f for f in form.changed_data if f in form.instance.LOCKABLE_FIELDS]
        if m2m_changed and set(m2m_changed) - set(form.instance.locked_fields):
            form.instance.lock(*m2m_changed)
            form.instance.save(update_fields=["locked_fields"])


@admin.register(Story)
class StoryAdmin(SimpleHistoryAdmin):
    list_display = ["title", "slug", "updated_at"]
    prepopulated_fields = {"slug": ["title"]}
    search_fields = ["title", "slug"]


@admin.register(Article)
class ArticleAdmin(EditorLockingAdmin):
    list_display = ["title", "outlet", "published_at", "published_source", "input_format", "story"]
    list_filter = ["published_source", "input_format", "story"]
    search_fields = ["title", "canonical_url", "outlet"]
    readonly_fields = ["content_hash", "ingested_at", "updated_at", "raw", "text", "source"]
    raw_id_fields = ["version_of"]


class EventSourceInline(admin.TabularInline):
    model = EventSource
    extra = 0
    raw_id_fields = ["article"]


@admin.register(Event)
class EventAdmin(EditorLockingAdmin):
    list_display = ["title", "date_start", "date_precision", "certainty", "place", "story"]
    list_filter = ["story", "certainty", "date_precision", "reviewed"]
    search_fields = ["title", "summary"]
    autocomplete_fields = ["place", "people"]
    inlines = [EventSourceInline]
    exclude = ["extraction_key"]


@admin.register(Place)
class PlaceAdmin(EditorLockingAdmin):
    list_display = ["name", "kind", "country_code", "status", "confidence", "latitude", "longitude"]
    list_filter = ["status", "kind"]
    search_fields = ["name", "aliases"]
    readonly_fields = ["geocoding_source", "reason", "candidates", "geocoded_at"]


@admin.register(Person)
class PersonAdmin(SimpleHistoryAdmin):
    search_fields = ["name"]


@admin.register(DeletedEvent)
class DeletedEventAdmin(admin.ModelAdmin):
    list_display = ["title", "story", "deleted_by", "deleted_at"]
    readonly_fields = ["story", "extraction_key", "title", "deleted_by", "deleted_at"]
