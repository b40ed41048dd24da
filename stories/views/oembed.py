"""oEmbed provider (https://oembed.com): paste a story's link into a CMS, get the embed.

`/oembed?url=<story or embed URL>&maxwidth=&maxheight=&format=json` answers `type: rich` with
the same snippet as the story page's Embed dialog. As the spec says: a URL that is not one of
ours is 404, a format other than JSON is 501. A story URL's filters (`start`, `end`, `place`)
and `#event-N` fragment carry over to the embed, so "share this view" embeds that view.
"""

from __future__ import annotations

import re
from urllib.parse import parse_qs, urlsplit

from django.http import (
    Http404,
    HttpRequest,
    HttpResponse,
    HttpResponseBadRequest,
    JsonResponse,
    QueryDict,
)
from django.urls import Resolver404, resolve
from django.views.decorators.http import require_safe

from stories.models import Story
from stories.views.conditional import public_data
from stories.views.embed_options import DEFAULT_WIDTH, EmbedOptions, embed_snippet

PROVIDER_NAME = "Newsmap"

#: Story-page filter names → embed option names.
STORY_TO_EMBED = {"start": "from", "end": "to", "place": "place"}


def _positive(value: str | None) -> int | None:
    try:
        number = int(value) if value else None
    except ValueError:
        return None
    return number if number and number > 0 else None


def embed_target(request: HttpRequest, url: str) -> tuple[Story, EmbedOptions]:
    """The story and embed options a URL of this site names; Http404 for anything else."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or parts.netloc.lower() != request.get_host().lower():
        raise Http404("not a URL of this site")
    try:
        match = resolve(parts.path)
    except Resolver404:
        raise Http404("no such page") from None
    if match.namespace != "stories" or match.url_name not in ("story", "embed"):
        raise Http404("not a story")
    story = Story.objects.filter(slug=match.kwargs["slug"]).first()
    if story is None:
        raise Http404("no such story")
    query = QueryDict(mutable=True)
    for key, values in parse_qs(parts.query).items():
        query.setlist(key, values)
    if match.url_name == "story":
        translated = QueryDict(mutable=True)
        for name, option in STORY_TO_EMBED.items():
            if value := query.get(name):
                translated[option] = value
        if event := re.fullmatch(r"event-(\d+)", parts.fragment):
            translated["event"] = event.group(1)
        query = translated
    return story, EmbedOptions.from_query(query)


@require_safe
@public_data
def oembed(request: HttpRequest) -> HttpResponse:
    if request.GET.get("format", "json") != "json":
        return HttpResponse("Only format=json is offered.", status=501, content_type="text/plain")
    url = request.GET.get("url", "")
    if not url:
        return HttpResponseBadRequest("The url parameter is required.")
    story, options = embed_target(request, url)
    max_width = _positive(request.GET.get("maxwidth"))
    options = options.fitted(max_height=_positive(request.GET.get("maxheight")))
    width = min(DEFAULT_WIDTH, max_width) if max_width else DEFAULT_WIDTH
    return JsonResponse(
        {
            "version": "1.0",
            "type": "rich",
            "title": story.title,
            "provider_name": PROVIDER_NAME,
            "provider_url": request.build_absolute_uri("/"),
            "html": embed_snippet(request, story, options, width=width if max_width else None),
            "width": width,
            "height": options.frame_height,
        }
    )
