"""Entry point: bytes, files, directories, globs and URLs to ArticleRecords.

``read_source`` is pure (bytes in, records out) so it is trivially testable
and benchmarkable; ``read_file``/``expand_sources`` add the file-system side
with the size cap checked before anything big is read into memory, and
``read_url`` the network side (see ``fetch.py``).
"""

from __future__ import annotations

import glob
import os
import re
from dataclasses import replace
from pathlib import Path

from stories.limits import MAX_TEXT_CHARS

from .detect import check_format, decode_bytes, detect_format
from .feeds import read_feed
from .fetch import fetch_url, human_size
from .html import read_html
from .records import ArticleRecord, IngestionError
from .text import drop_furniture_paragraphs, read_text
from .wordpress import read_wordpress

DEFAULT_MAX_BYTES = 10 * 1024 * 1024
_GLOB_CHARS = set("*?[")
_SCHEME_RE = re.compile(r"^([A-Za-z][A-Za-z0-9+.-]*)://")
URL_SCHEMES: frozenset[str] = frozenset({"http", "https"})


def is_url(source: str) -> bool:
    """The one dispatch by scheme: True for an http(s) URL, False for a file path.

    Any other ``scheme://`` (ftp, file, data, ...) is an IngestionError, so it can never
    reach the file reader as a strange path.
    """
    match = _SCHEME_RE.match(source)
    if match is None:
        return False
    scheme = match.group(1).lower()
    if scheme not in URL_SCHEMES:
        raise IngestionError(source, f"unsupported URL scheme {scheme!r}: only http and https")
    return True


def read_source(
    data: bytes,
    *,
    source: str,
    format: str = "auto",
    content_type: str | None = None,
    origin: str | None = None,
) -> list[ArticleRecord]:
    """Decode ``data``, pick the reader (by content unless ``format`` says
    otherwise) and return one record per article it contains.

    ``origin`` is the URL the bytes were fetched from (None for local input): canonical URLs
    the input claims elsewhere are recorded but not trusted (see origin.py).
    Raises IngestionError (one line, naming ``source``) for bad input.
    """
    source = str(source)
    format = check_format(format, source=source)
    if isinstance(data, str):  # be forgiving with callers holding text
        data = data.encode("utf-8")
    text = decode_bytes(data, source=source, content_type=content_type)
    chosen = detect_format(text, content_type=content_type) if format == "auto" else format
    if chosen == "text":
        return [_within_cap(r) for r in read_text(text, source=source)]
    if chosen == "wordpress":
        records = read_wordpress(text, source=source, origin=origin)
    elif chosen == "feed":
        records = read_feed(data, text, source=source, content_type=content_type, origin=origin)
    else:
        records = read_html(text, source=source, origin=origin)
    # Structured sources still carry the odd "Read more:" or ad paragraph.
    return [_within_cap(replace(r, text=drop_furniture_paragraphs(r.text))) for r in records]


def _within_cap(record: ArticleRecord) -> ArticleRecord:
    """Refuse, with a clear reason, a text too long to extract (see MAX_TEXT_CHARS)."""
    if len(record.text) > MAX_TEXT_CHARS:
        problem = (
            f"article text too long to extract: {len(record.text):,} characters "
            f"(the limit is {MAX_TEXT_CHARS:,}, about 16,000 words)"
        )
        raise IngestionError(record.source, problem)
    return record


def read_file(
    path: str | os.PathLike[str],
    *,
    format: str = "auto",
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> list[ArticleRecord]:
    """Read one file; refuse it before reading if it is over ``max_bytes``."""
    source = str(path)
    try:
        size = os.stat(path).st_size
        if Path(path).is_dir():
            raise IngestionError(source, "is a directory, not a file")
        if size > max_bytes:
            raise IngestionError(source, f"larger than {human_size(max_bytes)} ({size} bytes)")
        with open(path, "rb") as handle:
            data = handle.read(max_bytes + 1)  # the file may have grown since stat
    except FileNotFoundError:
        raise IngestionError(source, "no such file") from None
    except PermissionError:
        raise IngestionError(source, "permission denied") from None
    except OSError as exc:
        raise IngestionError(source, f"cannot read: {exc.strerror or exc}") from None
    if len(data) > max_bytes:
        raise IngestionError(source, f"larger than {human_size(max_bytes)}")
    return read_source(data, source=source, format=format)


def read_url(
    url: str,
    *,
    format: str = "auto",
    max_bytes: int = DEFAULT_MAX_BYTES,
    timeout: float = 10.0,
    allow_private: bool = False,
) -> list[ArticleRecord]:
    """Fetch ``url`` (safely, see fetch.py) and read it.  Records name the
    URL as given as their source, so messages match what the user typed."""
    body, content_type, final_url = fetch_url(
        url, timeout=timeout, max_bytes=max_bytes, allow_private=allow_private
    )
    return read_source(body, source=url, format=format, content_type=content_type, origin=final_url)


def read_any(source: str, **kwargs) -> list[ArticleRecord]:
    """``read_url`` for http(s) URLs, ``read_file`` for paths (see ``is_url``)."""
    if is_url(source):
        return read_url(source, **kwargs)
    kwargs.pop("timeout", None)
    kwargs.pop("allow_private", None)
    return read_file(source, **kwargs)


def _is_hidden(path: Path, root: Path) -> bool:
    return any(part.startswith(".") for part in path.relative_to(root).parts)


def expand_sources(args: list[str]) -> list[str]:
    """Turn command-line arguments into an ordered list of sources.

    URLs are kept as they are; directories are walked recursively (sorted,
    hidden files and folders skipped); glob patterns are expanded (sorted);
    anything else must be an existing file.  Duplicates are dropped so a
    file named twice is ingested once.
    """
    out: dict[str, None] = {}
    for arg in args:
        arg = str(arg)
        if is_url(arg):
            out[arg] = None
            continue
        path = Path(arg)
        if path.is_dir():
            files = sorted(p for p in path.rglob("*") if p.is_file() and not _is_hidden(p, path))
            out.update((str(p), None) for p in files)
        elif path.is_file():
            out[arg] = None
        elif _GLOB_CHARS & set(arg):
            matches = sorted(m for m in glob.glob(arg, recursive=True) if Path(m).is_file())
            if not matches:
                raise IngestionError(arg, "no files match this pattern")
            out.update((m, None) for m in matches)
        else:
            raise IngestionError(arg, "no such file or directory")
    return list(out)
