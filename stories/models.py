"""Newsmap's data model: stories made of articles, and the places and dated events drawn from them.

Two rules shape it:
- provenance: every event points back to the article text it came from (`EventSource`);
- editors' corrections are final: a field an editor changed is listed in `locked_fields` and the
  pipeline writes through `apply_pipeline_values`, which skips locked fields.
"""

from __future__ import annotations

from django.conf import settings
from django.db import connections, models
from django.db.models import Count, Max, Min, Q
from django.db.models.functions import Coalesce
from django.urls import reverse
from django.utils import timezone
from simple_history.models import HistoricalRecords


class EditorLockedQuerySet(models.QuerySet):
    """Reads shared by every model an editor can lock."""

    def unlocked(self, field: str) -> models.QuerySet:
        """Rows where no editor has locked `field` (the pipeline, or a question, may touch it)."""
        if connections[self.db].features.supports_json_field_contains:
            return self.exclude(locked_fields__contains=[field])
        # SQLite has no JSON containment lookup: match the quoted name in the list's JSON text.
        return self.exclude(locked_fields__icontains=f'"{field}"')


class EditorLockedModel(models.Model):
    """A row whose fields an editor can lock against later pipeline runs."""

    locked_fields = models.JSONField(
        default=list,
        blank=True,
        help_text="Fields an editor changed; the pipeline never overwrites them.",
    )

    class Meta:
        abstract = True

    #: Fields the pipeline fills and an editor may correct; subclasses name theirs.
    LOCKABLE_FIELDS: tuple[str, ...] = ()

    def is_locked(self, field: str) -> bool:
        return field in self.locked_fields

    def lock(self, *fields: str) -> None:
        """Record that an editor set these fields (ignores fields that are not lockable)."""
        wanted = [f for f in fields if f in self.LOCKABLE_FIELDS and f not in self.locked_fields]
        self.locked_fields = sorted({*self.locked_fields, *wanted})

    def unlock(self, *fields: str) -> None:
        self.locked_fields = [f for f in self.locked_fields if f not in fields]

    def apply_pipeline_values(self, **values: object) -> list[str]:
        """Set the values a pipeline stage computed, except on locked fields.

        Returns the names of the fields that actually changed, so callers can save only those
        (and tell "updated" from "unchanged").
        """
        changed = []
        for field, value in values.items():
            if self.is_locked(field):
                continue
            if getattr(self, field) != value:
                setattr(self, field, value)
                changed.append(field)
        return changed


class StoryQuerySet(models.QuerySet):
    def with_figures(self) -> StoryQuerySet:
        """Annotate what the index lists: event and place counts and the date span (one query)."""
        return self.annotate(
            event_count=Count("events", distinct=True),
            place_count=Count("events__place", distinct=True),
            first_date=Min("events__date_start"),
            last_date=Max(Coalesce("events__date_end", "events__date_start")),
        )


class Story(models.Model):
    """A set of articles about one unfolding story, and the chronology drawn from them."""

    slug = models.SlugField(max_length=120, unique=True)
    title = models.CharField(max_length=300)
    summary = models.TextField(blank=True)
    version = models.PositiveIntegerField(
        default=1,
        editable=False,
        help_text="Bumped (F() + 1) by every save to the story's rows: page cache keys and ETags.",
    )
    created_at = models.DateTimeField(default=timezone.now, editable=False)
    updated_at = models.DateTimeField(auto_now=True)

    objects = StoryQuerySet.as_manager()
    history = HistoricalRecords()

    class Meta:
        ordering = ["-updated_at"]
        verbose_name_plural = "stories"

    def __str__(self) -> str:
        return self.title

    def save(self, *args, **kwargs) -> None:
        """Save, never writing `version` back: only `versions.bump` moves it, in the database.

        An instance loaded before another process bumped the version would otherwise set it back
        to a number whose cached pages show older content.
        """
        if not self._state.adding and kwargs.get("update_fields") is None:
            kwargs["update_fields"] = [
                f.name
                for f in self._meta.concrete_fields
                if not f.primary_key and f.name != "version"
            ]
        super().save(*args, **kwargs)

    def get_absolute_url(self) -> str:
        return reverse("stories:story", kwargs={"slug": self.slug})


class ArticleQuerySet(EditorLockedQuerySet):
    def needing_review(self) -> ArticleQuerySet:
        """Articles with an inferred or unknown publication date that no editor has set."""
        return self.exclude(published_source=Article.DateSource.STATED).unlocked("published_at")


