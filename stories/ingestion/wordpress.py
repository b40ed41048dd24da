"""WordPress REST API JSON (``/wp-json/wp/v2/posts``): one post or a list.

The REST API is the cleanest source we get: the article body is already
separated from the theme, and ``date_gmt`` is an unambiguous UTC timestamp;
``date`` is the same moment on the site's own clock, which gives the site's offset (and so
the day the site published on).
Author and term names are present only when the client asked for
``?_embed``; without it the post carries bare numeric ids, which we do not
invent names for.
"""

from __future__ import annotations

import html
import json
from datetime import UTC, datetime, timedelta, timezone
from urllib.parse import urlsplit

from .detect import parse_json
from .html import fragment_to_text, inline_text, normalize_space
from .origin import split_canonical
from .pubday import EAST_MOST
from .records import ArticleRecord, IngestionError, parse_datetime
from .sanitize import sanitize_html

_JSON_TYPE_NAMES = {
    dict: "an object",
    list: "a list",
    str: "a string",
    int: "a number",
    float: "a number",
    bool: "a boolean",
    type(None): "null",
}


def _type_name(value: object) -> str:
    return _JSON_TYPE_NAMES.get(type(value), type(value).__name__)


def _list_item_spans(text: str) -> list[str] | None:
    """Verbatim JSON text of each element of a top-level list.

    ``raw`` must be the payload of *this* post, not the whole page of posts,
    and re-serialising would change it; so walk the list with raw_decode.
    """
    decoder = json.JSONDecoder()
    pos = text.index("[") + 1
    spans: list[str] = []
    length = len(text)
    while True:
        while pos < length and text[pos] in " \t\r\n,":
            pos += 1
        if pos >= length or text[pos] == "]":
            return spans
        try:
            _, end = decoder.raw_decode(text, pos)
        except json.JSONDecodeError:
            return None
        spans.append(text[pos:end])
        pos = end


def _rendered(post: dict, key: str) -> str | None:
    """``post[key]["rendered"]`` (REST shape) or a bare string (some exports)."""
    value = post.get(key)
    if isinstance(value, dict):
        value = value.get("rendered")
    return value if isinstance(value, str) else None


def _embedded_terms(post: dict) -> tuple[tuple[str, ...], tuple[str, ...]]:
    embedded = post.get("_embedded")
    groups = embedded.get("wp:term") if isinstance(embedded, dict) else None
    categories: list[str] = []
    tags: list[str] = []
    for group in groups if isinstance(groups, list) else []:
        for term in group if isinstance(group, list) else []:
            if not isinstance(term, dict) or not isinstance(term.get("name"), str):
                continue
            name = normalize_space(html.unescape(term["name"]))
            if not name:
                continue
            taxonomy = term.get("taxonomy")
            if taxonomy == "category" and name not in categories:
                categories.append(name)
            elif taxonomy == "post_tag" and name not in tags:
                tags.append(name)
    return tuple(categories), tuple(tags)


def _author(post: dict) -> str:
    embedded = post.get("_embedded")
    authors = embedded.get("author") if isinstance(embedded, dict) else None
    names = [
        normalize_space(html.unescape(a["name"]))
        for a in (authors if isinstance(authors, list) else [])
        if isinstance(a, dict) and isinstance(a.get("name"), str)
    ]
    if not any(names):
        yoast = post.get("yoast_head_json")
        if isinstance(yoast, dict) and isinstance(yoast.get("author"), str):
            names = [normalize_space(yoast["author"])]
    return ", ".join(n for n in names if n)


def _outlet(post: dict, link: str) -> str:
    yoast = post.get("yoast_head_json")
    if isinstance(yoast, dict) and isinstance(yoast.get("og_site_name"), str):
        name = normalize_space(html.unescape(yoast["og_site_name"]))
        if name:
            return name
    # The post JSON carries no site name; the host is the next best label.
    host = (urlsplit(link).hostname or "") if link else ""
    return host.removeprefix("www.")


