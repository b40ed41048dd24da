"""The one normalised shape every reader produces, and the one error they raise.

Every input format (WordPress JSON, HTML pages, scraped text, RSS/Atom feeds,
URLs) ends up as :class:`ArticleRecord` so the database upsert, duplicate
grouping and the ``ingest`` command never need to know where an article came
from.  Every problem with an input ends up as :class:`IngestionError`, whose
``str()`` is a single line the command can print next to the file name.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from email.utils import parsedate_to_datetime

from .mojibake import repair_text
from .pubday import filed_day
from .sanitize import replace_lone_surrogates

INPUT_FORMATS: tuple[str, ...] = ("text", "html", "wordpress", "feed")
#: Earlier "publication dates" are placeholders (0001-01-01), not dates.
EARLIEST_PUBLICATION_YEAR = 1900
#: A zero Unix timestamp shown in some zone: 1970-01-01 (or its eve west of Greenwich).
_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
#: A publication stamp later than this past the moment we read the page is impossible (the
#: margin covers clocks that are a little off, nothing more).
_CLOCK_SKEW = timedelta(hours=1)


@dataclass(frozen=True)
class ArticleRecord:
    """One article, normalised.  Pure data: no ORM, safe to build in tests."""

    source: str  # file path or URL it came from (for messages)
    input_format: str  # "text" | "html" | "wordpress" | "feed"
    canonical_url: str  # "" when unknown
    outlet: str  # site/publisher name, "" when unknown
    title: str
    byline: str
    published: datetime | None  # timezone-aware, in the offset the source stated; None when not
    modified: datetime | None
    raw: str  # the raw payload of THIS article verbatim
    text: str  # clean text, paragraphs separated by "\n\n"
    display_html: str  # sanitized (nh3) HTML for display, "" for plain text
    categories: tuple[str, ...] = ()
    tags: tuple[str, ...] = ()
    external_id: str = ""  # e.g. WP post id, feed entry id
    # A canonical URL the input claimed on a host it was not fetched from (see origin.py):
    # recorded, never used to find the stored article.
    claimed_canonical_url: str = ""
    # The publication day as the source states it (its own local day, where "today" in the text
    # is); by default the day on the clock of the text's dateline city (pubday.filed_day), else
    # the date of `published` in the offset the source gave it. A reader that
    # knows the local day better (the page's URL, WordPress' local date) passes it.
    published_day: date | None = None

    def __post_init__(self) -> None:
        # Broken characters (mojibake, entities escaped twice) are mended in every field a
        # reader shows or analyses, before anything reads the text; the raw payload stays as it
        # came. Display HTML keeps its entities, which are markup there.
        for name in ("title", "byline", "outlet", "text"):
            object.__setattr__(self, name, repair_text(getattr(self, name)))
        object.__setattr__(self, "display_html", repair_text(self.display_html, entities=False))
        for name in ("categories", "tags"):
            object.__setattr__(self, name, tuple(repair_text(term) for term in getattr(self, name)))
        if self.published_day is None and self.published is not None:
            filed = filed_day(self.published, self.text)  # a dateline city's clock
            object.__setattr__(self, "published_day", filed or self.published.date())
        # PostgreSQL text cannot hold NUL characters, and no article needs one; no encoder takes
        # a lone surrogate. Clean both from every field (the raw payload too), whichever reader
        # built the record.
        for name, value in vars(self).items():
            if isinstance(value, str):
                object.__setattr__(self, name, _clean(value))
            elif isinstance(value, tuple):
                object.__setattr__(self, name, tuple(_clean(item) for item in value))


def _clean(value: str) -> str:
    return replace_lone_surrogates(value.replace("\x00", ""))


class IngestionError(Exception):
    """A bad input.  ``str()`` is one line: ``"<source>: <problem>"``.

    Kept to one line because the ingest command prints one line per failed
    source and carries on with the others.
    """

    def __init__(self, source: str, problem: str) -> None:
        self.source = replace_lone_surrogates(str(source))
        # Newlines would break the one-line contract of the command's output; a lone surrogate
        # quoted from the input would break the terminal's encoder.
        self.problem = replace_lone_surrogates(" ".join(str(problem).split()))
        super().__init__(self.source, self.problem)

    def __str__(self) -> str:
        return f"{self.source}: {self.problem}"

    def __reduce__(self):  # keep picklable with the two-argument constructor
        return (type(self), (self.source, self.problem))


def parse_datetime(value: str | None, *, assume_utc: bool = True) -> datetime | None:
    """Parse an ISO 8601 / RFC 2822 timestamp into an aware datetime, in its stated offset.

    The offset is kept, not converted to UTC: aware datetimes compare and sort by instant
    whatever their offset, and the stated offset is what tells the page's own day (a story
    stamped 21:30-04:00 on the 18th was published on the 18th, although it was the 19th in UTC).
    A value without an offset is taken as UTC when ``assume_utc`` (the best we can do without
    the site's time zone) and rejected otherwise.  Unparseable values and placeholders give
    None rather than an error, so the caller falls back to its next date source: a missing
    date must not lose the article.
    """
    if not value or not isinstance(value, str):
        return None
    value = value.strip()
    if not value or value.startswith("0000"):
        return None
    parsed: datetime | None = None
    iso = value[:-1] + "+00:00" if value.endswith(("Z", "z")) else value
    if iso.endswith((" UTC", " GMT")):
        iso = iso[:-4] + "+00:00"
    try:
        parsed = datetime.fromisoformat(iso)
    except ValueError:
        try:
            parsed = parsedate_to_datetime(value)
        except (TypeError, ValueError, IndexError):
            return None
    if parsed.tzinfo is None:
        if not assume_utc:
            return None
        parsed = parsed.replace(tzinfo=UTC)
    return None if is_placeholder_date(parsed) else parsed


def is_placeholder_date(stamp: datetime, *, now: datetime | None = None) -> bool:
    """Whether a stated publication time cannot be one: a CMS placeholder (year 1, WordPress'
    zero date, anything before 1900), a zero Unix timestamp (1970-01-01 in any zone), or a
    time after the moment the page is read (``now``, by default the present)."""
    if stamp.year < EARLIEST_PUBLICATION_YEAR:
        return True
    aware = stamp if stamp.tzinfo is not None else stamp.replace(tzinfo=UTC)
    try:
        if abs(aware - _EPOCH) < timedelta(days=1):
            return True
        return aware > (now or datetime.now(UTC)) + _CLOCK_SKEW
    except OverflowError:
        return True
