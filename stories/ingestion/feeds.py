"""RSS 0.9x/1.0/2.0 and Atom feeds via feedparser: one record per entry.

feedparser copes with the many dialects and broken dates of real feeds; we
only normalise its output.  Each entry's ``raw`` is the entry's own XML text
cut from the document (so an article can be re-parsed or audited later),
falling back to a re-serialisation if the cut is ambiguous.
"""

from __future__ import annotations

import calendar
import io
import json
import re
from datetime import UTC, datetime

import feedparser

from .html import fragment_to_text, inline_text, normalize_space
from .origin import split_canonical
from .records import ArticleRecord, IngestionError, is_placeholder_date, parse_datetime
from .sanitize import sanitize_html

_ENTRY_RE = re.compile(r"<(?:[\w.-]+:)?(item|entry)\b[^>]*>.*?</(?:[\w.-]+:)?\1\s*>", re.S | re.I)
_HTML_TYPES = ("text/html", "application/xhtml+xml", "html", "xhtml")


def _entry_date(entry: dict, key: str) -> datetime | None:
    """The entry's date in the offset the feed stated (its own day); feedparser's UTC
    ``struct_time`` when the raw value is in a dialect only feedparser reads."""
    stated = parse_datetime(entry.get(key) if isinstance(entry.get(key), str) else None)
    if stated is not None:
        return stated
    parsed = entry.get(f"{key}_parsed")
    if not parsed:
        return None
    try:
        stamp = datetime.fromtimestamp(calendar.timegm(parsed), tz=UTC)
    except (OverflowError, ValueError, OSError):
        return None
    return None if is_placeholder_date(stamp) else stamp


def _entry_body(entry: dict) -> str:
    """The fullest HTML/text body: content:encoded / atom:content before the
    summary/description, which is often only a teaser."""
    candidates = [c.get("value", "") for c in entry.get("content") or [] if isinstance(c, dict)]
    candidates.append(entry.get("summary", "") or "")
    candidates = [c for c in candidates if c and c.strip()]
    return max(candidates, key=len) if candidates else ""


def _text_field(entry: dict, key: str) -> str:
    value = entry.get(key, "") or ""
    detail = entry.get(f"{key}_detail") or {}
    if (detail.get("type") or "") in _HTML_TYPES or "<" in value or "&" in value:
        return inline_text(value)
    return normalize_space(value)


def _entry_raws(text: str, count: int) -> list[str] | None:
    raws = [m.group(0) for m in _ENTRY_RE.finditer(text)]
    return raws if len(raws) == count else None


def read_feed(
    data: bytes,
    text: str,
    *,
    source: str,
    content_type: str | None = None,
    origin: str | None = None,
) -> list[ArticleRecord]:
    """Read an RSS or Atom feed.  ``data`` goes to feedparser (which honours
    the XML encoding declaration); ``text`` is our decoding, for ``raw``.

    An entry's link is its identity only when it is on the host the feed was fetched from
    (``origin``; None for a local file): a feed cannot claim another outlet's articles.
    """
    headers = {"content-type": content_type} if content_type else {}
    # A BytesIO, never bytes/str: feedparser treats strings as URLs or paths.
    parsed = feedparser.parse(io.BytesIO(data), response_headers=headers, sanitize_html=False)
    if not parsed.get("version") and not parsed.entries:
        problem = parsed.get("bozo_exception")
        detail = f": {problem}" if problem else ""
        raise IngestionError(source, f"not a valid RSS/Atom feed{detail}")
    if not parsed.entries:
        raise IngestionError(source, "feed has no entries")
    if parsed.get("bozo") and not any(e.get("link") or _entry_body(e) for e in parsed.entries):
        # feedparser's loose parser salvages fragments from broken XML; if none
        # has a link or a body, the "entries" are debris, not articles.
        raise IngestionError(source, f"malformed feed XML: {parsed.get('bozo_exception')}")
    outlet = _text_field(parsed.feed, "title")
    raws = _entry_raws(text, len(parsed.entries))
    records = []
    for index, entry in enumerate(parsed.entries):
        body_html = _entry_body(entry)
        published = _entry_date(entry, "published") or _entry_date(entry, "updated")
        terms = (
            normalize_space(t.get("term") or t.get("label") or "") for t in entry.get("tags") or []
        )
        categories = tuple(dict.fromkeys(terms))
        link = normalize_space(entry.get("link", "") or "")
        canonical, claimed = split_canonical(link, origin=origin)
        records.append(
            ArticleRecord(
                source=source,
                input_format="feed",
                canonical_url=canonical,
                outlet=outlet,
                title=_text_field(entry, "title"),
                byline=_text_field(entry, "author"),
                published=published,
                # feedparser aliases "updated" to the RSS pubDate; only a real
                # <updated>/<lastBuildDate>-style value counts as a modification.
                modified=_entry_date(entry, "updated")
                if dict.__contains__(entry, "updated")
                else None,
                raw=raws[index] if raws else json.dumps(entry, default=str, ensure_ascii=False),
                text=fragment_to_text(body_html),
                display_html=sanitize_html(body_html) if "<" in body_html else "",
                categories=tuple(c for c in categories if c),
                external_id=normalize_space(entry.get("id", "") or ""),
                claimed_canonical_url=claimed,
            )
        )
    return records