class Article(EditorLockedModel):
    """One ingested article: its metadata, the raw payload verbatim and the cleaned text."""

    class DateSource(models.TextChoices):
        STATED = "stated", "stated by the source"
        INFERRED = "inferred", "inferred from another version"
        UNKNOWN = "unknown", "unknown"

    class Format(models.TextChoices):
        TEXT = "text", "scraped text"
        HTML = "html", "HTML page"
        WORDPRESS = "wordpress", "WordPress REST JSON"
        FEED = "feed", "RSS/Atom feed entry"

    story = models.ForeignKey(Story, on_delete=models.CASCADE, related_name="articles")
    version_of = models.ForeignKey(
        "self",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="versions",
        help_text="The earlier-ingested article this one is a version of (same story, edited).",
    )
    canonical_url = models.URLField(max_length=2000, blank=True)
    claimed_canonical_url = models.URLField(
        max_length=2000,
        blank=True,
        help_text="A canonical URL the page claimed on another host: recorded, never trusted.",
    )
    external_id = models.CharField(max_length=300, blank=True)
    outlet = models.CharField(max_length=200, blank=True)
    title = models.CharField(max_length=500)
    byline = models.CharField(max_length=300, blank=True)
    published_at = models.DateTimeField(null=True, blank=True)
    published_day = models.DateField(
        null=True,
        blank=True,
        help_text="The publication day as the source counts days (its own time zone): "
        "relative dates in the text (today, on Tuesday) count from it.",
    )
    published_source = models.CharField(
        max_length=10, choices=DateSource.choices, default=DateSource.UNKNOWN
    )
    input_format = models.CharField(max_length=10, choices=Format.choices)
    source = models.CharField(max_length=2000, help_text="The file or URL it was read from.")
    raw = models.TextField(help_text="The payload exactly as it arrived.")
    display_html = models.TextField(blank=True, help_text="Sanitized HTML, for display only.")
    text = models.TextField(help_text="Clean text; event quotes' offsets refer to it.")
    content_hash = models.CharField(max_length=64, unique=True)
    ingested_at = models.DateTimeField(default=timezone.now, editable=False)
    updated_at = models.DateTimeField(auto_now=True)

    LOCKABLE_FIELDS = (
        "title",
        "outlet",
        "byline",
        "published_at",
        "published_day",
        "published_source",
        "story",
    )

    objects = ArticleQuerySet.as_manager()
    history = HistoricalRecords(excluded_fields=["raw", "text", "display_html"])

    class Meta:
        ordering = ["published_at", "id"]
        constraints = [
            models.UniqueConstraint(
                fields=["canonical_url"],
                condition=~Q(canonical_url=""),
                name="article_unique_canonical_url",
            )
        ]

    def __str__(self) -> str:
        return self.title


class Person(models.Model):
    """Someone an event involves, named as the articles name them."""

    name = models.CharField(max_length=200, unique=True)

    history = HistoricalRecords()

    class Meta:
        ordering = ["name"]
        verbose_name_plural = "people"

    def __str__(self) -> str:
        return self.name


class PlaceQuerySet(EditorLockedQuerySet):
    def pinned(self) -> PlaceQuerySet:
        return self.filter(latitude__isnull=False, longitude__isnull=False)

    def needing_review(self) -> PlaceQuerySet:
        """Places an editor should look at: not pinned, only estimated, or pinned with doubt."""
        return self.filter(
            Q(status__in=[Place.Status.PENDING, Place.Status.UNRESOLVED, Place.Status.ESTIMATED])
            | Q(status=Place.Status.RESOLVED, confidence__lt=Place.LOW_CONFIDENCE)
        )


class Place(EditorLockedModel):
    """A place events happen at; pinned by the geocoding job or by an editor."""

    class Kind(models.TextChoices):
        COUNTRY = "country"
        REGION = "region", "region / province / state"
        COUNTY = "county"
        CITY = "city", "city / town"
        STATION = "station", "station / border crossing"
        SPACEPORT = "spaceport"
        MILITARY_BASE = "military_base", "military base"
        RIVER = "river"
        STRAIT = "strait"
        WATER = "water", "sea / lake / bay"
        LANDMARK = "landmark"
        OTHER = "other"

    class Status(models.TextChoices):
        PENDING = "pending", "pending geocoding"
        RESOLVED = "resolved"
        ESTIMATED = "estimated", "estimated from the article's description"
        UNRESOLVED = "unresolved"
        CONFIRMED = "confirmed", "confirmed by an editor"

    LOW_CONFIDENCE = 0.5

    story = models.ForeignKey(
        Story,
        on_delete=models.CASCADE,
        related_name="places",
        help_text="Places belong to a story: 'Paris' in one story need not be 'Paris' in another.",
    )
    name = models.CharField(max_length=200)
    latitude = models.FloatField(null=True, blank=True)
    longitude = models.FloatField(null=True, blank=True)
    radius_km = models.FloatField(
        null=True, blank=True, help_text="Uncertainty radius of an estimated position."
    )
    geonames_id = models.BigIntegerField(null=True, blank=True, db_index=True)
    aliases = models.JSONField(default=list, blank=True)
    kind = models.CharField(max_length=20, choices=Kind.choices, default=Kind.OTHER)
    country_code = models.CharField(max_length=2, blank=True)
    geocoding_source = models.CharField(max_length=100, blank=True)
    confidence = models.FloatField(null=True, blank=True)
    status = models.CharField(max_length=12, choices=Status.choices, default=Status.PENDING)
    reason = models.TextField(blank=True, help_text="Why the geocoder chose this position.")
    candidates = models.JSONField(
        default=list, blank=True, help_text="Other positions the geocoder considered, scored."
    )
    geocoded_at = models.DateTimeField(null=True, blank=True)

    LOCKABLE_FIELDS = (
        "name",
        "latitude",
        "longitude",
        "radius_km",
        "geonames_id",
        "aliases",
        "kind",
        "country_code",
        "status",
    )

    objects = PlaceQuerySet.as_manager()
    history = HistoricalRecords()

    class Meta:
        ordering = ["name"]
        indexes = [models.Index(fields=["status"]), models.Index(fields=["story", "name"])]

    def __str__(self) -> str:
        return self.name

    @property
    def is_pinned(self) -> bool:
        return self.latitude is not None and self.longitude is not None

    @property
    def position_locked(self) -> bool:
        """An editor's coordinates are final: no geocoding job may move them."""
        return self.is_locked("latitude") or self.is_locked("longitude")


