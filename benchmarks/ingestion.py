"""Throughput benchmark for the readers (``make bench`` calls it).

Generates realistic-size synthetic articles (600-900 words, mixed formats,
with navigation and related-links furniture where the format has it) in
memory, so the figure measures our parsing and cleaning, not the disk or
network, and needs no fixtures or seeds.
"""

from __future__ import annotations

import json
import random
import time
from collections import Counter
from html import escape

from stories.ingestion.readers import read_source

_VOCABULARY = (
    "officials said the council minister agreed talks border river city port government "
    "report police residents week storm election budget market workers union plan region "
    "capital northern southern coastal villages roads bridge airport hospital schools "
    "spokesperson announced measures funding investigation court ruling parliament vote"
)
_WORDS = _VOCABULARY.split(" ")
_PLACES = ("LISBON, Portugal", "NAIROBI, Kenya", "OSAKA, Japan", "QUITO, Ecuador", "OSLO, Norway")
_FORMATS = ("wordpress", "html", "feed", "text")


def _sentence(rng: random.Random) -> str:
    words = [rng.choice(_WORDS) for _ in range(rng.randint(12, 24))]
    return " ".join(words).capitalize() + "."


def _paragraphs(rng: random.Random, words: int) -> list[str]:
    paragraphs: list[str] = []
    count = 0
    while count < words:
        paragraph = " ".join(_sentence(rng) for _ in range(rng.randint(2, 4)))
        paragraphs.append(paragraph)
        count += len(paragraph.split())
    paragraphs[0] = f"{rng.choice(_PLACES)} (AP) \u2014 {paragraphs[0]}"
    return paragraphs


def _payload(kind: str, index: int, rng: random.Random) -> bytes:
    title = f"Council approves harbour plan number {index} after long debate"
    paragraphs = _paragraphs(rng, rng.randint(600, 900))
    if kind == "wordpress":
        post = {
            "id": index,
            "date_gmt": "2024-03-04T08:15:00",
            "link": f"https://bench.example/{index}/",
            "title": {"rendered": title},
            "content": {"rendered": "".join(f"<p>{escape(p)}</p>\n" for p in paragraphs)},
        }
        return json.dumps(post).encode()
    if kind == "html":
        nav = "".join(f'<li><a href="/s{i}">Section {i}</a></li>' for i in range(8))
        related = "".join(f'<li><a href="/r{i}">Other story {i}</a></li>' for i in range(5))
        body = "".join(f"<p>{escape(p)}</p>" for p in paragraphs)
        return (
            f"<!DOCTYPE html><html><head><title>{title}</title>"
            '<meta property="article:published_time" content="2024-03-04T08:15:00Z"></head>'
            f"<body><header><nav><ul>{nav}</ul></nav></header><main><article><h1>{title}</h1>"
            f"{body}<aside><h3>Related</h3><ul>{related}</ul></aside></article></main>"
            "<footer><p>All rights reserved.</p></footer></body></html>"
        ).encode()
    if kind == "feed":
        content = "".join(f"<p>{escape(p)}</p>" for p in paragraphs)
        return (
            '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>'
            f"<title>Bench Feed</title><item><title>{title}</title>"
            f"<link>https://bench.example/{index}</link>"
            "<pubDate>Mon, 04 Mar 2024 08:15:00 GMT</pubDate>"
            f"<description>{escape(content)}</description></item></channel></rss>"
        ).encode()
    furniture_top = "header banner\nNEWS\n\n"
    furniture_end = "\n\nRelated Stories\n" + "\n\n".join(
        f"Another headline about the region number {i}..." for i in range(5)
    )
    return (furniture_top + title + "\n\n" + "\n\n".join(paragraphs) + furniture_end).encode()


def generate_payloads(n: int, *, seed: int = 1234) -> list[tuple[str, bytes]]:
    """``n`` realistic-size synthetic articles, cycling through the four input formats."""
    rng = random.Random(seed)
    return [(_FORMATS[i % 4], _payload(_FORMATS[i % 4], i, rng)) for i in range(n)]


def throughput_benchmark(n: int = 300, *, seed: int = 1234) -> dict:
    """Read ``n`` synthetic articles with ``read_source``; report articles/s.

    Payload generation is excluded from the timing.
    """
    payloads = generate_payloads(n, seed=seed)
    total_bytes = sum(len(p) for _, p in payloads)
    per_format: Counter[str] = Counter()
    per_format_seconds: Counter[str] = Counter()
    words = 0
    started = time.perf_counter()
    for index, (kind, payload) in enumerate(payloads):
        t0 = time.perf_counter()
        records = read_source(payload, source=f"bench-{index}.{kind}")
        per_format_seconds[kind] += time.perf_counter() - t0
        per_format[kind] += len(records)
        words += sum(len(r.text.split()) for r in records)
    seconds = time.perf_counter() - started
    articles = sum(per_format.values())
    return {
        "articles": articles,
        "seconds": round(seconds, 3),
        "articles_per_second": round(articles / seconds, 1) if seconds else float("inf"),
        "megabytes": round(total_bytes / 1e6, 2),
        "words": words,
        "by_format": {
            kind: {
                "articles": per_format[kind],
                "articles_per_second": round(per_format[kind] / per_format_seconds[kind], 1)
                if per_format_seconds[kind]
                else None,
            }
            for kind in _FORMATS
        },
    }


if __name__ == "__main__":  # pragma: no cover
    print(json.dumps(throughput_benchmark(), indent=2))
