"""Extraction speed and memory beside the bare spaCy pipeline, on the same texts, same run."""

from __future__ import annotations

import datetime as dt
import json
import resource
import time
import tracemalloc

from django.conf import settings

from stories.extraction.analysis import analyse_text
from stories.extraction.nlp import get_nlp
from stories.geocoding.defaults import get_gazetteer

# Any fixed date: relative expressions then resolve, as they do for real articles.
PUBLISHED = dt.date(2024, 5, 14)


def benchmark_texts() -> list[str]:
    """News-style texts we wrote ourselves: the eval set's articles and the bundled samples."""
    from stories.ingestion.readers import read_file

    gold = sorted((settings.BASE_DIR / "tests" / "data" / "eval").glob("*.txt"))
    texts = [p.read_text(encoding="utf-8") for p in gold]
    samples = settings.BASE_DIR / "stories" / "samples"
    manifest = json.loads((samples / "manifest.json").read_text(encoding="utf-8"))
    for entry in manifest["sources"]:
        texts.extend(record.text for record in read_file(samples / entry["file"]))
    return [t for t in texts if t.strip()]


def extraction_benchmark(texts: list[str] | None = None, *, rounds: int = 3) -> dict:
    """Articles/s and words/s for bare spaCy and for the whole extraction, and peak memory."""
    texts = texts or benchmark_texts()
    words = sum(len(t.split()) for t in texts)
    nlp, gazetteer = get_nlp(), get_gazetteer()
    analyse_text(texts[0], published=PUBLISHED)  # warm caches and lazy loads outside the timing
    gazetteer.candidates("Paris")

    started = time.perf_counter()
    for _ in range(rounds):
        for text in texts:
            nlp(text)
    bare = time.perf_counter() - started

    started = time.perf_counter()
    for _ in range(rounds):
        for text in texts:
            analyse_text(text, published=PUBLISHED)
    whole = time.perf_counter() - started

    tracemalloc.start()
    for text in texts:
        analyse_text(text, published=PUBLISHED)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()

    n = len(texts) * rounds
    return {
        "articles": len(texts),
        "words": words,
        "spacy_articles_per_s": round(n / bare, 1),
        "spacy_words_per_s": round(words * rounds / bare),
        "extraction_articles_per_s": round(n / whole, 1),
        "extraction_words_per_s": round(words * rounds / whole),
        "extraction_vs_spacy": round(bare / whole, 2),
        "python_peak_mb": round(peak / 1e6, 1),
        "process_max_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
    }
