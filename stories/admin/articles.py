"""Articles: what was read (raw and clean, side by side), when it was published, what it yielded."""

from __future__ import annotations

from django.contrib import admin
from django.db import transaction
from django.db.models import QuerySet
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.html import format_html, format_html_join

from stories.admin.base import EditorLockingAdmin, is_web_url, needs_review_filter
from stories.admin.review import articles_to_review
from stories.extraction.pipeline import extract_article
from stories.forms import AddArticlesForm
from stories.ingestion.records import IngestionError
from stories.ingestion.services import ingest_bytes, ingest_source
from stories.models import Article
from stories.tasks import geocode_story_task


@admin.register(Article)
class ArticleAdmin(EditorLockingAdmin):
    list_display = ["title", "outlet", "published_at", "published_source", "input_format", "story"]
    list_filter = [
        "story",
        needs_review_filter(articles_to_review),
        "published_source",
        "input_format",
    ]
    list_select_related = ["story"]
    search_fields = ["title", "canonical_url", "outlet"]
    date_hierarchy = "published_at"
    readonly_fields = [
        "canonical_url_link",
        "source",
        "input_format",
        "version_of",
        "content_hash",
        "ingested_at",
        "updated_at",
        "texts",
        "events_list",
    ]
    fieldsets = [
        (None, {"fields": ["title", "outlet", "byline", "story", "canonical_url_link"]}),
        ("Publication date", {"fields": ["published_at", "published_source"]}),
        ("Events drawn from it", {"fields": ["events_list"]}),
        ("Text: as received, and as the pipeline reads it", {"fields": ["texts"]}),
        (
            "Provenance",
            {
                "classes": ["collapse"],
                "fields": [
                    "source",
                    "input_format",
                    "version_of",
                    "content_hash",
                    "ingested_at",
                    "updated_at",
                ],
            },
        ),
    ]
    actions = ["reextract"]

    def get_queryset(self, request):
        # The change list never shows the payloads, which can run to megabytes each.
        queryset = super().get_queryset(request)
        if request.resolver_match and request.resolver_match.url_name.endswith("changelist"):
            queryset = queryset.defer("raw", "text", "display_html")
        return queryset

    @admin.display(description="canonical URL")
    def canonical_url_link(self, article: Article) -> str:
        if not is_web_url(article.canonical_url):
            return article.canonical_url or "—"
        return format_html(
            "<a href='{}' rel='noopener noreferrer'>{}</a>",
            article.canonical_url,
            article.canonical_url,
        )

    @admin.display(description="raw and clean text")
    def texts(self, article: Article) -> str:
        return format_html(
            "<div class='nm-texts'><section><h3>Raw ({})</h3><pre>{}</pre></section>"
            "<section><h3>Clean (quotes' offsets refer to it)</h3><pre>{}</pre></section></div>",
            article.get_input_format_display(),
            article.raw,
            article.text,
        )

    @admin.display(description="events")
    def events_list(self, article: Article) -> str:
        sources = article.event_sources.select_related("event").order_by("start")
        if not sources:
            return "No events were drawn from this article."
        return format_html(
            "<ul class='nm-events'>{}</ul>",
            format_html_join(
                "",
                "<li><a href='{}'>{}</a> ({}) — “{}”</li>",
                (
                    (
                        reverse("admin:stories_event_change", args=[source.event_id]),
                        source.event.title,
                        source.event.date_start or "undated",
                        source.quote,
                    )
                    for source in sources
                ),
            ),
        )

    @admin.action(description="Re-extract places and events", permissions=["change"])
    def reextract(self, request, queryset: QuerySet[Article]) -> None:
        """The pipeline's own extraction: editors' locks and tombstones hold, as on any re-run."""
        created = updated = 0
        for article in queryset:
            report = extract_article(article=article)
            created += report.events_created
            updated += report.events_updated
        for story_id in set(queryset.values_list("story_id", flat=True)):
            transaction.on_commit(lambda story_id=story_id: geocode_story_task.enqueue(story_id))
        self.message_user(
            request,
            f"Re-extracted {queryset.count()} article(s): {created} event(s) new, "
            f"{updated} updated. Fields editors locked were left alone.",
        )

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
