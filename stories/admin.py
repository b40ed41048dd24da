"""The editors' desk. Every change an editor saves locks the changed fields against the pipeline."""

from django.contrib import admin
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import path
from simple_history.admin import SimpleHistoryAdmin

from .forms import AddArticlesForm
from .ingestion.records import IngestionError
from .ingestion.services import ingest_bytes, ingest_source
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

    def get_urls(self):
        add_articles = self.admin_site.admin_view(self.add_articles_view)
        return [
            path("add-articles/", add_articles, name="stories_article_add_articles"),
            *super().get_urls(),
        ]

    def add_articles_view(self, request):
        """The admin's door to ingestion: the same code path as `manage.py ingest`."""
        if not self.has_add_permission(request):
            return redirect("admin:index")
        form = AddArticlesForm(request.POST or None, request.FILES or None)
        if request.method == "POST" and form.is_valid():
            try:
                results = self._ingest_form(form.cleaned_data)
            except IngestionError as error:
                form.add_error(None, str(error))
            else:
                for result in results:
                    self.message_user(
                        request, f"{result.outcome}: “{result.article}” in {result.article.story}"
                    )
                return redirect("admin:stories_article_changelist")
        context = {**self.admin_site.each_context(request), "form": form, "opts": self.model._meta}
        return TemplateResponse(request, "admin/stories/article/add_articles.html", context)

    @staticmethod
    def _ingest_form(data: dict):
        options = {"format": data["format"], "story": data["story"]}
        if data["url"]:
            return ingest_source(data["url"], **options)
        if data["upload"]:
            upload = data["upload"]
            return ingest_bytes(
                upload.read(), source=upload.name, content_type=upload.content_type, **options
            )
        return ingest_bytes(data["pasted"].encode(), source="pasted text", **options)


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
    exclude = ["extraction_key", "trigger"]

    def delete_model(self, request, obj):
        DeletedEvent.remember(obj, user=request.user)
        super().delete_model(request, obj)

    def delete_queryset(self, request, queryset):
        for event in queryset:
            DeletedEvent.remember(event, user=request.user)
        super().delete_queryset(request, queryset)


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
