"""GeoVirus (Gritta et al. 2018): international WikiNews on outbreaks, 2,167 toponyms.

Two measures, on all documents and on the last 30 % (file order; development uses the first
70 % only): recognition P/R/F1 of the product's recogniser over the article texts, and acc@161 of
the gold mentions resolved in context (as LGL). GeoVirus does not annotate buildings, streets or
POIs, so a found airport or hospital counts against precision here.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

from benchmarks.evaluation.lgl import Article, GoldToponym, errors_km, split, summarize
from benchmarks.evaluation.recognition import found_spans, match_counts, prf
from stories.geocoding.gazetteer import OfflineGazetteer

DEFAULT_PATH = Path(__file__).resolve().parents[2].parent / "shared/eval/geovirus/GeoVirus.xml"


def read_geovirus(path: Path = DEFAULT_PATH) -> list[Article]:
    """Articles in file order; gold offsets shifted by -1 (the corpus's documented quirk)."""
    articles = []
    for number, node in enumerate(ET.parse(path).getroot().iter("article")):
        text = node.findtext("text") or ""
        toponyms = [
            GoldToponym(
                int(loc.findtext("start")) - 1,
                int(loc.findtext("end")) - 1,
                float(loc.findtext("lat")),
                float(loc.findtext("lon")),
            )
            for loc in node.iter("location")
        ]
        articles.append(Article(str(number), text, toponyms))
    return articles


def recognition(articles: list[Article], gazetteer: OfflineGazetteer) -> dict[str, float]:
    return prf(
        match_counts(found_spans(a.text, gazetteer), [(t.start, t.end) for t in a.toponyms])
        for a in articles
    )


def evaluate(
    path: Path = DEFAULT_PATH,
    gazetteer: OfflineGazetteer | None = None,
    slices: tuple[str, ...] = ("all", "last_30pct"),
) -> dict[str, dict]:
    """Per slice: resolution (acc@161 …) and recognition (P/R/F1)."""
    gazetteer = gazetteer or OfflineGazetteer()
    parts = split(read_geovirus(path))
    return {
        name: {
            "resolution": summarize(errors_km(parts[name], gazetteer)),
            "recognition": recognition(parts[name], gazetteer),
        }
        for name in slices
    }
