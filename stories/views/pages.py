"""The reader's pages: the list of stories and one story's chronology."""

from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, render
from django.views.decorators.http import require_GET

from stories.models import Event, Story


@require_GET
def story_list(request: HttpRequest) -> HttpResponse:
    stories = Story.objects.with_figures().order_by("-updated_at")
    return render(request, "stories/story_list.html", {"stories": stories})


@require_GET
def story_detail(request: HttpRequest, slug: str) -> HttpResponse:
    story = get_object_or_404(Story, slug=slug)
    events = Event.objects.for_story(story).chronological().with_places().prefetch_related("people")
    return render(request, "stories/story_detail.html", {"story": story, "events": events})
