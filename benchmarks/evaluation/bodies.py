"""Clean-body extraction on the Article Extraction Benchmark (../shared/eval/aeb), ours next to
plain trafilatura's defaults on the same pages, scored as the benchmark's evaluate.py scores.

Ours is what `ingest` stores for a saved page (``read_source`` on the file's bytes, the same
code path); plain trafilatura is ``trafilatura.extract`` with its defaults. A page we refuse
scores 0 recall, as an empty prediction does in the benchmark.
"""

from __future__ import annotations

import gzip
import json
import re
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import trafilatura

from stories.ingestion.readers import read_source
from stories.ingestion.records import IngestionError

DEFAULT_PATH = Path(__file__).resolve().parents[2].parent / "shared/eval/aeb"
SHINGLE = 4
CLOSE = 0.02  # "within 0.02 of trafilatura" per page


@dataclass(frozen=True)
class Page:
    id: str
    html: bytes
    body: str
    url: str


def read_pages(directory: Path = DEFAULT_PATH) -> Iterator[Page]:
    """Every page with its hand-written body, in id order."""
    truth = json.loads((directory / "ground-truth.json").read_text(encoding="utf-8"))
    for page_id in sorted(truth):
        html = gzip.decompress((directory / "html" / f"{page_id}.html.gz").read_bytes())
        yield Page(page_id, html, truth[page_id]["articleBody"], truth[page_id]["url"])


def shingles(text: str) -> Counter[tuple[str, ...]]:
    """The benchmark's bag of 4-token shingles (``\\w+`` tokens); a short text is one shingle."""
    tokens = re.findall(r"\w+", text)
    if not tokens:
        return Counter()
    if len(tokens) < SHINGLE:
        return Counter([tuple(tokens)])
    return Counter(tuple(tokens[i : i + SHINGLE]) for i in range(len(tokens) - SHINGLE + 1))


@dataclass(frozen=True)
class PageScore:
    """One page's overlap, as shares of TP+FP+FN (the benchmark's normalisation)."""

    tp: float
    fp: float
    fn: float
    predicted: bool

    @property
    def f1(self) -> float:
        return 2 * self.tp / (2 * self.tp + self.fp + self.fn) if self.tp else 0.0


def score_page(expected: str, predicted: str) -> PageScore:
    truth, guess = shingles(expected), shingles(predicted)
    tp = sum((truth & guess).values())
    fp = sum((guess - truth).values())
    fn = sum((truth - guess).values())
    total = tp + fp + fn
    if not total:
        return PageScore(0.0, 0.0, 0.0, predicted=False)
    return PageScore(tp / total, fp / total, fn / total, predicted=bool(guess))


@dataclass
class Scores:
    """Per-page scores of one extractor and the benchmark's overall figures."""

    pages: dict[str, PageScore] = field(default_factory=dict)

    @property
    def precision(self) -> float:
        scored = [p for p in self.pages.values() if p.predicted]
        return sum(p.tp / (p.tp + p.fp) for p in scored) / len(scored) if scored else 0.0

    @property
    def recall(self) -> float:
        pages = list(self.pages.values())
        return sum(p.tp / (p.tp + p.fn) if p.tp else 0.0 for p in pages) / len(pages)

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def ours(page: Page) -> str:
    """The clean text `ingest` would store for the saved page ("" when it refuses the page)."""
    try:
        records = read_source(page.html, source=f"{page.id}.html")
    except IngestionError:
        return ""
    return "\n\n".join(record.text for record in records)


def plain_trafilatura(page: Page) -> str:
    return trafilatura.extract(page.html.decode("utf-8", "replace")) or ""


EXTRACTORS: dict[str, Callable[[Page], str]] = {"newsmap": ours, "trafilatura": plain_trafilatura}


def score_bodies(directory: Path = DEFAULT_PATH) -> dict[str, Scores]:
    """Scores of each extractor over every benchmark page."""
    results = {name: Scores() for name in EXTRACTORS}
    for page in read_pages(directory):
        for name, extract in EXTRACTORS.items():
            results[name].pages[page.id] = score_page(page.body, extract(page))
    return results


def share_within(ours: Scores, theirs: Scores, margin: float = CLOSE) -> float:
    """Share of pages where our F1 is at most ``margin`` below theirs."""
    close = [ours.pages[i].f1 >= theirs.pages[i].f1 - margin for i in theirs.pages]
    return sum(close) / len(close)


def worst_pages(ours: Scores, theirs: Scores, count: int = 10) -> list[tuple[str, float, float]]:
    """The pages where we trail trafilatura most: (id, ours, theirs)."""
    gaps = sorted(theirs.pages, key=lambda i: ours.pages[i].f1 - theirs.pages[i].f1)
    return [(i, ours.pages[i].f1, theirs.pages[i].f1) for i in gaps[:count]]