class EventQuerySet(EditorLockedQuerySet):
    def for_story(self, story: Story) -> EventQuerySet:
        return self.filter(story=story)

    def chronological(self) -> EventQuerySet:
        return self.order_by(models.F("date_start").asc(nulls_last=True), "id")

    def with_places(self) -> EventQuerySet:
        return self.select_related("place")

    def needing_review(self) -> EventQuerySet:
        """Events an editor should date: unknown or inferred dates nobody has confirmed or set."""
        doubtful = Q(date_start__isnull=True) | Q(date_precision=Event.Precision.UNKNOWN)
        doubtful |= Q(date_inferred=True)
        # An editor's own date (a locked date_start) is an answer, not a question.
        return self.filter(doubtful, reviewed=False).unlocked("date_start")

    def between(self, start, end) -> EventQuerySet:
        qs = self
        if start:
            qs = qs.filter(Q(date_end__gte=start) | Q(date_end__isnull=True, date_start__gte=start))
        if end:
            qs = qs.filter(date_start__lte=end)
        return qs


class Event(EditorLockedModel):
    """Something that happened (or is planned, expected, rumoured, denied) somewhere, some time."""

    class Precision(models.TextChoices):
        DAY = "day"
        WEEK = "week"
        MONTH = "month"
        YEAR = "year"
        UNKNOWN = "unknown"

    class Certainty(models.TextChoices):
        OCCURRED = "occurred"
        ONGOING = "ongoing"
        PLANNED = "planned"
        EXPECTED = "expected"
        SPECULATED = "speculated"
        DENIED = "denied"

    story = models.ForeignKey(Story, on_delete=models.CASCADE, related_name="events")
    title = models.CharField(max_length=300)
    summary = models.TextField(blank=True)
    date_start = models.DateField(null=True, blank=True)
    date_end = models.DateField(null=True, blank=True)
    date_precision = models.CharField(
        max_length=10, choices=Precision.choices, default=Precision.UNKNOWN
    )
    date_inferred = models.BooleanField(
        default=False,
        help_text="The date rests on an inferred publication date or a vague expression.",
    )
    certainty = models.CharField(
        max_length=12, choices=Certainty.choices, default=Certainty.OCCURRED
    )
    place = models.ForeignKey(
        Place, null=True, blank=True, on_delete=models.SET_NULL, related_name="events"
    )
    people = models.ManyToManyField(Person, blank=True, related_name="events")
    articles = models.ManyToManyField(Article, through="EventSource", related_name="events")
    extraction_key = models.CharField(
        max_length=64,
        blank=True,
        help_text="Identifies the extracted event across re-runs, so re-extraction updates it.",
    )
    trigger = models.CharField(
        max_length=50, blank=True, help_text="The word that reports it (lemma): arrive, meet…"
    )
    background = models.BooleanField(
        default=False,
        help_text="Well before the story's reported days: shown apart from the main line.",
    )
    provenance = models.JSONField(
        default=dict,
        blank=True,
        help_text="How the pipeline reached the date and place (which clue, what it inferred).",
    )
    reviewed = models.BooleanField(default=False)
    created_at = models.DateTimeField(default=timezone.now, editable=False)
    updated_at = models.DateTimeField(auto_now=True)

    LOCKABLE_FIELDS = (
        "title",
        "summary",
        "date_start",
        "date_end",
        "date_precision",
        "certainty",
        "place",
        "people",
        "background",
    )

    objects = EventQuerySet.as_manager()
    history = HistoricalRecords(m2m_fields=[people])

    class Meta:
        ordering = [models.F("date_start").asc(nulls_last=True), "id"]
        indexes = [models.Index(fields=["story", "date_start"])]
        constraints = [
            models.UniqueConstraint(
                fields=["story", "extraction_key"],
                condition=~Q(extraction_key=""),
                name="event_unique_extraction_key",
            ),
            models.CheckConstraint(
                condition=Q(date_end__isnull=True)
                | Q(date_start__isnull=False, date_end__gte=models.F("date_start")),
                name="event_end_not_before_start",
            ),
        ]

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return f"{self.story.get_absolute_url()}#event-{self.pk}"

    @property
    def needs_review(self) -> bool:
        """The row-level twin of `EventQuerySet.needing_review` (for lists already loaded)."""
        if self.reviewed or self.is_locked("date_start"):
            return False
        unknown = self.date_start is None or self.date_precision == self.Precision.UNKNOWN
        return unknown or self.date_inferred


