"""The reader's front page: every story as a card (summary, span, a small map), and a search."""

from django.db.models import Exists, OuterRef, Q
from django.db.models.functions import Substr
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.views.decorators.http import require_safe

from stories.chronology import MainLine, span_label
from stories.maps import FRAMING_FIELDS
from stories.models import Article, Event, Place, Story
from stories.thumbnails import story_thumbnail
from stories.views.story_header import lead

#: Characters of each story's first article read for its card's summary.
LEAD_CHARS = 800


def matching_stories(query: str):
    """Stories whose title, summary or events mention every word of the query."""
    stories = Story.objects.with_figures()
    for word in query.split():
        stories = stories.filter(
            Q(title__icontains=word)
            | Q(summary__icontains=word)
            | Exists(
                Event.objects.filter(story=OuterRef("pk")).filter(
                    Q(title__icontains=word) | Q(place__name__icontains=word)
                )
            )
        )
    return stories


@require_safe
def story_list(request: HttpRequest) -> HttpResponse:
    """Stories, most recently updated first, as cards; `?q=` searches across them.

    Stories with figures and their first articles' leads in two queries, then three per story
    (its main line, span and places): the front page lists a few dozen stories at most.
    """
    query = request.GET.get("q", "").strip()[:200]
    stories = list(matching_stories(query).order_by("-updated_at"))
    ids = [story.pk for story in stories]
    leads: dict[int, str] = {}
    for row in (
        Article.objects.filter(story_id__in=ids)
        .order_by("story_id", "published_at", "id")
        .values("story_id", first_text=Substr("text", 1, LEAD_CHARS))
    ):
        leads.setdefault(row["story_id"], lead(row["first_text"]))
    for story in stories:
        # The card says what the story page's header says: its main line's days and places.
        main_line = MainLine.for_story(story)
        span = main_line.reported_span(story)
        places = (
            Place.objects.pinned()
            .filter(story=story, events__in=Event.objects.filter(main_line.main_q()))
            .exclude(kind=Place.Kind.COUNTRY)
            .only(*FRAMING_FIELDS)
            .order_by()
            .distinct()
        )
        story.card_summary = story.summary or leads.get(story.pk, "")
        story.span = span_label(*span) if span else ""
        story.thumbnail = story_thumbnail(places)
    return render(request, "stories/story_list.html", {"stories": stories, "query": query})
