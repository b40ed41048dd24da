"""Writing ingested articles: idempotent upsert, story grouping, publication-date inference.

The readers (readers.py and friends) turn any input into `ArticleRecord`s without touching the
database; everything here is the database side. This stage stops at the stored article: it says
which articles need extraction (`IngestResult.needs_extraction`) and `stories.pipeline`, the one
module that chains the stages, runs or queues it.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from enum import StrEnum

from django.conf import settings
from django.db import IntegrityError, transaction
from django.utils.text import slugify

from stories.ingestion import similarity
from stories.ingestion.readers import read_any, read_source
from stories.ingestion.records import ArticleRecord, IngestionError
from stories.models import Article, ShingleBucket, Story


class Outcome(StrEnum):
    CREATED = "created"
    UPDATED = "updated"
    UNCHANGED = "unchanged"


@dataclass(frozen=True)
class IngestResult:
    article: Article
    outcome: Outcome
    #: Other versions whose publication date this article supplied: their relative dates can
    #: now resolve, so they need extraction again.
    redated: tuple[Article, ...] = ()

    def needs_extraction(self, *, force: bool = False) -> list[Article]:
        """The articles whose extraction this ingest made stale (all of them with `force`)."""
        stale = [self.article] if force or self.outcome != Outcome.UNCHANGED else []
        return [*stale, *self.redated]


@dataclass
class IngestReport:
    """What one run did, per source; the command prints it, the admin shows it."""

    results: list[IngestResult] = field(default_factory=list)
    errors: list[IngestionError] = field(default_factory=list)

    def count(self, outcome: Outcome) -> int:
        return sum(1 for r in self.results if r.outcome == outcome)

    def summary(self) -> str:
        return (
            f"ingested {self.count(Outcome.CREATED)}, updated {self.count(Outcome.UPDATED)}, "
            f"unchanged {self.count(Outcome.UNCHANGED)}, failed {len(self.errors)}"
        )


def content_hash(text: str) -> str:
    """Hash of the clean text with white space folded, so re-cleaning noise is not a change."""
    return hashlib.sha256(" ".join(text.split()).encode()).hexdigest()


@dataclass(frozen=True)
class Fingerprint:
    """What identifies a text and finds its versions, computed before any transaction opens."""

    digest: str
    shingles: set[int]
    buckets: list[int]

    @classmethod
    def of(cls, text: str) -> Fingerprint:
        shingle_set = similarity.shingles(text)
        buckets = similarity.band_buckets(similarity.minhash(shingle_set))
        return cls(digest=content_hash(text), shingles=shingle_set, buckets=buckets)


def ingest_record(record: ArticleRecord, *, story: Story | None = None) -> IngestResult:
    """Insert or update one article, all or nothing.

    The same article (canonical URL, else content hash) is one row: unchanged text is left
    alone, changed text replaces the old one. Metadata goes through `apply_pipeline_values`, so
    whatever an editor corrected stays. A new article joins the story of a near-duplicate
    version, or `story` when given, or a story of its own. The text is hashed and shingled
    before the transaction opens, so the write lock is held only for the writes.
    """
    if not record.text.strip():
        raise IngestionError(record.source, "no article text found")
    fingerprint = Fingerprint.of(record.text)
    digest = fingerprint.digest
    with transaction.atomic():
        existing = _find_existing(record, digest)
        if existing is not None and existing.content_hash == digest:
            changed = _apply_metadata(existing, record)
            if changed:
                existing.save()
            outcome = Outcome.UPDATED if changed else Outcome.UNCHANGED
            article = existing
        elif existing is not None:
            article = _update_text(existing, record, fingerprint)
            outcome = Outcome.UPDATED
        else:
            article = _create(record, fingerprint, story=story)
            outcome = Outcome.CREATED
        redated = _share_publication_date(article)
    return IngestResult(article=article, outcome=outcome, redated=tuple(redated))


def ingest_bytes(
    data: bytes,
    *,
    source: str,
    format: str = "auto",
    content_type: str | None = None,
    story: Story | None = None,
) -> list[IngestResult]:
    """Read a payload (file content, pasted text, upload) and ingest every article in it."""
    if len(data) > settings.INGEST_MAX_BYTES:
        raise IngestionError(source, f"larger than {_megabytes(settings.INGEST_MAX_BYTES)}")
    records = read_source(data, source=source, format=format, content_type=content_type)
    return [ingest_record(r, story=story) for r in records]


def ingest_source(
    source: str,
    *,
    format: str = "auto",
    story: Story | None = None,
) -> list[IngestResult]:
    """Ingest a file path or an http(s) URL."""
    records = read_any(
        source,
        format=format,
        max_bytes=settings.INGEST_MAX_BYTES,
        timeout=settings.INGEST_FETCH_TIMEOUT,
        allow_private=settings.INGEST_ALLOW_PRIVATE_URLS,
    )
    return [ingest_record(r, story=story) for r in records]


def _megabytes(n: int) -> str:
    return f"{n / 1024 / 1024:g} MB"


def _find_existing(record: ArticleRecord, digest: str) -> Article | None:
    """The stored article this record is: by canonical URL, else by identical text.

    Only a canonical URL the readers trusted (on the host the input came from, see
    origin.py) is a key here; one a page merely claimed is in ``claimed_canonical_url`` and
    never looked up. Text is unique too: when the exact text is already stored under another
    article, that article is the match (the URL's own article cannot take the same text).
    """
    same_text = Article.objects.filter(content_hash=digest).first()
    if record.canonical_url and same_text is None:
        return Article.objects.filter(canonical_url=record.canonical_url).first()
    return same_text


def _metadata(record: ArticleRecord) -> dict[str, object]:
    values: dict[str, object] = {
        "title": record.title[:500] or "(untitled)",
        "outlet": record.outlet[:200],
        "byline": record.byline[:300],
    }
    if record.published is not None:
        values["published_at"] = record.published
        values["published_day"] = record.published_day
        values["published_source"] = Article.DateSource.STATED
    return values


def _apply_metadata(article: Article, record: ArticleRecord) -> list[str]:
    changed = article.apply_pipeline_values(**_metadata(record))
    url_taken = Article.objects.filter(canonical_url=record.canonical_url).exclude(pk=article.pk)
    if record.canonical_url and not article.canonical_url and not url_taken.exists():
        article.canonical_url = record.canonical_url
        changed.append("canonical_url")
    claimed = record.claimed_canonical_url[:2000]
    if claimed and claimed not in (article.canonical_url, article.claimed_canonical_url):
        article.claimed_canonical_url = claimed
        changed.append("claimed_canonical_url")
    return changed


def _update_text(article: Article, record: ArticleRecord, fingerprint: Fingerprint) -> Article:
    _apply_metadata(article, record)
    article.text = record.text
    article.raw = record.raw
    article.display_html = record.display_html
    article.content_hash = fingerprint.digest
    article.source = record.source[:2000]
    article.save()
    article.buckets.all().delete()
    ShingleBucket.objects.bulk_create(
        ShingleBucket(article=article, bucket=b) for b in fingerprint.buckets
    )
    return article


def _create(record: ArticleRecord, fingerprint: Fingerprint, *, story: Story | None) -> Article:
    digest = fingerprint.digest
    buckets = fingerprint.buckets
    version_of = _find_version(fingerprint.shingles, buckets)
    if story is None:
        story = version_of.story if version_of else _new_story(record)
    article = Article(
        story=story,
        version_of=version_of,
        canonical_url=record.canonical_url[:2000],
        claimed_canonical_url=record.claimed_canonical_url[:2000],
        external_id=record.external_id[:300],
        input_format=record.input_format,
        source=record.source[:2000],
        raw=record.raw,
        display_html=record.display_html,
        text=record.text,
        content_hash=digest,
    )
    article.apply_pipeline_values(**_metadata(record))
    article.save()
    ShingleBucket.objects.bulk_create(ShingleBucket(article=article, bucket=b) for b in buckets)
    return article


def _find_version(shingle_set: set[int], buckets: list[int]) -> Article | None:
    """The earliest-ingested article that is a version of this text, if any."""
    candidate_ids = (
        ShingleBucket.objects.filter(bucket__in=buckets)
        .values_list("article_id", flat=True)
        .distinct()
    )
    best: tuple[float, Article] | None = None
    for candidate in Article.objects.filter(pk__in=list(candidate_ids)).order_by("ingested_at"):
        score = similarity.containment(shingle_set, similarity.shingles(candidate.text))
        if score >= similarity.VERSION_THRESHOLD and (best is None or score > best[0]):
            best = (score, candidate.version_of or candidate)
    return best[1] if best else None


def _new_story(record: ArticleRecord) -> Story:
    """A story named after the record, with the first free slug ("title", "title-2", ...).

    Checking that a slug is free does not reserve it: a concurrent ingest of an article with
    the same title may take it first. So each insert runs in a savepoint, and a lost race
    moves on to the next suffix instead of failing the whole ingest.
    """
    title = record.title[:300] or "Untitled story"
    base = slugify(title)[:80].strip("-") or "story"
    slug, n = base, 1
    while True:
        if not Story.objects.filter(slug=slug).exists():
            try:
                with transaction.atomic():
                    return Story.objects.create(slug=slug, title=title)
            except IntegrityError:
                pass  # taken since we looked: try the next one
        n += 1
        slug = f"{base}-{n}"


def _share_publication_date(article: Article) -> list[Article]:
    """Give undated versions of a story the date of a dated version, marked as inferred.

    Runs whichever version arrives first: an undated scraped page ingested before the dated
    WordPress post gets its date when the post lands, and the other way round. Returns the
    other versions whose date changed, so their extraction can be run again.
    """
    root = article.version_of or article
    others = (Article.objects.filter(pk=root.pk) | root.versions.all()).exclude(pk=article.pk)
    family = [article, *others]
    dated = [a for a in family if a.published_source == Article.DateSource.STATED]
    if not dated:
        return []
    reference = min(dated, key=lambda a: a.published_at)
    redated = []
    for member in family:
        if member.published_source == Article.DateSource.STATED:
            continue
        changed = member.apply_pipeline_values(
            published_at=reference.published_at,
            published_day=reference.published_day,
            published_source=Article.DateSource.INFERRED,
        )
        if changed:
            member.save(update_fields=[*changed, "updated_at"])
            if member.pk != article.pk:
                redated.append(member)
    return redated
