"""HTML: fragments to clean text, and whole news pages to an ArticleRecord.

``fragment_to_text`` is shared by every reader (WordPress content, feed
summaries, trafilatura's output) so "HTML reduced to text" means exactly one
thing everywhere: block elements become paragraph breaks, ``<br>`` a line
break, links and other inline elements their text, scripts/styles vanish and
whitespace (including NBSP) is collapsed.

``read_html`` uses trafilatura with ``favor_precision`` because a missing
paragraph costs us less than a "Related stories" list geocoded onto the map;
but when precision mode loses the body (a fraction of what the default mode
finds), the default mode's body is used. Tables are kept, as text. Measured
against the Article Extraction Benchmark by ``benchmarks/evaluation/bodies.py``.
"""

from __future__ import annotations

import copy
import json
import re
import unicodedata
from datetime import datetime

import trafilatura
from lxml import etree
from lxml import html as lxml_html

from .mojibake import repair_text
from .origin import split_canonical
from .pubday import local_day
from .records import ArticleRecord, IngestionError, parse_datetime
from .sanitize import sanitize_html

BLOCK_TAGS: frozenset[str] = frozenset(
    {
        "address", "article", "aside", "blockquote", "body", "caption", "dd", "details",
        "dialog", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form",
        "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "html", "legend",
        "li", "main", "nav", "ol", "p", "pre", "section", "summary", "table", "tbody",
        "td", "tfoot", "th", "thead", "tr", "ul",
    }
)  # fmt: skip
DROP_TAGS: frozenset[str] = frozenset(
    {
        "script", "style", "noscript", "template", "iframe", "object", "embed", "svg",
        "math", "head", "title", "meta", "link", "button", "select", "textarea", "input",
        "canvas", "audio", "video", "map",
    }
)  # fmt: skip

_PARA = object()
_LINE = object()
_ZERO_WIDTH_RE = re.compile("[\u200b\u2060\ufeff\u00ad]")
_XML_DECL_RE = re.compile(r"^\s*<\?xml[^>]*\?>", re.I)
_SENTENCE_END_RE = re.compile("[.!?\u3002\uff01\uff1f][\"'\u201d\u2019)\\]\u300d\u300f]*$")
# Chinese and Japanese are written without spaces: each character counts as a word.
_WORD_RE = re.compile(
    r"[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff]|[^\s\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff]+"
)
# Precision mode "lost the body" when the default mode finds this many times more words.
_LOST_BODY_RATIO = 2.0
_LEADING_H1_RE = re.compile(r"^\s*(?:<html>)?\s*(?:<body>)?\s*<h1>.*?</h1>", re.S)
# "in the harbour.Then it": two paragraphs pasted together without a space.
_JOINED_SENTENCE_RE = re.compile(r"(?<=[a-z]{2})\.(?=[A-Z][a-z]{2})")


def normalize_space(text: str) -> str:
    """Collapse runs of whitespace (NBSP and other Unicode spaces included)
    to one space, drop zero-width characters and soft hyphens, NFC-normalise."""
    text = _ZERO_WIDTH_RE.sub("", text)
    return unicodedata.normalize("NFC", " ".join(text.split()))


def _parse_fragment(fragment: str) -> etree._Element | None:
    fragment = _XML_DECL_RE.sub("", fragment)
    try:
        return lxml_html.fragment_fromstring(fragment, create_parent="div")
    except (etree.ParserError, ValueError):
        return None


def _walk(element: etree._Element, parts: list[object]) -> None:
    tag = element.tag
    if not isinstance(tag, str):  # comment or processing instruction
        return
    tag = tag.rsplit("}", 1)[-1].lower()
    if tag in DROP_TAGS:
        return
    block = tag in BLOCK_TAGS
    if block:
        parts.append(_PARA)
    elif tag == "br":
        parts.append(_LINE)
    if element.text:
        parts.append(element.text)
    for child in element:
        _walk(child, parts)
        if child.tail:
            parts.append(child.tail)
    if block:
        parts.append(_PARA)


