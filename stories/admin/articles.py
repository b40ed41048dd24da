"""Articles: what was read (raw and clean, side by side), when it was published, what it yielded."""

from __future__ import annotations

import base64

from django.contrib import admin, messages
from django.db.models import QuerySet
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils import timezone
from django.utils.html import format_html, format_html_join

from stories.admin.background import BackgroundJobsAdmin
from stories.admin.base import EditorLockingAdmin, is_web_url, needs_review_filter
from stories.forms import AddArticlesForm
from stories.models import Article
from stories.review import articles_to_review
from stories.tasks import ingest_task, reextract_articles_task


@admin.register(Article)
class ArticleAdmin(BackgroundJobsAdmin, EditorLockingAdmin):
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
        ("Publication date", {"fields": ["published_at", "published_day", "published_source"]}),
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
    jobs = {
        "ingest": (ingest_task, "Adding articles"),
        "reextract": (reextract_articles_task, "Re-extracting articles"),
    }

    def get_queryset(self, request):
        # The change list never shows the payloads, which can run to megabytes each.
        queryset = super().get_queryset(request)
        if request.resolver_match and request.resolver_match.url_name.endswith("changelist"):
            queryset = queryset.defer("raw", "text", "display_html")
        return queryset

    def save_model(self, request, obj, form, change):
        """An editor who corrects the publication moment but not its day means the day of that
        moment on the desk's clock: relative dates then count from the day the editor set."""
        if "published_at" in form.changed_data and "published_day" not in form.changed_data:
            moment = obj.published_at
            obj.published_day = timezone.localtime(moment).date() if moment else None
        super().save_model(request, obj, form, change)

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
    def reextract(self, request, queryset: QuerySet[Article]):
        """The pipeline's own extraction, as a background job: no spaCy in the request."""
        job = reextract_articles_task.enqueue(list(queryset.values_list("pk", flat=True)))
        return self.follow_job(request, "reextract", job)

    def get_urls(self):
        add_articles = self.admin_site.admin_view(self.add_articles_view)
        return [
            path("add-articles/", add_articles, name="stories_article_add_articles"),
            *self.job_urls(),
            *super().get_urls(),
        ]

    def add_articles_view(self, request):
        """The admin's door to ingestion: a background job on the path `manage.py ingest` takes.

        No URL is fetched and no text analysed during the request.
        """
        if not self.has_add_permission(request):
            return redirect("admin:index")
        form = AddArticlesForm(request.POST or None, request.FILES or None)
        if request.method == "POST" and form.is_valid():
            job = ingest_task.enqueue(**self._ingest_arguments(form.cleaned_data))
            if job.is_finished and job.return_value and job.return_value["error"]:
                form.add_error(None, job.return_value["error"])  # the immediate backend
            else:
                return self.follow_job(request, "ingest", job)
        context = {**self.admin_site.each_context(request), "form": form, "opts": self.model._meta}
        return TemplateResponse(request, "admin/stories/article/add_articles.html", context)

    @staticmethod
    def _ingest_arguments(data: dict) -> dict:
        """The form as the job's JSON arguments (an upload or pasted text travels as base64)."""
        arguments = {"format": data["format"], "story_id": data["story"] and data["story"].pk}
        if data["url"]:
            return arguments | {"url": data["url"]}
        if upload := data["upload"]:
            payload, source, content_type = upload.read(), upload.name, upload.content_type
        else:
            payload, source, content_type = data["pasted"].encode(), "pasted text", None
        return arguments | {
            "payload_b64": base64.b64encode(payload).decode("ascii"),
            "source": source,
            "content_type": content_type,
        }

    def describe_job(self, kind: str, value: dict) -> list[tuple[int, str]]:
        if kind == "reextract":
            return [
                (
                    messages.INFO,
                    f"Re-extracted {value['articles']} article(s): {value['events_created']} "
                    f"event(s) new, {value['events_updated']} updated. Fields editors locked were "
                    "left alone.",
                )
            ]
        lines = [(messages.ERROR, value["error"])] if value["error"] else []
        return lines + [
            (messages.INFO, f"{a['outcome']}: “{a['title']}” in {a['story']}")
            for a in value["articles"]
        ]