def _post_date(post: dict, gmt_key: str, local_key: str) -> datetime | None:
    """``*_gmt`` is UTC by definition; the local field (no zone) is the same moment on the
    site's clock, so their difference is the site's offset and the stamp is given in it (the
    site's own day, where its "today" is). Alone, the local field is taken as UTC."""
    gmt, local = post.get(gmt_key), post.get(local_key)
    utc = parse_datetime(gmt if isinstance(gmt, str) else None)
    wall = parse_datetime(local if isinstance(local, str) else None)
    if utc is None or wall is None:
        return utc or wall
    offset = wall.replace(tzinfo=None) - utc.astimezone(UTC).replace(tzinfo=None)
    if abs(offset) > EAST_MOST or offset % _OFFSET_STEP:
        return utc  # not the same moment: a draft's local date, or an edited one
    return utc.astimezone(timezone(offset))


_OFFSET_STEP = timedelta(minutes=15)


def post_to_record(
    post: object, *, source: str, raw: str, where: str = "", origin: str | None = None
) -> ArticleRecord:
    """Build one record from one decoded post object, validating its shape.

    The post's ``link`` is its identity only when ``origin`` (the URL the JSON was fetched
    from, None for a local file) is on the same outlet; otherwise it is recorded as claimed.
    """
    prefix = f"{where}: " if where else ""
    if not isinstance(post, dict):
        problem = f"not a WordPress post: expected an object, got {_type_name(post)}"
        raise IngestionError(source, prefix + problem)
    content_html = _rendered(post, "content")
    if content_html is None:
        if isinstance(post.get("code"), str) and isinstance(post.get("message"), str):
            raise IngestionError(source, f"WordPress API error {post['code']}: {post['message']}")
        raise IngestionError(source, f"{prefix}not a WordPress post: missing 'content.rendered'")
    text = fragment_to_text(content_html)
    if not text:
        protected = isinstance(post.get("content"), dict) and post["content"].get("protected")
        why = "password-protected post" if protected else "empty 'content.rendered'"
        raise IngestionError(source, f"{prefix}no article text found ({why})")
    title = inline_text(_rendered(post, "title") or "")  # lxml decodes the entities
    link = post.get("link") if isinstance(post.get("link"), str) else ""
    guid = _rendered(post, "guid") or ""
    canonical, claimed = split_canonical(link or guid, origin=origin)
    categories, tags = _embedded_terms(post)
    post_id = post.get("id")
    has_id = isinstance(post_id, (int, str)) and not isinstance(post_id, bool)
    external_id = str(post_id) if has_id else guid
    return ArticleRecord(
        source=source,
        input_format="wordpress",
        canonical_url=canonical,
        outlet=_outlet(post, canonical or claimed),
        title=title,
        byline=_author(post),
        published=_post_date(post, "date_gmt", "date"),
        modified=_post_date(post, "modified_gmt", "modified"),
        raw=raw,
        text=text,
        display_html=sanitize_html(content_html),
        categories=categories,
        tags=tags,
        external_id=external_id,
        claimed_canonical_url=claimed,
    )


def read_wordpress(text: str, *, source: str, origin: str | None = None) -> list[ArticleRecord]:
    """Read a WordPress REST payload: one post object or a list of them."""
    data = parse_json(text, source=source)
    if isinstance(data, dict):
        return [post_to_record(data, source=source, raw=text, origin=origin)]
    if not isinstance(data, list):
        problem = f"not a WordPress post: JSON is {_type_name(data)}, expected an object or a list"
        raise IngestionError(source, problem)
    if not data:
        raise IngestionError(source, "no WordPress posts: the JSON list is empty")
    spans = _list_item_spans(text)
    if spans is None or len(spans) != len(data):
        spans = [json.dumps(item, ensure_ascii=False) for item in data]
    return [
        post_to_record(item, source=source, raw=span, where=f"item {index}", origin=origin)
        for index, (item, span) in enumerate(zip(data, spans, strict=True))
    ]
