"""Turn raw bytes into text and decide which reader handles them.

Decoding and format sniffing live together because both look at the first
bytes of the payload, and because every reader needs the same guarantees:
the text is valid Unicode, the input was not empty or binary, and the format
was chosen by content (servers and file extensions lie: the WordPress seed is
a ``.txt`` file).
"""

from __future__ import annotations

import codecs
import json
import re

from .records import INPUT_FORMATS, IngestionError

# Magic numbers of binary formats people feed in by mistake, for a clear message.
_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG", "PNG image"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"GIF8", "GIF image"),
    (b"%PDF", "PDF document"),
    (b"PK\x03\x04", "ZIP archive (or Office document)"),
    (b"\x1f\x8b", "gzip archive"),
    (b"RIFF", "RIFF media file"),
    (b"\x7fELF", "executable"),
)

_CHARSET_RE = re.compile(rb"""charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)
_XML_ENCODING_RE = re.compile(rb"""<\?xml[^>]*\bencoding\s*=\s*["']([A-Za-z0-9_.:-]+)""", re.I)
_CONTROL_RE = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")
_XML_ROOT_RE = re.compile(r"<([A-Za-z_][\w.-]*:)?([A-Za-z_][\w.-]*)")
_HTML_TAG_RE = re.compile(
    r"<(?:!doctype\s+html|html|head|body|article|main|div|p|h[1-6]|title|meta|section|span|a|ul|li|br)\b",
    re.I,
)
_FEED_ROOTS = {"rss", "feed", "rdf"}


def _charset_from_content_type(content_type: str | None) -> str | None:
    if not content_type:
        return None
    match = _CHARSET_RE.search(content_type.encode("latin-1", "replace"))
    return match.group(1).decode("ascii") if match else None


def _declared_charset(head: bytes) -> str | None:
    """Charset declared inside the document (XML declaration or HTML meta)."""
    match = _XML_ENCODING_RE.search(head) or _CHARSET_RE.search(head)
    return match.group(1).decode("ascii") if match else None


def _try_decode(data: bytes, charset: str | None) -> str | None:
    if not charset:
        return None
    try:
        codecs.lookup(charset)
        return data.decode(charset)
    except (LookupError, UnicodeDecodeError):
        return None


def decode_bytes(data: bytes, *, source: str, content_type: str | None = None) -> str:
    """Decode a payload to text, refusing empty and binary input.

    Order: BOM (UTF-8/UTF-16), strict UTF-8 (by far the most common), the
    charset given by the HTTP content type, the charset declared in the
    document, then cp1252 (what "latin-1" pages usually really are).  Raises
    IngestionError instead of producing mojibake or crashing.
    """
    if not data or not data.strip():
        raise IngestionError(source, "empty input: nothing to read")
    for magic, name in _MAGIC:
        if data.startswith(magic):
            raise IngestionError(source, f"binary data ({name}), not an article")
    if data.startswith(codecs.BOM_UTF8):
        text = _try_decode(data[len(codecs.BOM_UTF8) :], "utf-8")
        if text is None:
            raise IngestionError(source, "undecodable bytes after a UTF-8 byte-order mark")
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        text = _try_decode(data, "utf-16")
        if text is None:
            raise IngestionError(source, "undecodable UTF-16 text")
        text = text.lstrip("\ufeff")
    else:
        if b"\x00" in data:
            raise IngestionError(source, "binary data (contains NUL bytes), not text")
        text = (
            _try_decode(data, "utf-8")
            or _try_decode(data, _charset_from_content_type(content_type))
            or _try_decode(data, _declared_charset(data[:4096]))
            or _try_decode(data, "cp1252")
        )
        if text is None:
            raise IngestionError(source, "binary data (not decodable as text)")
    if not text.strip():
        raise IngestionError(source, "empty input: nothing to read")
    controls = len(_CONTROL_RE.findall(text[:20000]))
    if controls > max(3, len(text[:20000]) // 100):
        raise IngestionError(source, "binary data (too many control characters), not text")
    return text


def _looks_like_json(stripped: str) -> bool:
    if stripped.startswith("{"):
        return True
    if stripped.startswith("["):
        rest = stripped[1:].lstrip()
        return not rest or rest[0] in '{["]-0123456789tfn'
    return False


def _xml_root(stripped: str) -> str | None:
    """Local name of the first element, skipping declarations and comments."""
    pos = 0
    while True:
        start = stripped.find("<", pos)
        if start < 0:
            return None
        if stripped.startswith("<?", start):
            pos = stripped.find("?>", start) + 2
        elif stripped.startswith("<!--", start):
            pos = stripped.find("-->", start) + 3
        elif stripped.startswith("<!", start):
            if stripped[start : start + 14].lower().startswith("<!doctype html"):
                return "html"
            pos = stripped.find(">", start) + 1
        else:
            match = _XML_ROOT_RE.match(stripped, start)
            return match.group(2).lower() if match else None
        if pos <= 0:
            return None


def detect_format(text: str, *, content_type: str | None = None) -> str:
    """Pick a reader by content: JSON -> wordpress, rss/feed/RDF root -> feed,
    HTML -> html, anything else -> text.  The content type only breaks ties
    for payloads that could be either (e.g. an HTML fragment without tags
    near the top)."""
    stripped = text.lstrip("\ufeff \t\r\n")
    if _looks_like_json(stripped):
        return "wordpress"
    if stripped.startswith("<"):
        root = _xml_root(stripped[:20000])
        if root in _FEED_ROOTS:
            return "feed"
        return "html"
    ctype = (content_type or "").split(";")[0].strip().lower()
    if ctype.endswith(("json", "+json")):
        return "wordpress"
    if ctype.endswith(("rss+xml", "atom+xml", "rdf+xml")):
        return "feed"
    head = stripped[:4096]
    if ctype in ("text/html", "application/xhtml+xml") or len(_HTML_TAG_RE.findall(head)) >= 3:
        return "html"
    return "text"


def check_format(format: str, *, source: str) -> str:
    """Validate a ``format=`` override (the command passes user input)."""
    if format == "auto" or format in INPUT_FORMATS:
        return format
    choices = ", ".join(("auto", *INPUT_FORMATS))
    raise IngestionError(source, f"unknown format {format!r} (choose one of: {choices})")


def parse_json(text: str, *, source: str) -> object:
    """json.loads with the error turned into a one-line IngestionError."""
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise IngestionError(
            source, f"malformed JSON at line {exc.lineno}, column {exc.colno}: {exc.msg}"
        ) from None
    except RecursionError:
        raise IngestionError(source, "malformed JSON: nested too deeply") from None