class EventSource(models.Model):
    """An article reporting an event: the quote, with offsets into the article's clean text."""

    event = models.ForeignKey(Event, on_delete=models.CASCADE, related_name="sources")
    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="event_sources")
    quote = models.TextField()
    start = models.PositiveIntegerField()
    end = models.PositiveIntegerField()

    history = HistoricalRecords()

    class Meta:
        ordering = ["article__published_at", "start"]
        constraints = [
            models.UniqueConstraint(
                fields=["event", "article", "start"], name="eventsource_unique_quote"
            ),
            models.CheckConstraint(condition=Q(end__gte=models.F("start")), name="quote_span"),
        ]

    def __str__(self) -> str:
        return f"{self.article} [{self.start}:{self.end}]"


class Mention(models.Model):
    """A place named in an article: the evidence the geocoder reads and editors check."""

    place = models.ForeignKey(Place, on_delete=models.CASCADE, related_name="mentions")
    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="mentions")
    text = models.CharField(max_length=200)
    start = models.PositiveIntegerField()
    end = models.PositiveIntegerField()

    class Meta:
        ordering = ["article_id", "start"]
        constraints = [
            models.UniqueConstraint(fields=["article", "start"], name="mention_unique_span")
        ]

    def __str__(self) -> str:
        return f"{self.text} in {self.article}"

    def sentence(self) -> str:
        """The sentence around the mention, for editors judging the geocoder's choice."""
        text = self.article.text
        left = max(text.rfind(". ", 0, self.start), text.rfind("\n", 0, self.start)) + 1
        stops = [i for i in (text.find(". ", self.end), text.find("\n", self.end)) if i != -1]
        right = min(stops) + 1 if stops else len(text)
        return text[left:right].strip()


class DeletedEvent(models.Model):
    """A tombstone: an editor deleted this extracted event, so re-extraction must not revive it."""

    story = models.ForeignKey(Story, on_delete=models.CASCADE, related_name="deleted_events")
    extraction_key = models.CharField(max_length=64)
    title = models.CharField(max_length=300, blank=True)
    deleted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL
    )
    deleted_at = models.DateTimeField(default=timezone.now)
    merged_into = models.ForeignKey(
        Event,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="merged_keys",
        help_text="The event an editor merged this one into (empty: deleted outright).",
    )

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["story", "extraction_key"], name="deletedevent_unique_key"
            )
        ]

    def __str__(self) -> str:
        return f"deleted: {self.title or self.extraction_key}"

    @classmethod
    def remember(cls, event: Event, *, user=None, merged_into: Event | None = None) -> None:
        """Record an editor's deletion so that re-extraction does not bring the event back."""
        if event.extraction_key:
            cls.objects.update_or_create(
                story=event.story,
                extraction_key=event.extraction_key,
                defaults={
                    "title": event.title[:300],
                    "deleted_by": user,
                    "merged_into": merged_into,
                },
            )


class ShingleBucket(models.Model):
    """One locality-sensitive-hashing bucket of an article's text (see ingestion/similarity.py).

    Articles sharing a bucket are candidate versions of one story; an index on the bucket makes
    finding them a lookup rather than a scan of every article ever ingested.
    """

    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="buckets")
    bucket = models.BigIntegerField()

    class Meta:
        indexes = [models.Index(fields=["bucket"])]

    def __str__(self) -> str:
        return f"{self.article_id}:{self.bucket}"


class GeocoderResponse(models.Model):
    """An online geocoder's remembered answer: no query is paid for (or rate-limited) twice."""

    provider = models.CharField(max_length=100)
    query = models.CharField(max_length=300)
    result = models.JSONField(null=True, help_text="The location found, or null for 'no match'.")
    fetched_at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["provider", "query"], name="geocoder_response_unique")
        ]

    def __str__(self) -> str:
        return f"{self.provider}: {self.query}"
