"""Toponym recognition scored against gold spans: precision, recall and F1 end to end.

The article text goes through the same recogniser the product uses (spaCy + `find_places`, less
the car models `vehicle_models` takes out and with the quarters `district_names` reads whole,
as `analyse_text` does);
a found span counts as correct when it overlaps a gold span not yet matched (each gold span
matches once), the lenient match GeoNLP papers report beside exact match.
"""

from __future__ import annotations

from collections.abc import Iterable

from stories.extraction.district_names import whole_district_names
from stories.extraction.entities import find_places
from stories.extraction.nlp import get_nlp
from stories.extraction.vehicle_models import without_cars
from stories.geocoding.gazetteer import OfflineGazetteer


def found_spans(text: str, gazetteer: OfflineGazetteer) -> list[tuple[int, int]]:
    """The spans the product recognises as places in ``text``."""
    places = without_cars(text, find_places(get_nlp()(text), gazetteer))
    return [(p.start, p.end) for p in whole_district_names(text, places, gazetteer)]


def match_counts(found: list[tuple[int, int]], gold: list[tuple[int, int]]) -> tuple[int, int, int]:
    """(true positives, false positives, false negatives) by overlap, one gold span each."""
    unmatched = sorted(gold)
    tp = 0
    for start, end in sorted(found):
        hit = next((g for g in unmatched if g[0] < end and start < g[1]), None)
        if hit is not None:
            unmatched.remove(hit)
            tp += 1
    return tp, len(found) - tp, len(unmatched)


def prf(counts: Iterable[tuple[int, int, int]]) -> dict[str, float]:
    """Micro-averaged precision, recall and F1 over documents."""
    tp = fp = fn = 0
    for a, b, c in counts:
        tp, fp, fn = tp + a, fp + b, fn + c
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {
        "gold": tp + fn,
        "found": tp + fp,
        "precision": round(precision, 3),
        "recall": round(recall, 3),
        "f1": round(f1, 3),
    }
