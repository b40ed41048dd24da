"""Which extracted events a news-timeline editor would keep: a small learned keep/drop decision.

An experiment, not in the pipeline: in the third round (docs/measurements.md), cross-trained
between outlets, it did not beat the rules, and in the twentieth, judged leave-one-batch-out
over the three real-news dev batches (`make keep-model-report`), no held-out batch gained the
0.03 precision asked for at a loss of at most one key event. It is kept beside its trainer.
Hand-written precision rules gained on the articles they were written on and not elsewhere;
this tries a logistic regression over features that say how an event was found rather than what
it says: the kind of site (verb, noun, speech, general verb, schedule line), whether the clause
states its own date or borrowed it and from where (sentence, paragraph, story, publication),
how precise the date is and how far from the publication day, where the place came from (the
clause, a carried sentence, the story's setting or dateline, a person's home) and how sure it
is, the certainty, background, a past perfect, where in the story it sits (the lead carries the
news), whether it sits inside a quotation, the title's shape, how many events its sentence and
its article yield, and a few broad lexicon classes of happening (conflict, movement, decision,
saying, meeting). No word of any article is a feature.

The weights (var/selection.json, about 1.5 KB, not shipped) are built from the three real-news
dev batches by benchmarks/keep_training.py (`make keep-model`); gold is never read here. Without the
file every event is kept.
"""

from __future__ import annotations

import datetime as dt
import json
import math
import re
from collections import Counter
from collections.abc import Sequence
from functools import cache
from pathlib import Path

from stories.extraction.mentions import EventCandidate
from stories.paragraphs import line_starts, sentence_ends

WEIGHTS_PATH = Path(__file__).resolve().parents[1] / "var" / "selection.json"

# The same quotation marks as the clause reader: a quote never runs past its paragraph.
_QUOTED = re.compile(r"“[^”\n]*”|\"[^\"\n]*\"")
_LEAD_WORDS = 8  # a headline, byline or dateline line has fewer
_STATED_PLACES = frozenset(
    {"clause", "venue", "owner", "relative", "schedule line", "venue town", "between"}
)
_CARRIED_PLACES = frozenset({"previous sentence", "sentence", "same sentence"})
_STORY_PLACES = frozenset({"setting", "lead", "dateline"})
_PERSON_PLACES = frozenset({"home", "seat", "office"})
_CONFLICT = frozenset(
    {"attack", "fight", "kill", "die", "capture", "arrest", "strike", "disaster", "protest"}
    | {"fraud"}
)
_MOVEMENT = frozenset(
    {"arrive", "depart", "cross", "stop", "return", "flee", "visit", "travel", "attend"}
    | {"withdraw", "deploy"}
)
_DECISION = frozenset(
    {"sign", "vote", "win", "resign", "appoint", "rule", "ban", "close", "open", "announce"}
    | {"launch", "release", "agree", "investigate"}
)
_SAYING = frozenset(
    {"saying", "statement", "tell", "report", "deny", "admit", "warn", "demand", "criticise"}
)
_MEETING = frozenset({"meet", "talk", "ceremony", "match", "meeting", "poll"})
_VERB_KINDS = frozenset({"verb", "light", "motion", "sighting"})

FEATURES = (
    "date_clause",
    "date_none",
    "date_from_sentence",
    "date_from_paragraph",
    "date_from_story",
    "date_from_publication",
    "date_from_other",
    "date_day",
    "date_month_or_week",
    "date_year",
    "date_ahead",
    "date_age",
    "place_none",
    "place_stated",
    "place_carried",
    "place_of_story",
    "place_of_person",
    "place_confidence",
    "planned",
    "expected",
    "ongoing",
    "doubted",
    "background",
    "past_perfect",
    "kind_verb",
    "kind_noun",
    "kind_speech",
    "kind_general",
    "kind_schedule",
    "class_conflict",
    "class_movement",
    "class_decision",
    "class_saying",
    "class_meeting",
    "people",
    "lead_sentence",
    "lead_paragraph",
    "position",
    "in_quote",
    "title_words",
    "title_cut",
    "title_digits",
    "clause_words",
    "sentence_crowd",
    "first_in_sentence",
    "article_events",
    "trigger_repeats",
    "clause_share",
    "opens_sentence",
    "sentence_index",
)


