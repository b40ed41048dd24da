"""The reader's front page: every story with its figures."""

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.views.decorators.http import require_safe

from stories.models import Story


@require_safe
def story_list(request: HttpRequest) -> HttpResponse:
    """Stories, most recently updated first, with their date span and counts (one query)."""
    stories = Story.objects.with_figures().order_by("-updated_at")
    return render(request, "stories/story_list.html", {"stories": stories})
