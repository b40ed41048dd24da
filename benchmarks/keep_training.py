"""Builds and judges the keep/drop model of benchmarks.selection on the real-news dev gold.

Three dev batches are read, each as the real-news scorer reads it (evaluation.realnews
article_text): the AEB dev pages ("dev"), the TimeBank batch ("tb") and the LGL dev batch
("lgldev"). An extracted event is a positive example when the scorer's own matching
(evaluation.realnews.match_events) pairs it with a gold event, and counts KEY_WEIGHT times when
that gold event is a key one. The model is an L2-regularised logistic regression fitted by
Newton's method: no randomness, so the same gold gives the same weights byte for byte. The
threshold is the one that raises precision most on the training articles while losing at most
KEY_LOSS of their key events (as a share, rounded down) against extraction without the model.

`--report` judges it as it must be judged, since rules and weights fitted to one set of outlets
have not carried over before: leave-one-batch-out (train on two batches, score the third) for
each batch, and five folds by article over the pooled set, with and without the model, then the
ceiling the features allow when a batch is scored by a model that has seen it.
`--cache FILE` keeps the extraction results in a pickle so that experiments re-score without
re-extracting. Only dev gold is read; the product never reads gold.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import pickle
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from benchmarks.selection import FEATURES, WEIGHTS_PATH, article_features
from stories.extraction.mentions import EventCandidate

L2 = 3.0
KEY_WEIGHT = 4.0
KEY_LOSS = 0.005  # of ~320 key events found in training: one
FOLDS = 5
BATCHES = ("dev", "tb", "lgldev")
_NEWTON_STEPS = 50
_THRESHOLDS = tuple(round(0.05 + 0.01 * i, 2) for i in range(76))


@dataclass
class Article:
    """One gold article's extracted events with their features and labels."""

    batch: str
    id: str
    events: list[EventCandidate]
    gold: list[dict]
    x: np.ndarray
    y: np.ndarray
    weight: np.ndarray


@dataclass
class Extracted:
    """What extraction found in one gold article, before any feature is read from it."""

    batch: str
    id: str
    text: str
    published: dt.date | None
    events: list[EventCandidate]
    gold: list[dict]


def article(found: Extracted, key_weight: float = KEY_WEIGHT) -> Article:
    """Features and labels of one article's events (labels from the scorer's matching)."""
    from benchmarks.evaluation.realnews import match_events

    events = found.events
    rows = article_features(events, found.text, found.published)
    matched = {id(e): g for e, g in match_events(events, found.gold)}
    y = [float(id(e) in matched) for e in events]
    weight = [key_weight if matched.get(id(e), {}).get("key") else 1.0 for e in events]
    x = np.array(rows, dtype=float).reshape(len(events), len(FEATURES))
    return Article(found.batch, found.id, events, found.gold, x, np.array(y), np.array(weight))


def _batch_golds() -> dict[str, list[dict]]:
    from benchmarks.evaluation.realnews import (
        GOLD_DIR,
        LGL_DEV_GOLD_DIR,
        TIMEBANK_GOLD_DIR,
        load_gold,
    )

    return {
        "dev": [g for g in load_gold(GOLD_DIR) if g.get("split") == "dev"],
        "tb": load_gold(TIMEBANK_GOLD_DIR),
        "lgldev": load_gold(LGL_DEV_GOLD_DIR),
    }


def extract_batches(cache: Path | None = None) -> list[Extracted]:
    """The three dev batches analysed as the real-news scorer analyses them (read from
    `cache` when it exists, written there when it does not)."""
    if cache is not None and cache.exists():
        return pickle.loads(cache.read_bytes())
    from benchmarks.evaluation.realnews import aeb_bodies, article_text, as_stored
    from stories.extraction.analysis import analyse_text

    found = []
    for batch, golds in _batch_golds().items():
        bodies = aeb_bodies(golds)
        for gold in golds:
            read = article_text(gold, bodies)
            if read is None:
                continue
            text, published, _ = read
            text, gold = as_stored(text, gold)
            events = analyse_text(text, published=published).events
            found.append(Extracted(batch, gold["id"], text, published, events, gold["events"]))
    if cache is not None:
        cache.parent.mkdir(parents=True, exist_ok=True)
        cache.write_bytes(pickle.dumps(found))
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


def _scores(a: Article, beta: np.ndarray) -> np.ndarray:
    return 1.0 / (1.0 + np.exp(-(beta[0] + a.x @ beta[1:])))


def figures(articles: list[Article], beta: np.ndarray, threshold: float) -> dict[str, float]:
    """Counts and rates of the events the model keeps, re-matched as the scorer matches."""
    from benchmarks.evaluation.realnews import match_events

    kept_total = matched_total = gold_total = key_gold = key_found = 0
    for a in articles:
        scores = _scores(a, beta) if a.events else []
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
        "matched": matched_total,
        "precision": round(matched_total / max(kept_total, 1), 3),
        "key_found": key_found,
        "key_gold": key_gold,
        "key_recall": round(key_found / max(key_gold, 1), 3),
        "event_recall": round(matched_total / max(gold_total, 1), 3),
    }