def article_features(
    events: Sequence[EventCandidate], text: str, published: dt.date | None = None
) -> list[list[float]]:
    """The feature vector (in FEATURES order) of each of one article's events; `text` is the
    article's clean text and `published` its publication day (for how far a date lies from
    it). Counts over the article (events per sentence, per article, per trigger) are what make
    a crowded sentence's fragments and a story's long tail recognisable."""
    quotes = [(m.start(), m.end()) for m in _QUOTED.finditer(text)]
    lead_end = _lead_end(text)
    crowd = Counter(e.summary for e in events)
    triggers = Counter(e.trigger for e in events)
    # the sentences that yield events, in story order: the n-th of them
    openings = {e.summary: _sentence_start(e, text) for e in events}
    order = {summary: i for i, summary in enumerate(sorted(openings, key=openings.get))}
    first_of_sentence: dict[str, int] = {}
    for event in sorted(events, key=lambda e: e.start):
        first_of_sentence.setdefault(event.summary, id(event))
    total = len(events)
    return [
        _features(
            event,
            text,
            published,
            quotes=quotes,
            lead_end=lead_end,
            crowd=crowd[event.summary],
            first=first_of_sentence.get(event.summary) == id(event),
            total=total,
            repeats=triggers[event.trigger],
            sentence_start=openings[event.summary],
            sentence_index=order[event.summary],
        )
        for event in events
    ]


def _features(
    event: EventCandidate,
    text: str,
    published: dt.date | None,
    *,
    quotes: list[tuple[int, int]],
    lead_end: tuple[int, int],
    crowd: int,
    first: bool,
    total: int,
    repeats: int,
    sentence_start: int,
    sentence_index: int,
) -> list[float]:
    date_source = _date_source(event)
    place = event.provenance.get("place") or {}
    place_source = place.get("source") if event.place is not None else None
    kind = event.extra.get("kind")
    event_class = event.extra.get("class", "") if kind != "general" else ""
    ahead, age = _date_distance(event, published)
    title = event.title
    values = {
        "date_clause": date_source == "clause",
        "date_none": date_source is None,
        "date_from_sentence": date_source == "sentence",
        "date_from_paragraph": date_source == "paragraph",
        "date_from_story": date_source == "story",
        "date_from_publication": date_source == "publication",
        "date_from_other": date_source not in (None, "clause", "sentence", "paragraph", "story")
        and date_source != "publication",
        "date_day": event.date_precision == "day",
        "date_month_or_week": event.date_precision in ("month", "week"),
        "date_year": event.date_precision == "year",
        "date_ahead": ahead,
        "date_age": age,
        "place_none": event.place is None,
        "place_stated": place_source in _STATED_PLACES,
        "place_carried": place_source in _CARRIED_PLACES,
        "place_of_story": place_source in _STORY_PLACES,
        "place_of_person": place_source in _PERSON_PLACES,
        "place_confidence": float(place.get("confidence") or 0.0) if event.place else 0.0,
        "planned": event.certainty == "planned",
        "expected": event.certainty == "expected",
        "ongoing": event.certainty == "ongoing",
        "doubted": event.certainty in ("speculated", "denied"),
        "background": event.background,
        "past_perfect": bool(event.extra.get("past_perfect")),
        "kind_verb": kind in _VERB_KINDS,
        "kind_noun": kind == "noun",
        "kind_speech": kind == "speech",
        "kind_general": kind == "general",
        "kind_schedule": kind is None,
        "class_conflict": event_class in _CONFLICT,
        "class_movement": event_class in _MOVEMENT,
        "class_decision": event_class in _DECISION,
        "class_saying": event_class in _SAYING,
        "class_meeting": event_class in _MEETING,
        "people": min(len(event.people), 2) / 2,
        "lead_sentence": event.start < lead_end[0],
        "lead_paragraph": event.start < lead_end[1],
        "position": event.start / max(len(text), 1),
        "in_quote": any(start <= event.start < end for start, end in quotes),
        "title_words": min(len(title.split()), 12) / 12,
        "title_cut": title.endswith("…"),
        "title_digits": any(c.isdigit() for c in title),
        "clause_words": min(len(event.quote.split()), 40) / 40,
        "sentence_crowd": min(crowd - 1, 3) / 3,
        "first_in_sentence": first,
        "article_events": min(math.log1p(total) / math.log(41), 1.0),
        "trigger_repeats": min(repeats - 1, 3) / 3,
        "clause_share": min(len(event.quote) / max(len(event.summary), 1), 1.0),
        "opens_sentence": event.start - sentence_start <= 2,
        "sentence_index": min(sentence_index, 10) / 10,
    }
    return [float(values[name]) for name in FEATURES]


