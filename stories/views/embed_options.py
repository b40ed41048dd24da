"""What an embed shows (its query-string options) and the snippet that embeds it.

Shared by the embed page, the story page's Embed dialog and the oEmbed provider, so all three
write the same snippet. Options never fail: a bad value falls back to its default, so a snippet
pasted years ago keeps working.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import asdict, dataclass, replace

from django.http import HttpRequest, QueryDict
from django.urls import reverse
from django.utils.html import format_html

from stories import maps
from stories.models import Story

VIEWS = ("map", "timeline", "both")
DEFAULT_HEIGHT = 420
MIN_HEIGHT, MAX_HEIGHT = 150, 2000
#: The embed's own lines around its panels (the credit footer), added to the iframe's height.
CHROME_HEIGHT = 32
#: The width an oEmbed consumer is told when it sets no maximum.
DEFAULT_WIDTH = 640


def _int(value: str | None) -> int | None:
    try:
        return int(value) if value not in (None, "") else None
    except ValueError:
        return None


def _date(value: str | None) -> dt.date | None:
    try:
        return dt.date.fromisoformat(value) if value else None
    except ValueError:
        return None


@dataclass(frozen=True)
class EmbedOptions:
    """What an embed shows; `from_query` never fails, `query` writes only what is not default."""

    view: str = "map"
    height: int = DEFAULT_HEIGHT
    start: dt.date | None = None  # ?from=
    end: dt.date | None = None  # ?to=
    place: int | None = None
    event: int | None = None
    interactive: bool = True
    basemap: str = "default"

    @classmethod
    def from_query(cls, params: QueryDict) -> EmbedOptions:
        height = _int(params.get("height"))
        view = params.get("view", "map")
        basemap = params.get("basemap", "default")
        return cls(
            view=view if view in VIEWS else "map",
            height=min(max(height, MIN_HEIGHT), MAX_HEIGHT) if height else DEFAULT_HEIGHT,
            start=_date(params.get("from")),
            end=_date(params.get("to")),
            place=_int(params.get("place")),
            event=_int(params.get("event")),
            interactive=params.get("interactive", "1") not in ("0", "false", "no", "off"),
            basemap=basemap if basemap in maps.basemaps() else "default",
        )

    def query(self) -> str:
        """The options as a query string, defaults left out (a short, stable snippet)."""
        default = EmbedOptions()
        names = {"start": "from", "end": "to"}
        params = QueryDict(mutable=True)
        for field, value in asdict(self).items():
            if value == getattr(default, field):
                continue
            if field == "interactive":
                value = "0"
            params[names.get(field, field)] = str(value)
        return params.urlencode()

    @property
    def shows_map(self) -> bool:
        return self.view in ("map", "both")

    @property
    def shows_timeline(self) -> bool:
        return self.view in ("timeline", "both")

    @property
    def frame_height(self) -> int:
        """The iframe height a snippet asks for before the embed reports its own."""
        return self.height + CHROME_HEIGHT

    def fitted(self, *, max_height: int | None) -> EmbedOptions:
        """The same embed, made short enough for an oEmbed consumer's `maxheight`.

        The spec forbids exceeding it, so this may go below MIN_HEIGHT (the page then scrolls).
        """
        if max_height is None or self.frame_height <= max_height:
            return self
        return replace(self, height=max(max_height - CHROME_HEIGHT, 1))

    def filter_params(self) -> QueryDict:
        """The options that narrow the events, in the story page's filter names."""
        params = QueryDict(mutable=True)
        for name, value in (("start", self.start), ("end", self.end), ("place", self.place)):
            if value is not None:
                params[name] = str(value)
        return params


def embed_url(request: HttpRequest, story: Story, options: EmbedOptions) -> str:
    url = request.build_absolute_uri(reverse("stories:embed", kwargs={"slug": story.slug}))
    query = options.query()
    return f"{url}?{query}" if query else url


def embed_snippet(
    request: HttpRequest, story: Story, options: EmbedOptions, *, width: int | None = None
) -> str:
    """The HTML a newsroom pastes: the iframe, and the optional script that resizes it.

    Every value is escaped into its attribute; the story title is article-derived text.
    """
    return format_html(
        '<iframe src="{}" title="{}" width="{}" height="{}" style="border:0;max-width:100%" '
        'loading="lazy" data-newsmap-embed></iframe>\n<script src="{}" async></script>',
        embed_url(request, story, options),
        f"Map: {story.title}",
        width or "100%",
        options.frame_height,
        request.build_absolute_uri(reverse("stories:embed_resize_script")),
    )
