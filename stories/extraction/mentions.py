"""What the recognizers hand to event extraction: mentions with their offsets in the clean text."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from stories.geocoding.disambiguation import Resolution


@dataclass(frozen=True)
class PlaceMention:
    """A place named in the text.

    `specificity` orders places for "the most specific place of the clause": a station or a
    spaceport (4) beats a city (3), a region (2), a country (1); 0 when the kind is unknown.
    """

    text: str
    start: int
    end: int
    name: str = ""  # the gazetteer's name for it, when known ("Norfield" for "Norfeild")
    kind: str = "other"  # a Place.Kind value
    specificity: int = 0
    country_code: str = ""
    latitude: float | None = None
    longitude: float | None = None
    geonames_id: int | None = None
    confidence: float | None = None
    # The in-context resolution with its evidence, stored on the Place once (the job keeps it).
    resolution: Resolution | None = field(default=None, compare=False, repr=False)


@dataclass(frozen=True)
class PersonMention:
    """A person named in the text; `name` is the fullest form the article uses for them."""

    text: str
    start: int
    end: int
    name: str


@dataclass(frozen=True)
class EventCandidate:
    """One event as extraction sees it, before it meets the database.

    `quote`/`start`/`end` are the clause in the clean text the event was read from; `key` is
    a stable identity (see events.event_key) used to merge versions and re-runs.
    `background` marks a happening well before the story's own days; `provenance` says how the
    date and place were reached (which clue, with what confidence), for editors to check.
    """

    title: str
    summary: str
    quote: str
    start: int
    end: int
    trigger: str  # lemma of the verb or noun that reports it: "arrive", "meet", "summit"
    certainty: str  # an Event.Certainty value
    date_start: dt.date | None = None
    date_end: dt.date | None = None
    date_precision: str = "unknown"
    date_text: str = ""
    place: PlaceMention | None = None
    people: tuple[str, ...] = ()
    background: bool = False
    provenance: dict = field(default_factory=dict, compare=False)
    extra: dict = field(default_factory=dict, compare=False)
