"""Geocoding accuracy on LGL (Lieberman et al. 2010), the local-news geoparsing benchmark.

Resolution only: each article's gold toponym offsets go to ``resolve_mentions`` and the chosen
coordinates are scored against the gold GeoNames coordinates, as CamCoder, Edinburgh and
Mordecai report it (accuracy within 161 km = 100 miles, mean error, AUC of the log error curve).
The last 30 % of documents in file order are reported apart, as the held-out slice.
"""

import math
import statistics
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path

from benchmarks.evaluation.recognition import found_spans, match_counts, prf
from stories.geocoding.disambiguation import resolve_mentions
from stories.geocoding.gazetteer import OfflineGazetteer
from stories.geocoding.places import distance_km

DEFAULT_PATH = Path(__file__).resolve().parents[2].parent / "shared/eval/lgl/lgl.xml"
ACCURACY_KM = 161.0
MAX_ERROR_KM = 20039.0  # half the equator: the worst possible error, used when nothing resolved
HELD_OUT_SHARE = 0.3


@dataclass
class GoldToponym:
    start: int
    end: int
    latitude: float
    longitude: float


@dataclass
class Article:
    docid: str
    text: str
    toponyms: list[GoldToponym]
    spans: list[tuple[int, int]] = field(default_factory=list)  # every toponym, for recognition


def read_lgl(path: Path = DEFAULT_PATH) -> list[Article]:
    """Articles in file order with their geocoded (gaztag) toponyms only."""
    articles = []
    for node in ET.parse(path).getroot().iter("article"):
        toponyms, spans = [], []
        for toponym in node.iter("toponym"):
            spans.append((int(toponym.findtext("start")), int(toponym.findtext("end"))))
            gaztag = toponym.find("gaztag")
            if gaztag is None:
                continue
            toponyms.append(
                GoldToponym(
                    int(toponym.findtext("start")),
                    int(toponym.findtext("end")),
                    float(gaztag.findtext("lat")),
                    float(gaztag.findtext("lon")),
                )
            )
        text = node.findtext("text") or ""
        articles.append(Article(node.get("docid", ""), text, toponyms, spans))
    return articles


def errors_km(articles: list[Article], gazetteer: OfflineGazetteer) -> list[float]:
    """Error of each gold toponym, in document order; unresolved counts as the maximum error."""
    errors = []
    for article in articles:
        spans = [(t.start, t.end) for t in article.toponyms]
        for gold, found in zip(
            article.toponyms,
            resolve_mentions(article.text, spans, gazetteer=gazetteer),
            strict=True,
        ):
            if found.latitude is None or found.longitude is None:
                errors.append(MAX_ERROR_KM)
            else:
                errors.append(
                    distance_km(gold.latitude, gold.longitude, found.latitude, found.longitude)
                )
    return errors


def summarize(errors: list[float]) -> dict[str, float]:
    """Accuracy@161 km (%), mean and median error (km), AUC of log(1+error) (lower is better)."""
    if not errors:
        return {"toponyms": 0, "acc161": 0.0, "mean_km": 0.0, "median_km": 0.0, "auc": 0.0}
    scale = math.log(MAX_ERROR_KM + 1)
    return {
        "toponyms": len(errors),
        "acc161": round(100 * sum(e <= ACCURACY_KM for e in errors) / len(errors), 1),
        "mean_km": round(statistics.fmean(errors), 1),
        "median_km": round(statistics.median(errors), 1),
        "auc": round(statistics.fmean(math.log(1 + e) / scale for e in errors), 3),
    }


def split(articles: list[Article]) -> dict[str, list[Article]]:
    """All documents, the first 70 % (development) and the last 30 % (held out), file order."""
    cut = math.floor(len(articles) * (1 - HELD_OUT_SHARE))
    return {"all": articles, "first_70pct": articles[:cut], "last_30pct": articles[cut:]}


def recognition(articles: list[Article], gazetteer: OfflineGazetteer) -> dict[str, float]:
    """Recognition P/R/F1 against every gold toponym (geocoded or not)."""
    return prf(match_counts(found_spans(a.text, gazetteer), a.spans) for a in articles)


def evaluate(
    path: Path = DEFAULT_PATH,
    gazetteer: OfflineGazetteer | None = None,
    slices: tuple[str, ...] = ("all", "last_30pct"),
    with_recognition: bool = False,
) -> dict:
    """Resolution scores per slice; recognition too when asked (it runs spaCy: slower)."""
    gazetteer = gazetteer or OfflineGazetteer()
    parts = split(read_lgl(path))
    results = {}
    for name in slices:
        results[name] = summarize(errors_km(parts[name], gazetteer))
        if with_recognition:
            results[name]["recognition"] = recognition(parts[name], gazetteer)
    return results


def main(path: Path = DEFAULT_PATH) -> None:
    results = evaluate(path)
    columns = ["toponyms", "acc161", "mean_km", "median_km", "auc"]
    print(f"{'LGL slice':<12}" + "".join(f"{c:>11}" for c in columns))
    for name, row in results.items():
        print(f"{name:<12}" + "".join(f"{row[c]:>11}" for c in columns))
    print("published acc@161: Mordecai 3 82.7, CamCoder 76, Edinburgh 76")


if __name__ == "__main__":
    main()