def choose_threshold(
    articles: list[Article], beta: np.ndarray, key_loss: float = KEY_LOSS
) -> float:
    """The threshold with the best training precision that loses at most `key_loss` (a share,
    rounded down) of the key events extraction finds without the model."""
    base = figures(articles, beta, 0.0)
    allowed = int(base["key_found"] * key_loss)
    best, chosen = base["precision"], 0.0
    for threshold in _THRESHOLDS:
        row = figures(articles, beta, threshold)
        if base["key_found"] - row["key_found"] > allowed:
            break  # a higher threshold keeps fewer events: key losses only grow
        if row["precision"] > best:
            best, chosen = row["precision"], threshold
    return chosen


def build(articles: list[Article], l2: float = L2, key_loss: float = KEY_LOSS) -> dict:
    """The model as benchmarks.selection reads it."""
    beta = fit(articles, l2)
    return {
        "features": list(FEATURES),
        "bias": round(float(beta[0]), 4),
        "weights": [round(float(b), 4) for b in beta[1:]],
        "threshold": choose_threshold(articles, beta, key_loss),
    }


def _line(name: str, base: dict, model: dict, threshold: float) -> str:
    return (
        f"{name:<14} thr {threshold:.2f}"
        f"  extracted {base['extracted']:>4} -> {model['extracted']:>4}"
        f"  matched {base['matched']:>4} -> {model['matched']:>4}"
        f"  precision {base['precision']:.3f} -> {model['precision']:.3f}"
        f" ({model['precision'] - base['precision']:+.3f})"
        f"  key {base['key_found']:>3} -> {model['key_found']:>3} /{base['key_gold']}"
        f"  key recall {base['key_recall']:.3f} -> {model['key_recall']:.3f}"
    )


def held_out_report(
    articles: list[Article], l2: float = L2, key_loss: float = KEY_LOSS
) -> list[str]:
    """Leave one batch out (train on the other two, score it), then five folds by article over
    the pooled set, each fold's held-out articles scored by a model trained on the rest."""
    lines = ["leave one batch out (held-out batch: base -> model)"]
    for held in BATCHES:
        train = [a for a in articles if a.batch != held]
        test = [a for a in articles if a.batch == held]
        beta = fit(train, l2)
        threshold = choose_threshold(train, beta, key_loss)
        lines.append(
            _line(held, figures(test, beta, 0.0), figures(test, beta, threshold), threshold)
        )
    lines.append(f"{FOLDS} folds by article over the pooled set (each fold held out once)")
    ordered = sorted(articles, key=lambda a: (a.batch, a.id))
    kept: dict[str, list[tuple[Article, np.ndarray, float]]] = {}
    for fold in range(FOLDS):
        test = ordered[fold::FOLDS]
        train = [a for i, a in enumerate(ordered) if i % FOLDS != fold]
        beta = fit(train, l2)
        threshold = choose_threshold(train, beta, key_loss)
        lines.append(
            _line(
                f"fold {fold + 1}",
                figures(test, beta, 0.0),
                figures(test, beta, threshold),
                threshold,
            )
        )
        for a in test:
            kept.setdefault(a.batch, []).append((a, beta, threshold))
    for batch in (*BATCHES, "pooled"):
        rows = [r for b, rs in kept.items() if batch in (b, "pooled") for r in rs]
        base = _sum([figures([a], beta, 0.0) for a, beta, _ in rows])
        model = _sum([figures([a], beta, t) for a, beta, t in rows])
        lines.append(_line(f"folds {batch}", base, model, float("nan")))
    return lines


def ceiling_report(articles: list[Article], l2: float = L2) -> list[str]:
    """What the features could do at best: trained on all three batches and scored on each, at
    the threshold best for that very batch among those losing at most one of its key events.
    Seen, not held out: a batch that misses the bar here cannot meet it held out."""
    beta = fit(articles, l2)
    lines = ["ceiling (trained on all, threshold per batch losing at most one key event)"]
    for batch in BATCHES:
        test = [a for a in articles if a.batch == batch]
        base = figures(test, beta, 0.0)
        best, chosen = base, 0.0
        for threshold in _THRESHOLDS:
            row = figures(test, beta, threshold)
            if base["key_found"] - row["key_found"] <= 1 and row["precision"] > best["precision"]:
                best, chosen = row, threshold
        lines.append(_line(batch, base, best, chosen))
    return lines


def _sum(rows: list[dict]) -> dict:
    total = {k: sum(r[k] for r in rows) for k in ("extracted", "matched", "key_found", "key_gold")}
    total["precision"] = round(total["matched"] / max(total["extracted"], 1), 3)
    total["key_recall"] = round(total["key_found"] / max(total["key_gold"], 1), 3)
    return total


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=WEIGHTS_PATH)
    parser.add_argument("--cache", type=Path, default=None, help="pickle of extraction results")
    parser.add_argument("--report", action="store_true", help="held-out figures, no weights")
    parser.add_argument("--l2", type=float, default=L2)
    parser.add_argument("--key-weight", type=float, default=KEY_WEIGHT)
    parser.add_argument("--key-loss", type=float, default=KEY_LOSS)
    args = parser.parse_args()
    articles = [article(found, args.key_weight) for found in extract_batches(args.cache)]
    if args.report:
        report = held_out_report(articles, args.l2, args.key_loss)
        print("\n".join([*report, *ceiling_report(articles, args.l2)]))
        return
    model = build(articles, args.l2, args.key_loss)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(model, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {args.out} ({args.out.stat().st_size} bytes), threshold {model['threshold']}")


if __name__ == "__main__":
    import django

    django.setup()
    main()