def element_to_text(element: etree._Element) -> str:
    """Text of an lxml element with paragraphs separated by a blank line."""
    parts: list[object] = []
    _walk(element, parts)
    paragraphs: list[str] = []
    current: list[str] = []

    def flush() -> None:
        lines = [normalize_space(line) for line in "".join(current).split("\n")]
        paragraph = "\n".join(line for line in lines if line)
        if paragraph:
            paragraphs.append(paragraph)
        current.clear()

    for part in parts:
        if part is _PARA:
            flush()
        elif part is _LINE:
            current.append("\n")
        else:
            # Source newlines are just whitespace in HTML, not line breaks.
            current.append(str(part).replace("\n", " ").replace("\r", " "))
    flush()
    return "\n\n".join(paragraphs)


def fragment_to_text(fragment: str) -> str:
    """Reduce an HTML fragment (or a whole page) to clean paragraphs."""
    if not fragment or not fragment.strip():
        return ""
    if "<" not in fragment and "&" not in fragment:
        return "\n\n".join(p for p in (normalize_space(b) for b in fragment.split("\n\n")) if p)
    root = _parse_fragment(fragment)
    if root is None:
        return normalize_space(fragment)
    return _JOINED_SENTENCE_RE.sub(". ", element_to_text(root))


def inline_text(fragment: str) -> str:
    """One-line text of a short HTML snippet such as a title."""
    return normalize_space(fragment_to_text(fragment).replace("\n", " "))


# --- whole pages -----------------------------------------------------------

_PUBLISHED_KEYS = (
    "article:published_time",
    "og:article:published_time",
    "datepublished",
    "pubdate",
    "publishdate",
    "date",
    "dc.date",
    "dc.date.issued",
    "sailthru.date",
)
_MODIFIED_KEYS = (
    "article:modified_time",
    "og:updated_time",
    "datemodified",
    "lastmod",
    "dc.date.modified",
)


def _jsonld_values(tree: etree._Element, key: str) -> list[str]:
    values: list[str] = []

    def visit(node: object) -> None:
        if isinstance(node, dict):
            value = node.get(key)
            if isinstance(value, str):
                values.append(value)
            for child in node.values():
                if isinstance(child, (dict, list)):
                    visit(child)
        elif isinstance(node, list):
            for child in node:
                visit(child)

    for script in tree.iterfind(".//script"):
        if (script.get("type") or "").lower() != "application/ld+json" or not script.text:
            continue
        try:
            visit(json.loads(script.text))
        except (ValueError, RecursionError):
            continue
    return values


def _page_datetimes(
    tree: etree._Element, meta_keys: tuple[str, ...], jsonld_key: str
) -> list[datetime]:
    """Every full timestamp the page's own markup gives (meta tags, JSON-LD, ``<time
    datetime>``), in the order trusted; trafilatura only reports the day."""
    metas: dict[str, str] = {}
    for meta in tree.iterfind(".//meta"):
        name = (meta.get("property") or meta.get("name") or meta.get("itemprop") or "").lower()
        content = meta.get("content")
        if name and content and name not in metas:
            metas[name] = content
    candidates = [metas[key] for key in meta_keys if key in metas]
    candidates += _jsonld_values(tree, jsonld_key)
    if jsonld_key == "datePublished":
        candidates += [t.get("datetime") or "" for t in tree.iterfind(".//time")]
    return [parsed for parsed in map(parse_datetime, candidates) if parsed is not None]


def _trafilatura_html(document: object) -> str:
    body = getattr(document, "body", None)
    if body is None or not len(body):
        return ""
    try:
        from trafilatura.htmlprocessing import convert_to_html  # internal, hence guarded

        tree = convert_to_html(copy.deepcopy(body))
        return etree.tostring(tree, encoding="unicode", method="html")
    except Exception:  # fall back to plain text, never crash
        return ""


def _words(text: str) -> int:
    return len(_WORD_RE.findall(text))


def _has_prose(text: str) -> bool:
    """A real sentence, or a body of many short lines (a schedule, a list of results):
    trafilatura returns scraps ("HomeWorld", a cookie notice) for pages that have no
    article, which must be refused."""
    paragraphs = [p for p in text.split("\n\n") if p.strip()]
    if any(_words(p) >= 8 and _SENTENCE_END_RE.search(p) for p in paragraphs):
        return True
    return len(paragraphs) >= 5 and _words(text) >= 40


