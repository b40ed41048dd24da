"""Lists the kept events whose place is wrong on real-news gold: gold place beside the extracted
place, the distance, and which clue placed it (the event's provenance).

`make eval`'s "place right" says how many; this says which, for reading causes while tuning on
dev. Run: `.venv/bin/python -m benchmarks.evaluation.place_mismatches [--split dev] [--all]`.
"""

from __future__ import annotations

import argparse
import os
from collections import Counter
from dataclasses import dataclass

from stories.extraction.mentions import EventCandidate
from stories.geocoding.places import distance_km

ACCURACY_KM = 161.0


@dataclass(frozen=True)
class PlaceMismatch:
    article: str
    gold: str
    found: str
    km: float | None
    source: str
    what: str
    quote: str

    def line(self) -> str:
        km = "-" if self.km is None else f"{self.km:.0f}km"
        return (
            f"{self.article} gold {self.gold!r} found {self.found!r} {km} by {self.source}\n"
            f"    {self.what} || {self.quote!r}"
        )


def place_mismatches(
    article: str, pairs: list[tuple[EventCandidate, dict]], *, every: bool = False
) -> list[PlaceMismatch]:
    """The matched pairs of one article whose gold place the extracted event misses (all placed
    pairs with `every`)."""
    found = []
    for event, gold in pairs:
        place = gold.get("place")
        if not place or place.get("lat") is None:
            continue
        mention = event.place
        km = None
        if mention is not None and mention.latitude is not None:
            km = distance_km(mention.latitude, mention.longitude, place["lat"], place["lon"])
        if km is not None and km <= ACCURACY_KM and not every:
            continue
        placed = event.provenance.get("place") or {}
        found.append(
            PlaceMismatch(
                article=article,
                gold=place.get("name", ""),
                found=(mention.name or mention.text) if mention is not None else "none",
                km=km,
                source=str(placed.get("source", "-")),
                what=gold.get("what", ""),
                quote=event.quote[:160],
            )
        )
    return found


def right_by_source(pairs: list[tuple[EventCandidate, dict]]) -> dict[str, tuple[int, int]]:
    """Per clue that placed the events (clause, venue, sentence, dateline, setting, ..., "-" for
    none): how many placed gold events it got right within 161 km, out of how many it met.
    Which default earns its keep, and which misses come from no place at all."""
    right: Counter[str] = Counter()
    seen: Counter[str] = Counter()
    for event, gold in pairs:
        place = gold.get("place")
        if not place or place.get("lat") is None:
            continue
        source = str((event.provenance.get("place") or {}).get("source", "-"))
        seen[source] += 1
        mention = event.place
        if mention is not None and mention.latitude is not None:
            km = distance_km(mention.latitude, mention.longitude, place["lat"], place["lon"])
            right[source] += km <= ACCURACY_KM
    return {source: (right[source], seen[source]) for source in sorted(seen)}


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", choices=["dev", "test"], default="dev")
    parser.add_argument("--all", action="store_true", help="every placed pair, right or wrong")
    arguments = parser.parse_args(argv)
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "newsmap.settings")
    import django

    django.setup()
    from benchmarks.evaluation.realnews import GOLD_DIR, score_realnews

    scores, results = score_realnews(GOLD_DIR, splits=[arguments.split])
    every_pair = [pair for result in results for pair in result.matched]
    for result in results:
        article = result.id[:12] if len(result.id) == 64 else result.id
        for mismatch in place_mismatches(article, result.matched, every=arguments.all):
            print(mismatch.line())
    for source, (right, seen) in right_by_source(every_pair).items():
        print(f"  by {source}: {right}/{seen} right")
    row = scores["all"]
    print(f"place right {row['place_right_161km']:.3f}, 25 km {row['place_right_25km']:.3f}")


if __name__ == "__main__":
    main()
