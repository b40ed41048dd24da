"""Builds the keep/drop model of events.selection from the real-news dev gold (`make keep-model`).

An extracted event is a positive example when the real-news scorer's own matching
(evaluation.realnews.match_events) pairs it with a gold event, and counts twice when that gold
event is a key one. The model is an L2-regularised logistic regression fitted by Newton's method:
no randomness, so the same gold gives the same weights byte for byte. The threshold is the one
that raises precision most on the training articles while keeping their key recall within
KEY_RECALL_LOSS (relative) of what extraction without the model finds.

`--cross OLD NEW` trains on one gold folder and scores the other, both ways, which is how the
model must be judged: rules and weights fitted to one set of outlets have not carried over
before. Only dev gold is read; the product never reads gold.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from benchmarks.selection import FEATURES, WEIGHTS_PATH, features
from stories.extraction.mentions import EventCandidate

L2 = 3.0
KEY_WEIGHT = 2.0
KEY_RECALL_LOSS = 0.03
_NEWTON_STEPS = 50
_THRESHOLDS = tuple(round(0.2 + 0.01 * i, 2) for i in range(61))


@dataclass
class Article:
    """One gold article's extracted events with their features and labels."""

    events: list[EventCandidate]
    gold: list[dict]
    x: np.ndarray
    y: np.ndarray
    weight: np.ndarray


def article(text: str, events: list[EventCandidate], gold: list[dict]) -> Article:
    """Features and labels of one article's events (labels from the scorer's matching)."""
    from benchmarks.evaluation.realnews import match_events

    crowd = Counter(e.summary for e in events)
    rows = [features(e, text, crowd[e.summary]) for e in events]
    matched = {id(e): g for e, g in match_events(events, gold)}
    y = [float(id(e) in matched) for e in events]
    weight = [KEY_WEIGHT if matched.get(id(e), {}).get("key") else 1.0 for e in events]
    x = np.array(rows, dtype=float).reshape(len(events), len(FEATURES))
    return Article(events, gold, x, np.array(y), np.array(weight))


def read_articles(directory: Path) -> list[Article]:
    """The dev gold articles of a folder, analysed as the real-news scorer analyses them."""
    from benchmarks.evaluation.realnews import AEB_DIR, load_gold, reader_published
    from stories.extraction.analysis import analyse_text

    bodies = json.loads((AEB_DIR / "ground-truth.json").read_text(encoding="utf-8"))
    found = []
    for gold in load_gold(directory):
        if gold.get("split") != "dev" or gold["id"] not in bodies:
            continue
        text = bodies[gold["id"]]["articleBody"]
        published = reader_published(gold["id"], gold.get("url"))
        if published is None and gold.get("published"):
            published = dt.date.fromisoformat(gold["published"][:10])
        events = analyse_text(text, published=published).events
        found.append(article(text, events, gold.get("events", [])))
    return found


def fit(articles: list[Article], l2: float = L2) -> np.ndarray:
    """Bias and weights of a weighted, L2-regularised logistic regression (Newton's method)."""
    x = np.vstack([a.x for a in articles])
    y = np.concatenate([a.y for a in articles])
    w = np.concatenate([a.weight for a in articles])
    xb = np.hstack([np.ones((len(x), 1)), x])
    penalty = l2 * np.eye(xb.shape[1])
    penalty[0, 0] = 0.0  # the bias is not shrunk
    beta = np.zeros(xb.shape[1])
    for _ in range(_NEWTON_STEPS):
        p = 1.0 / (1.0 + np.exp(-xb @ beta))
        gradient = xb.T @ (w * (p - y)) + penalty @ beta
        hessian = xb.T @ (xb * (w * p * (1 - p))[:, None]) + penalty
        beta = beta - np.linalg.solve(hessian, gradient)
    return beta


def figures(articles: list[Article], beta: np.ndarray, threshold: float) -> dict[str, float]:
    """Precision, key recall and event recall of the events the model keeps, re-matched."""
    from benchmarks.evaluation.realnews import match_events

    kept_total = matched_total = gold_total = key_gold = key_found = 0
    for a in articles:
        scores = 1.0 / (1.0 + np.exp(-(beta[0] + a.x @ beta[1:]))) if a.events else []
        kept = [e for e, s in zip(a.events, scores, strict=False) if s >= threshold]
        pairs = match_events(kept, a.gold)
        found = {id(g) for _, g in pairs}
        kept_total += len(kept)
        matched_total += len(pairs)
        gold_total += len(a.gold)
        keys = [g for g in a.gold if g.get("key")]
        key_gold += len(keys)
        key_found += sum(id(g) in found for g in keys)
    return {
        "extracted": kept_total,
        "precision": round(matched_total / max(kept_total, 1), 3),
        "key_recall": round(key_found / max(key_gold, 1), 3),
        "event_recall": round(matched_total / max(gold_total, 1), 3),
    }


def choose_threshold(articles: list[Article], beta: np.ndarray) -> float:
    """The threshold with the best training precision whose key recall stays within bounds."""
    base = figures(articles, beta, 0.0)
    floor = base["key_recall"] * (1 - KEY_RECALL_LOSS)
    best, chosen = base["precision"], 0.0
    for threshold in _THRESHOLDS:
        row = figures(articles, beta, threshold)
        if row["key_recall"] >= floor and row["precision"] > best:
            best, chosen = row["precision"], threshold
    return chosen


def build(articles: list[Article]) -> dict:
    """The model as events.selection reads it."""
    beta = fit(articles)
    return {
        "features": list(FEATURES),
        "bias": round(float(beta[0]), 4),
        "weights": [round(float(b), 4) for b in beta[1:]],
        "threshold": choose_threshold(articles, beta),
    }


def cross_report(first: list[Article], second: list[Article]) -> list[str]:
    """Train on one set, score the other (and back): baseline vs model on the unseen side."""
    lines = []
    for name, train, held in (("first->second", first, second), ("second->first", second, first)):
        beta = fit(train)
        threshold = choose_threshold(train, beta)
        lines.append(f"{name} threshold {threshold}")
        lines.append(
            f"  train  base {figures(train, beta, 0.0)} model {figures(train, beta, threshold)}"
        )
        lines.append(
            f"  unseen base {figures(held, beta, 0.0)} model {figures(held, beta, threshold)}"
        )
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gold", type=Path, default=None, help="gold folder (default: ours)")
    parser.add_argument("--out", type=Path, default=WEIGHTS_PATH)
    parser.add_argument("--cross", nargs=2, type=Path, metavar=("FIRST", "SECOND"))
    args = parser.parse_args()
    if args.cross:
        print("\n".join(cross_report(*(read_articles(d) for d in args.cross))))
        return
    from benchmarks.evaluation.realnews import GOLD_DIR

    model = build(read_articles(args.gold or GOLD_DIR))
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(model, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {args.out} ({args.out.stat().st_size} bytes), threshold {model['threshold']}")


if __name__ == "__main__":
    import django

    django.setup()
    main()