def _clean_terms(values: list[str] | None) -> tuple[str, ...]:
    terms = (normalize_space(v) for v in values or [])
    return tuple(dict.fromkeys(t for t in terms if t))


def _extract(text: str, *, source: str, page_url: str | None, precise: bool) -> object | None:
    try:
        return trafilatura.bare_extraction(
            text,
            url=page_url,
            favor_precision=precise,
            include_comments=False,
            include_tables=True,
            include_links=False,
            include_images=False,
            with_metadata=True,
            deduplicate=False,
            date_extraction_params={"extensive_search": False, "original_date": True},
        )
    except Exception as exc:  # trafilatura raises assorted errors on junk
        raise IngestionError(source, f"cannot parse HTML: {type(exc).__name__}: {exc}") from None


def _body(document: object | None) -> tuple[str, str]:
    """``(html, text)`` of an extraction's body."""
    if document is None:
        return "", ""
    body_html = _trafilatura_html(document)
    article_text = fragment_to_text(body_html) if body_html else ""
    if not article_text:
        lines = (getattr(document, "text", None) or "").splitlines()
        article_text = "\n\n".join(normalize_space(p) for p in lines if p.strip())
    # Mended here, not only when the record is built: whether the page has prose and where its
    # dateline is are read from this text ("TOKYO (AP) â€” …" hides the dateline's dash).
    return body_html, repair_text(article_text)


def read_html(
    text: str, *, source: str, url: str | None = None, origin: str | None = None
) -> list[ArticleRecord]:
    """Extract the main article of an HTML page with trafilatura.

    Precision mode first; its body is replaced by the default mode's when the default finds
    ``_LOST_BODY_RATIO`` times as many words (precision mode dropped the article, not just
    its furniture). ``origin`` is the URL the page was fetched from; a canonical URL on
    another host is recorded as claimed, and the page is known by its own address instead.
    """
    page_url = url or origin or (source if source.startswith(("http://", "https://")) else None)
    document = _extract(text, source=source, page_url=page_url, precise=True)
    body_html, article_text = _body(document)
    fallback = _extract(text, source=source, page_url=page_url, precise=False)
    fallback_html, fallback_text = _body(fallback)
    if _words(fallback_text) > _LOST_BODY_RATIO * _words(article_text):
        body_html, article_text = fallback_html, fallback_text
        document = document if document is not None else fallback
    if document is None or not _has_prose(article_text):
        raise IngestionError(source, "no article text found")

    try:
        tree = lxml_html.document_fromstring(_XML_DECL_RE.sub("", text))
    except (etree.ParserError, ValueError):
        tree = lxml_html.fragment_fromstring("<div></div>")
    title = repair_text(normalize_space(document.title or ""))  # as the body's first line is
    # trafilatura keeps a leading "<h1>title</h1>" of the article body; drop it.
    first, _, rest = article_text.partition("\n\n")
    if title and normalize_space(first) == title and rest:
        article_text = rest
        body_html = _LEADING_H1_RE.sub("", body_html, count=1)
    stamps = _page_datetimes(tree, _PUBLISHED_KEYS, "datePublished")
    published = stamps[0] if stamps else parse_datetime(document.date or None)
    modified = next(iter(_page_datetimes(tree, _MODIFIED_KEYS, "dateModified")), None)
    canonical, claimed = split_canonical(document.url or "", origin=origin)
    if not canonical and page_url:
        canonical, _ = split_canonical(page_url, origin=None)
    published_day = local_day(published, stamps, canonical or page_url, article_text)
    return [
        ArticleRecord(
            source=source,
            input_format="html",
            canonical_url=canonical,
            outlet=normalize_space(document.sitename or ""),
            title=title,
            byline=normalize_space(document.author or ""),
            published=published,
            published_day=published_day,
            modified=modified,
            raw=text,
            text=article_text,
            display_html=sanitize_html(body_html),
            categories=_clean_terms(document.categories),
            tags=_clean_terms(document.tags),
            claimed_canonical_url=claimed,
        )
    ]
