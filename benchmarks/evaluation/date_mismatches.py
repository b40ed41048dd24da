"""Lists the kept events whose date is wrong on real-news gold: gold date beside the extracted
date, its precision, the time text and which rule dated it (the event's provenance).

`make eval`'s "date right" says how many; this says which, for reading causes while tuning on
dev. Run: `.venv/bin/python -m benchmarks.evaluation.date_mismatches [--split dev] [--te3]`.
"""

from __future__ import annotations

import argparse
import os
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

    def line(self) -> str:
        return (
            f"{self.article} gold {self.gold} found {self.found} {self.precision}"
            f" {self.time_text!r} by {self.dated_by}\n    {self.what} || {self.quote!r}"
        )


def date_mismatches(article: str, pairs: list[tuple[EventCandidate, dict]]) -> list[DateMismatch]:
    """The matched pairs of one article whose gold has a date the extracted event misses."""
    from benchmarks.evaluation.realnews import date_right

    found = []
    for event, gold in pairs:
        if not gold.get("date") or date_right(event, gold["date"]):
            continue
        dated = event.provenance.get("date") or {}
        found.append(
            DateMismatch(
                article=article,
                gold=gold["date"],
                found=str(event.date_start) if event.date_start else "undated",
                precision=event.date_precision,
                time_text=event.date_text,
                dated_by=dated.get("from") or dated.get("source") or "-",
                what=gold.get("what", ""),
                quote=event.quote[:160],
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
    for result in results:
        article = result.id[:12] if len(result.id) == 64 else result.id
        for mismatch in date_mismatches(article, result.matched):
            print(mismatch.line())
    row = scores["all"]
    print(f"date right {row['date_right']:.3f}, dated share {row['dated_share']:.3f}")


if __name__ == "__main__":
    main()
