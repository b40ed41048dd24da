"""Per-article real-news scores, saved and compared: how a change moved each gold article.

`make eval` gives batch totals; a change that helps ten articles and hurts eight looks like a
small gain there. This writes, for every gold article of the real-news batches, the counts the
scorer tallies (extracted, matched, key found, place right, date right...) and compares two such
files article by article, so that a change is judged by how many articles it helped and hurt
on the held-out batches, by counts only (no held-out text or gold is shown).

    python -m benchmarks.article_scores save OUT.json [BATCH ...]   (JOBS=n processes)
    python -m benchmarks.article_scores compare BEFORE.json AFTER.json [--list]

Batches: dev, test (AEB pages), te3, tb, tb2, lgl, lgl2, lgl3 (held-out or blind), lgldev,
tbdev.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

HELD_OUT = ("test", "te3", "tb2", "lgl")
SECOND_BLIND = ("lgl2", "lgl3")
DEV = ("dev", "tb", "lgldev", "tbdev")
BATCHES = (*DEV, *HELD_OUT, *SECOND_BLIND)
COUNTS = (
    "events_extracted",
    "events_matched",
    "key_found",
    "key_gold",
    "place_161",
    "placed_gold",
    "date_right",
    "dated_gold",
    "dated_found",
    "certainty_right",
)
# The counts a change should raise, in the order that decides "helped" or "hurt" for an article.
_BETTER = ("key_found", "events_matched", "place_161", "date_right", "certainty_right")


def _setup() -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "newsmap.settings")
    import django

    django.setup()


def _batch_gold(batch: str) -> list[dict]:
    from benchmarks.evaluation import realnews as rn

    directory = {
        "dev": rn.GOLD_DIR,
        "test": rn.GOLD_DIR,
        "te3": rn.TE3_GOLD_DIR,
        "tb": rn.TIMEBANK_GOLD_DIR,
        "tb2": rn.TIMEBANK2_GOLD_DIR,
        "lgl": rn.LGL_GOLD_DIR,
        "lgl2": rn.LGL2_GOLD_DIR,
        "lgl3": rn.LGL3_GOLD_DIR,
        "lgldev": rn.LGL_DEV_GOLD_DIR,
        "tbdev": rn.TIMEBANK_DEV_GOLD_DIR,
    }[batch]
    golds = rn.load_gold(directory)
    if batch in ("dev", "test"):
        golds = [gold for gold in golds if gold.get("split") == batch]
    return golds


def _score_one(job: tuple[str, dict, dict]) -> tuple[str, str, dict]:
    batch, gold, bodies = job
    _setup()
    from benchmarks.evaluation import realnews as rn
    from benchmarks.evaluation.goldset import Tally
    from stories.extraction.analysis import analyse_text

    found = rn.article_text(gold, bodies)
    if found is None:
        return batch, gold["id"], {}
    text, published, _ = found
    text, gold = rn.as_stored(text, gold)
    analysis = analyse_text(text, published=published)
    tally = Tally()
    result = rn.ArticleResult(gold["id"], gold.get("split", ""))
    rn.score_article(gold, analysis, tally, result)
    row = {key: tally[key] for key in COUNTS}
    row["events"] = [
        [e.start, e.end, e.title, str(e.date_start or ""), e.place.name if e.place else ""]
        for e in analysis.events
    ]
    return batch, gold["id"], row


def save(out: Path, batches: list[str]) -> None:
    _setup()
    from benchmarks.evaluation import realnews as rn

    wanted = set(os.environ.get("IDS", "").split(",")) - {""}
    jobs = []
    for batch in batches:
        golds = _batch_gold(batch)
        if wanted:
            golds = [gold for gold in golds if gold["id"] in wanted]
        bodies = rn.aeb_bodies(golds)
        for gold in golds:
            body = {gold["id"]: bodies[gold["id"]]} if gold["id"] in bodies else {}
            jobs.append((batch, gold, body))
    scores: dict[str, dict[str, dict]] = {}
    with ProcessPoolExecutor(int(os.environ.get("JOBS", os.cpu_count() or 2))) as pool:
        for batch, article, row in pool.map(_score_one, jobs, chunksize=1):
            if row:
                scores.setdefault(batch, {})[article] = row
    out.write_text(json.dumps(scores, indent=0, sort_keys=True), encoding="utf-8")


def _verdict(before: dict, after: dict) -> int:
    for key in _BETTER:
        if after[key] != before[key]:
            return 1 if after[key] > before[key] else -1
    if after["events_extracted"] != before["events_extracted"]:
        return 1 if after["events_extracted"] < before["events_extracted"] else -1
    return 0


def _totals(rows: list[dict]) -> dict[str, int]:
    return {key: sum(row[key] for row in rows) for key in COUNTS}


def compare(before_path: Path, after_path: Path, show: bool) -> None:
    before = json.loads(before_path.read_text(encoding="utf-8"))
    after = json.loads(after_path.read_text(encoding="utf-8"))
    groups = {"HO": HELD_OUT, "blind2": SECOND_BLIND, "DEV": DEV}
    for name, batches in groups.items():
        helped = hurt = 0
        rows_a, rows_b, moved = [], [], []
        for batch in batches:
            for article, row_b in after.get(batch, {}).items():
                row_a = before.get(batch, {}).get(article)
                if row_a is None:
                    continue
                rows_a.append(row_a)
                rows_b.append(row_b)
                verdict = _verdict(row_a, row_b)
                helped += verdict > 0
                hurt += verdict < 0
                if any(row_a[key] != row_b[key] for key in COUNTS):
                    moved.append((batch, article, row_a, row_b))
        if not rows_a:
            continue
        ta, tb = _totals(rows_a), _totals(rows_b)
        changes = ", ".join(f"{key} {ta[key]}→{tb[key]}" for key in COUNTS if ta[key] != tb[key])
        print(f"{name}: {helped} helped, {hurt} hurt; {changes or 'no count moved'}")
        if show:
            for batch, article, row_a, row_b in moved:
                diff = " ".join(
                    f"{key}:{row_a[key]}→{row_b[key]}" for key in COUNTS if row_a[key] != row_b[key]
                )
                print(f"  {batch} {article[:16]} {diff}")


def main(argv: list[str] | None = None) -> None:
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    save_cmd = sub.add_parser("save")
    save_cmd.add_argument("out", type=Path)
    save_cmd.add_argument("batches", nargs="*", choices=BATCHES)
    compare_cmd = sub.add_parser("compare")
    compare_cmd.add_argument("before", type=Path)
    compare_cmd.add_argument("after", type=Path)
    compare_cmd.add_argument("--list", action="store_true")
    args = parser.parse_args(argv)
    if args.command == "save":
        save(args.out, args.batches or list(BATCHES))
    else:
        compare(args.before, args.after, args.list)


if __name__ == "__main__":
    main()