def _sentence_start(event: EventCandidate, text: str) -> int:
    """Where the event's sentence begins in the text: the nearest copy of it at or before the
    clause."""
    found = text.rfind(event.summary[:40], 0, event.start + 1)
    return found if found >= 0 else event.start


def _lead_end(text: str) -> tuple[int, int]:
    """Where the story's first sentence and first paragraph end: the first line (an inferred
    paragraph in an unbroken text counting as one, stories.paragraphs) with a full sentence in
    it; a headline, byline or dateline line above it is shorter and does not count."""
    starts = line_starts(text)
    for start, end in zip(starts, [*starts[1:], len(text)], strict=True):
        line = text[start:end]
        if len(line.split()) >= _LEAD_WORDS:
            ends = sentence_ends(line)
            return start + (ends[0] if ends else len(line)), end
    return len(text), len(text)


def _date_source(event: EventCandidate) -> str | None:
    """ "clause" when the clause states its date, else where the date was borrowed from."""
    if event.date_start is None:
        return None
    date = event.provenance.get("date") or {}
    if event.extra.get("date_inferred") or "from" in date:
        return date.get("from") or date.get("source") or "story"
    return date.get("source", "clause")


def _date_distance(event: EventCandidate, published: dt.date | None) -> tuple[bool, float]:
    """Whether the event's date lies after the publication day, and how long before it (a
    log-scaled share of ten years; 0 for none or ahead)."""
    if event.date_start is None or published is None:
        return False, 0.0
    days = (published - event.date_start).days
    if days < 0:
        return True, 0.0
    return False, min(math.log1p(days) / math.log1p(3650), 1.0)


@cache
def load_weights(path: Path = WEIGHTS_PATH) -> dict | None:
    """The model, read once per process; None when it has not been built."""
    if not path.exists():
        return None
    model = json.loads(path.read_text(encoding="utf-8"))
    if tuple(model["features"]) != FEATURES:
        return None  # built for another feature list: keep everything rather than guess
    return model


def keep_scores(
    events: Sequence[EventCandidate], text: str, model: dict, published: dt.date | None = None
) -> list[float]:
    """The probability the model gives that an editor keeps each event."""
    scores = []
    for values in article_features(events, text, published):
        z = model["bias"] + sum(w * x for w, x in zip(model["weights"], values, strict=True))
        scores.append(1.0 / (1.0 + math.exp(-z)))
    return scores


def select_events(
    events: list[EventCandidate],
    *,
    text: str,
    published: dt.date | None = None,
    model: dict | None = None,
) -> list[EventCandidate]:
    """The events whose keep score reaches the model's threshold, in their order."""
    model = model or load_weights()
    if model is None:
        return events
    scores = keep_scores(events, text, model, published)
    return [e for e, s in zip(events, scores, strict=True) if s >= model["threshold"]]
