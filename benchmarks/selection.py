"""Which extracted events a news-timeline editor would keep: a small learned keep/drop decision.

An experiment, not in the pipeline (docs/measurements.md, third round: cross-trained between
outlets it did not beat the rules), kept beside its trainer for the next round. Hand-written
precision rules gained on the articles they were written on and not elsewhere; this tries a
logistic regression over features that say how an event was
found rather than what it says: whether the clause states its own date and place or they were
inferred, how precise the date is, the certainty, the kind of site (verb, noun, speech...),
background, where in the story it sits (the lead carries the news), whether people are named,
whether it sits inside a quotation, how long its title is, and a few broad classes of happening
(movement, conflict). No word of any article is a feature.

The weights (var/selection.json, a few hundred bytes, not shipped) are built from the real-news
dev gold by benchmarks/keep_training.py (`make keep-model`); gold is never read here. Without the
file every event is kept.
"""

from __future__ import annotations

import json
import math
import re
from collections import Counter
from functools import cache
from pathlib import Path

from stories.extraction.mentions import EventCandidate

WEIGHTS_PATH = Path(__file__).resolve().parents[1] / "var" / "selection.json"

# The same quotation marks as the clause reader: a quote never runs past its paragraph.
_QUOTED = re.compile(r"“[^”\n]*”|\"[^\"\n]*\"")
_STATED_PLACES = frozenset({"clause", "venue", "owner", "relative", "schedule line"})
_CARRIED_PLACES = frozenset({"previous sentence", "sentence"})
_STORY_PLACES = frozenset({"setting", "lead", "dateline"})
_INFERRED_DATES = frozenset({"sentence", "paragraph", "story", "publication", "reporting verb"})
_MOVEMENT = frozenset(
    {"arrive", "depart", "cross", "stop", "return", "flee", "visit", "travel", "attend", "withdraw"}
)
_CONFLICT = frozenset(
    {"attack", "fight", "kill", "die", "capture", "arrest", "strike", "disaster", "protest"}
)
_FORESEEN = frozenset({"planned", "expected"})
_DOUBTED = frozenset({"speculated", "denied", "ongoing"})

FEATURES = (
    "date_in_clause",
    "date_inferred",
    "date_day",
    "date_month_or_week",
    "date_year",
    "place_stated",
    "place_carried",
    "place_of_story",
    "foreseen",
    "doubted",
    "kind_verb",
    "kind_noun",
    "kind_speech",
    "kind_schedule",
    "movement",
    "conflict",
    "background",
    "past_perfect",
    "people",
    "lead_paragraph",
    "position",
    "in_quote",
    "title_words",
    "clause_words",
    "date_from_publication",
    "sentence_crowd",
    "lead_inferred_date",
)


def features(event: EventCandidate, text: str, crowd: int = 1) -> list[float]:
    """The feature vector of one event (in FEATURES order); `text` is the article's clean text
    and `crowd` how many events were read from the event's sentence (a crowded sentence yields
    fragments)."""
    date_source = _date_source(event)
    place_source = (event.provenance.get("place") or {}).get("source")
    kind = event.extra.get("kind")
    event_class = event.extra.get("class", "")
    before = text[: event.start]
    paragraph = len([p for p in re.split(r"\n\s*\n|\n", before) if p.strip()]) - 1
    values = {
        "date_in_clause": date_source == "clause",
        "date_inferred": date_source in _INFERRED_DATES,
        "date_day": event.date_precision == "day",
        "date_month_or_week": event.date_precision in ("month", "week"),
        "date_year": event.date_precision == "year",
        "place_stated": place_source in _STATED_PLACES,
        "place_carried": place_source in _CARRIED_PLACES,
        "place_of_story": place_source in _STORY_PLACES,
        "foreseen": event.certainty in _FORESEEN,
        "doubted": event.certainty in _DOUBTED,
        "kind_verb": kind in ("verb", "light", "motion", "sighting"),
        "kind_noun": kind == "noun",
        "kind_speech": kind == "speech",
        "kind_schedule": kind is None,
        "movement": event_class in _MOVEMENT,
        "conflict": event_class in _CONFLICT,
        "background": event.background,
        "past_perfect": bool(event.extra.get("past_perfect")),
        "people": min(len(event.people), 2) / 2,
        "lead_paragraph": max(paragraph, 0) == 0,
        "position": event.start / max(len(text), 1),
        "in_quote": any(m.start() <= event.start < m.end() for m in _QUOTED.finditer(text)),
        "title_words": min(len(event.title.split()), 10) / 10,
        "clause_words": min(len(event.quote.split()), 40) / 40,
        "date_from_publication": date_source == "publication",
        "sentence_crowd": min(crowd - 1, 3) / 3,
        # the lead tells the news of the day it was written: its borrowed date is the story's
        "lead_inferred_date": paragraph <= 0 and date_source in _INFERRED_DATES,
    }
    return [float(values[name]) for name in FEATURES]


def _date_source(event: EventCandidate) -> str | None:
    """ "clause" when the clause states its date, else where the date was borrowed from."""
    if event.date_start is None:
        return None
    date = event.provenance.get("date") or {}
    if event.extra.get("date_inferred") or "from" in date:
        return date.get("from") or date.get("source") or "story"
    return date.get("source", "clause")


@cache
def load_weights(path: Path = WEIGHTS_PATH) -> dict | None:
    """The model, read once per process; None when it has not been built."""
    if not path.exists():
        return None
    model = json.loads(path.read_text(encoding="utf-8"))
    if tuple(model["features"]) != FEATURES:
        return None  # built for another feature list: keep everything rather than guess
    return model


def keep_score(event: EventCandidate, text: str, model: dict, crowd: int = 1) -> float:
    """The probability the model gives that an editor keeps this event; `crowd` is how many
    events were read from its sentence."""
    values = features(event, text, crowd)
    z = model["bias"] + sum(w * x for w, x in zip(model["weights"], values, strict=True))
    return 1.0 / (1.0 + math.exp(-z))


def select_events(
    events: list[EventCandidate], *, text: str, model: dict | None = None
) -> list[EventCandidate]:
    """The events whose keep score reaches the model's threshold, in their order."""
    model = model or load_weights()
    if model is None:
        return events
    crowd = Counter(e.summary for e in events)
    return [e for e in events if keep_score(e, text, model, crowd[e.summary]) >= model["threshold"]]
