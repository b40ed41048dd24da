"""Lists the kept events whose date is wrong on real-news gold: gold date beside the extracted
date, its precision, the time text and which rule dated it (the event's provenance).

`make eval`'s "date right" says how many; this says which, and sorts them into the causes
rounds of tuning have met (`cause_of`), with a count of mismatches and articles per cause, so the
largest general class is the one read first.
Run: `.venv/bin/python -m benchmarks.evaluation.date_mismatches [--split dev] [--te3]`.
"""

from __future__ import annotations

import argparse
import datetime
import os
from collections import defaultdict
from dataclasses import dataclass

from stories.extraction.mentions import EventCandidate


@dataclass(frozen=True)
class DateMismatch:
    article: str
    gold: str
    found: str
    precision: str
    time_text: str
    dated_by: str
    what: str
    quote: str
    cause: str = "other"

    def line(self) -> str:
        return (
            f"{self.article} [{self.cause}] gold {self.gold} found {self.found} {self.precision}"
            f" {self.time_text!r} by {self.dated_by}\n    {self.what} || {self.quote!r}"
        )


_GRAIN_RANK = {"year": 1, "season": 2, "quarter": 2, "month": 3, "week": 4, "day": 5}
_CARRIED = frozenset({"sentence", "paragraph", "story", "publication"})


def cause_of(gold: str, found: datetime.date | None, precision: str, dated_by: str) -> str:
    """The likely cause of one mismatch, from the dates alone.

    "undated"; "coarser" (a week or a year that holds the gold's day or month: a precision
    convention, or a finer date the article does not state); "day off by one" (a time zone:
    the publication day, or a weekday, counted on another clock); "week off" (a weekday
    resolved to the wrong week); "year off" (the right month or day in another year);
    "carried" (a time taken from the narrative around the clause, not its own); else "other".
    """
    if found is None:
        return "undated"
    from stories.extraction.events.dates import period_end

    grain = {4: "year", 7: "month"}.get(len(gold), "day")
    first = datetime.date.fromisoformat({4: f"{gold}-01-01", 7: f"{gold}-01"}.get(len(gold), gold))
    coarse = _GRAIN_RANK.get(precision, 0) < _GRAIN_RANK[grain]
    if coarse and found <= first <= period_end(found, precision):
        return "coarser"
    if grain == "day":
        days = abs((found - datetime.date.fromisoformat(gold)).days)
        if days == 1:
            return "day off by one"
        if days == 7:
            return "week off"
        if gold[4:] == found.isoformat()[4:]:
            return "year off"
    elif grain == "month" and gold[4:] == found.isoformat()[4:7]:
        return "year off"
    return "carried" if dated_by in _CARRIED else "other"


def date_mismatches(article: str, pairs: list[tuple[EventCandidate, dict]]) -> list[DateMismatch]:
    """The matched pairs of one article whose gold has a date the extracted event misses."""
    from benchmarks.evaluation.realnews import date_right

    found = []
    for event, gold in pairs:
        if not gold.get("date") or date_right(event, gold["date"]):
            continue
        dated = event.provenance.get("date") or {}
        dated_by = dated.get("from") or dated.get("source") or "-"
        found.append(
            DateMismatch(
                article=article,
                gold=gold["date"],
                found=str(event.date_start) if event.date_start else "undated",
                precision=event.date_precision,
                time_text=event.date_text,
                dated_by=dated_by,
                what=gold.get("what", ""),
                quote=event.quote[:160],
                cause=cause_of(gold["date"], event.date_start, event.date_precision, dated_by),
            )
        )
    return found


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", choices=["dev", "test"], default="dev")
    parser.add_argument("--te3", action="store_true", help="the blind TE3 batch (report only)")
    arguments = parser.parse_args(argv)
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "newsmap.settings")
    import django

    django.setup()
    from benchmarks.evaluation.realnews import GOLD_DIR, TE3_GOLD_DIR, score_realnews

    directory = TE3_GOLD_DIR if arguments.te3 else GOLD_DIR
    splits = ["dev", "test"] if arguments.te3 else [arguments.split]
    scores, results = score_realnews(directory, splits=splits)
    by_cause: dict[str, list[DateMismatch]] = defaultdict(list)
    for result in results:
        article = result.id[:12] if len(result.id) == 64 else result.id
        for mismatch in date_mismatches(article, result.matched):
            print(mismatch.line())
            by_cause[mismatch.cause].append(mismatch)
    for cause, found in sorted(by_cause.items(), key=lambda item: -len(item[1])):
        articles = len({m.article for m in found})
        print(f"{cause}: {len(found)} mismatches in {articles} articles")
    row = scores["all"]
    print(f"date right {row['date_right']:.3f}, dated share {row['dated_share']:.3f}")


if __name__ == "__main__":
    main()
