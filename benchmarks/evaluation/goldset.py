"""Scores extraction against our own gold set in tests/data/eval/ (written before any tuning).

Each article there is clean text plus hand-made gold: place mentions with coordinates, time
expressions with TimeML values, events with date, certainty and place (see its README). We
report recognition of places (precision/recall/F1 on overlapping spans), how many recognised
places land within 161 km of the truth, accuracy of time values and of events' dates and
certainty. Gold is only ever compared with, never read by the product.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field
from pathlib import Path

from stories.extraction.analysis import Analysis, analyse_text
from stories.extraction.mentions import EventCandidate
from stories.extraction.times import TimeMention
from stories.geocoding.places import distance_km

GOLD_DIR = Path(__file__).resolve().parents[2] / "tests" / "data" / "eval"


def overlaps(a_start: int, a_end: int, b_start: int, b_end: int) -> bool:
    return a_start < b_end and b_start < a_end


def first_overlapping(mentions: list, start: int, end: int):
    """The first found mention whose span overlaps a gold span, or None (one match rule)."""
    return next((m for m in mentions if overlaps(m.start, m.end, start, end)), None)


@dataclass
class Tally:
    counts: dict[str, int] = field(default_factory=dict)

    def add(self, key: str, n: int = 1) -> None:
        self.counts[key] = self.counts.get(key, 0) + n

    def __getitem__(self, key: str) -> int:
        return self.counts.get(key, 0)


def ratio(a: int, b: int) -> float:
    return a / b if b else 0.0


def f1(precision: float, recall: float) -> float:
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


def score_article(gold: dict, analysis: Analysis, tally: Tally) -> None:
    _score_places(gold["places"], analysis, tally)
    _score_times(gold["times"], analysis, tally)
    _score_events(gold["events"], analysis, tally)


def _score_places(gold_places: list[dict], analysis: Analysis, tally: Tally) -> None:
    tally.add("places_gold", len(gold_places))
    tally.add("places_found", len(analysis.places))
    for place in gold_places:
        found = first_overlapping(analysis.places, place["start"], place["end"])
        if found is None:
            continue
        tally.add("places_matched")
        if found.latitude is not None and place.get("latitude") is not None:
            km = distance_km(found.latitude, found.longitude, place["latitude"], place["longitude"])
            tally.add("places_within_161km", int(km <= 161))


def same_value(gold: str | None, found: TimeMention) -> bool:
    """Does a found time say what the gold says?

    Our gold annotates days, not parts of days, so "Wednesday night" (TimeML 2010-10-13TNI) is
    right for a gold 2010-10-13. A range ("from Sunday through Tuesday", "until Aug. 22") is
    one mention here and two points in the gold: either of its ends may be the one meant.
    """
    values = [found.value, found.end_value] if found.end_value else [found.value]
    return any(v is not None and (v == gold or v.startswith(f"{gold}T")) for v in values)


def _score_times(gold_times: list[dict], analysis: Analysis, tally: Tally) -> None:
    tally.add("times_gold", len(gold_times))
    for time in gold_times:
        found = next(
            (t for t in analysis.times if overlaps(t.start, t.end, time["start"], time["end"])),
            None,
        )
        tally.add(
            "times_value_correct", int(found is not None and same_value(time["value"], found))
        )


def at_precision(event: EventCandidate) -> str | None:
    """The event's date written as the gold writes it: 2019, 2023-07, 2023-W37, 2023-09-12."""
    day = event.date_start
    if day is None:
        return None
    if event.date_precision == "year":
        return f"{day.year}"
    if event.date_precision == "month":
        return f"{day.year}-{day.month:02d}"
    if event.date_precision == "week":
        year, week, _ = day.isocalendar()
        return f"{year}-W{week:02d}"
    return day.isoformat()


def _score_events(gold_events: list[dict], analysis: Analysis, tally: Tally) -> None:
    text = analysis.text
    for event in gold_events:
        start = text.find(event["quote"])
        tally.add("events_gold")
        if start < 0:
            continue
        end = start + len(event["quote"])
        found = next((e for e in analysis.events if overlaps(e.start, e.end, start, end)), None)
        if found is None:
            continue
        tally.add("events_found")
        tally.add("events_date_correct", int(at_precision(found) == event.get("date")))
        tally.add("events_certainty_correct", int(found.certainty == event["certainty"]))


def score_goldset(directory: Path = GOLD_DIR) -> dict[str, float]:
    tally = Tally()
    lines = (directory / "gold.jsonl").read_text(encoding="utf-8").splitlines()
    articles = [json.loads(line) for line in lines if line.strip()]
    for gold in articles:
        text = (directory / gold["file"]).read_text(encoding="utf-8")
        published = dt.date.fromisoformat(gold["published"]) if gold.get("published") else None
        score_article(gold, analyse_text(text, published=published), tally)
    precision = ratio(tally["places_matched"], tally["places_found"])
    recall = ratio(tally["places_matched"], tally["places_gold"])
    return {
        "articles": len(articles),
        "place_precision": precision,
        "place_recall": recall,
        "place_f1": f1(precision, recall),
        "place_within_161km": ratio(tally["places_within_161km"], tally["places_matched"]),
        "date_accuracy": ratio(tally["times_value_correct"], tally["times_gold"]),
        "event_recall": ratio(tally["events_found"], tally["events_gold"]),
        "event_date_accuracy": ratio(tally["events_date_correct"], tally["events_found"]),
        "certainty_accuracy": ratio(tally["events_certainty_correct"], tally["events_found"]),
    }
