"""Scores event extraction on real news nobody here wrote: our gold over the AEB pages.

Gold lives in tests/data/realnews/ (one JSON file per page of ../shared/eval/aeb, see its README);
the article text stays in ../shared. Each gold article is analysed from the benchmark's own
`articleBody`, so gold offsets and ours refer to one text, with the publication date our HTML
reader finds on the saved page (the gold's date only when the reader finds none, and counted),
because that is the date the product would have. A second, blind batch (tests/data/realnews-te3/)
annotates TempEval-3 Platinum news: a gold file with `"corpus": "te3-platinum"` names its `.tml`
file, whose `<TEXT>` (as the TempEval scorer reads it) is the text and whose DCT is the date.
A third, blind batch (tests/data/realnews-timebank/) annotates TimeBank news the same way, its
gold files marked `"corpus": "timebank"`; a fourth (tests/data/realnews-timebank2/) annotates
other TimeBank documents, in the same format, for a blind check at merge; a fifth
(tests/data/realnews-lgl/) annotates LGL local news, its gold files marked `"corpus": "lgl"` with
the article's `docid`, text and publication day read by `lgl_texts`; a development batch in the
same format (tests/data/realnews-lgl-dev/, all "dev") annotates LGL articles from the first 70 %
of the file, which tuning may read; another (tests/data/realnews-timebank-dev/, all "dev")
annotates TimeBank documents no other batch holds; and a second and a third blind LGL batch
(tests/data/realnews-lgl2/ and realnews-lgl3/, all "test") hold LGL articles no tuning has read.

An extracted event matches a gold event when the gold trigger lies inside the extracted clause;
when several do, the one whose trigger word the title or trigger repeats is preferred, and each
gold event is matched at most once. Because that second chance can pair a gold trigger with a
long clause about something else, the figures also give the precision of the trigger-word
matches alone, a lower bound. Gold is compared with, never read by the product.
"""

from __future__ import annotations

import datetime as dt
import gzip
import json
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from benchmarks.evaluation.goldset import Tally, f1, first_overlapping, overlaps, ratio
from stories.extraction.analysis import Analysis, analyse_text
from stories.extraction.mentions import EventCandidate
from stories.geocoding.places import distance_km

ROOT = Path(__file__).resolve().parents[2]
GOLD_DIR = ROOT / "tests" / "data" / "realnews"
TE3_GOLD_DIR = ROOT / "tests" / "data" / "realnews-te3"
AEB_DIR = ROOT.parent / "shared" / "eval" / "aeb"
TE3_DIR = ROOT.parent / "shared" / "eval" / "te3-platinum"
TE3_CORPUS = "te3-platinum"
TIMEBANK_GOLD_DIR = ROOT / "tests" / "data" / "realnews-timebank"
TIMEBANK2_GOLD_DIR = ROOT / "tests" / "data" / "realnews-timebank2"
TIMEBANK_DEV_GOLD_DIR = ROOT / "tests" / "data" / "realnews-timebank-dev"
TIMEBANK_DIR = ROOT.parent / "shared" / "eval" / "timebank"
TIMEBANK_CORPUS = "timebank"
TIMEML_CORPORA = (TE3_CORPUS, TIMEBANK_CORPUS)  # gold whose text is a .tml file's <TEXT>
LGL_GOLD_DIR = ROOT / "tests" / "data" / "realnews-lgl"
LGL_DEV_GOLD_DIR = ROOT / "tests" / "data" / "realnews-lgl-dev"
LGL2_GOLD_DIR = ROOT / "tests" / "data" / "realnews-lgl2"
LGL3_GOLD_DIR = ROOT / "tests" / "data" / "realnews-lgl3"
LGL_CORPUS = "lgl"
NON_AEB_CORPORA = (*TIMEML_CORPORA, LGL_CORPUS)  # gold whose text is not an AEB articleBody
SPLITS = ("dev", "test", "all")
NEAR_KM = 25.0
ACCURACY_KM = 161.0
_PRECISION_RANK = {"year": 1, "month": 2, "week": 3, "day": 4}
_EARLIEST_TRUSTED_YEAR = 1900  # page metadata such as 0001-01-01 is a placeholder, not a date


@dataclass
class ArticleResult:
    """What one gold article showed: for reading the misses while tuning on dev."""

    id: str
    split: str
    matched: list[tuple[EventCandidate, dict]] = field(default_factory=list)
    spurious: list[EventCandidate] = field(default_factory=list)
    missed: list[dict] = field(default_factory=list)


def load_gold(directory: Path = GOLD_DIR) -> list[dict]:
    """Every gold file present, in name order (annotators add files while we work)."""
    gold = []
    for path in sorted(directory.glob("*.json")):
        try:
            gold.append(json.loads(path.read_text(encoding="utf-8")))
        except ValueError:
            continue  # a file being written right now
    return gold


def reader_published(page_id: str, url: str | None, aeb_dir: Path = AEB_DIR) -> dt.date | None:
    """The publication day our HTML reader finds on the saved page (the page's own local day,
    the one the product anchors relative dates on), or None."""
    from stories.ingestion.html import read_html
    from stories.ingestion.records import IngestionError

    path = aeb_dir / "html" / f"{page_id}.html.gz"
    if not path.exists():
        return None
    html = gzip.decompress(path.read_bytes()).decode("utf-8", errors="replace")
    try:
        records = read_html(html, source=str(path), url=url)
    except IngestionError:
        return None
    day = records[0].published_day if records else None
    if day is None or day.year < _EARLIEST_TRUSTED_YEAR:
        return None
    return day


def article_text(
    gold: dict,
    bodies: dict[str, dict],
    te3_dir: Path = TE3_DIR,
    timebank_dir: Path = TIMEBANK_DIR,
    lgl_path: Path | None = None,
) -> tuple[str, dt.date | None, bool] | None:
    """The text a gold article's offsets refer to, its publication date and whether that date
    came from the gold; None when the text is not at hand.

    A TE3-Platinum or TimeBank article is read exactly as the TempEval scorer reads it
    (`read_document`), so its offsets are the scorer's; its DCT is the date the product would
    have. An AEB article is the benchmark's `articleBody`, dated by our HTML reader (the gold's
    date only as fallback). An LGL article is its `<text>` by docid, dated as `lgl_texts` says.
    """
    if gold.get("corpus") == LGL_CORPUS:
        from benchmarks.evaluation.lgl_texts import LGL_XML, read_lgl_texts

        path = lgl_path or LGL_XML
        article = read_lgl_texts(path).get(gold["docid"]) if path.exists() else None
        return None if article is None else (article.text, article.published, False)
    if gold.get("corpus") in TIMEML_CORPORA:
        from benchmarks.evaluation.tempeval import read_document

        directory = te3_dir if gold["corpus"] == TE3_CORPUS else timebank_dir
        path = directory / gold["file"]
        if not path.exists():
            return None
        document = read_document(path)
        return document.text, document.published, False
    if gold["id"] not in bodies:
        return None
    published = reader_published(gold["id"], gold.get("url"))
    fallback = published is None
    if fallback and gold.get("published"):
        published = dt.date.fromisoformat(gold["published"][:10])
    return bodies[gold["id"]]["articleBody"], published, fallback


def as_stored(text: str, gold: dict) -> tuple[str, dict]:
    """The text as ingestion stores it, its broken characters mended (mojibake.py, which every
    reader applies), and a copy of the gold with its offsets moved to that text.

    The gold's offsets refer to the source text as the corpus gives it; the product analyses
    the text it stored, so the scorer analyses that too and carries the offsets over. A text
    with nothing to mend is returned as it is, with the gold itself.
    """
    from stories.ingestion.mojibake import repair_mojibake

    repair = repair_mojibake(text)
    if not repair.edits:
        return text, gold

    def moved(span: dict | None) -> dict | None:
        if not span or "start" not in span:
            return span
        return {**span, "start": repair.offset(span["start"]), "end": repair.offset(span["end"])}

    moved_gold = {
        **gold,
        "events": [{**e, "at": repair.offset(e["at"])} for e in gold.get("events", [])],
        "places": [moved(p) for p in gold.get("places", [])],
        "dateline": moved(gold.get("dateline")),
    }
    return repair.text, moved_gold


def aeb_bodies(golds: list[dict]) -> dict[str, dict]:
    """The AEB article bodies by page id, read only when some gold needs them."""
    if all(gold.get("corpus") in NON_AEB_CORPORA for gold in golds):
        return {}
    return json.loads((AEB_DIR / "ground-truth.json").read_text(encoding="utf-8"))


def score_realnews(
    directory: Path = GOLD_DIR, *, splits: Iterable[str] = ("dev", "test")
) -> tuple[dict[str, dict[str, float]], list[ArticleResult]]:
    """Figures per split (dev, test and all) and the per-article details behind them."""
    wanted = set(splits)
    golds = [gold for gold in load_gold(directory) if gold.get("split") in wanted]
    bodies = aeb_bodies(golds)
    tallies = {name: Tally() for name in SPLITS}
    results = []
    for gold in golds:
        found = article_text(gold, bodies)
        if found is None:
            continue
        text, published, fallback = found
        text, gold = as_stored(text, gold)  # the gold moved with the text
        analysis = analyse_text(text, published=published)
        result = ArticleResult(gold["id"], gold["split"])
        for name in (gold["split"], "all"):
            tallies[name].add("articles")
            tallies[name].add("published_from_gold", int(fallback))
            score_article(gold, analysis, tallies[name], result if name == "all" else None)
        results.append(result)
    return {name: summarise(tally) for name, tally in tallies.items()}, results


def score_article(
    gold: dict, analysis: Analysis, tally: Tally, result: ArticleResult | None = None
) -> None:
    _score_toponyms(gold.get("places", []), analysis, tally)
    pairs = match_events(analysis.events, gold.get("events", []))
    matched_gold = {id(g) for _, g in pairs}
    matched_found = {id(e) for e, _ in pairs}
    tally.add("events_extracted", len(analysis.events))
    tally.add("events_matched", len(pairs))
    tally.add("events_matched_by_trigger", sum(_repeats_trigger(e, g["trigger"]) for e, g in pairs))
    tally.add("events_gold", len(gold.get("events", [])))
    for event in gold.get("events", []):
        if event.get("key"):
            tally.add("key_gold")
            tally.add("key_found", int(id(event) in matched_gold))
    for found, event in pairs:
        _score_pair(found, event, tally)
    if result is not None:
        result.matched = pairs
        result.spurious = [e for e in analysis.events if id(e) not in matched_found]
        result.missed = [g for g in gold.get("events", []) if id(g) not in matched_gold]


def match_events(
    found: list[EventCandidate], gold: list[dict]
) -> list[tuple[EventCandidate, dict]]:
    """Pairs (extracted, gold): the gold trigger inside the extracted clause, each gold once.

    First pass: only pairs whose gold trigger word the extraction repeats; second pass: any gold
    trigger left inside a clause still unmatched.
    """
    pairs: list[tuple[EventCandidate, dict]] = []
    used_gold: set[int] = set()
    used_found: set[int] = set()
    for strict in (True, False):
        for candidate in found:
            if id(candidate) in used_found:
                continue
            inside = [
                g
                for g in gold
                if id(g) not in used_gold and candidate.start <= g["at"] < candidate.end
            ]
            if strict:
                inside = [g for g in inside if _repeats_trigger(candidate, g["trigger"])]
            if not inside:
                continue
            best = min(inside, key=lambda g: abs(g["at"] - candidate.start))
            pairs.append((candidate, best))
            used_gold.add(id(best))
            used_found.add(id(candidate))
    return pairs


def _stem(word: str) -> str:
    return word.casefold()[:4]


def _repeats_trigger(candidate: EventCandidate, trigger: str) -> bool:
    words = {_stem(w) for w in re.findall(r"\w+", f"{candidate.title} {candidate.trigger}")}
    return any(_stem(w) in words for w in re.findall(r"\w+", trigger))


def _score_pair(found: EventCandidate, event: dict, tally: Tally) -> None:
    tally.add("certainty_right", int(found.certainty == event.get("certainty")))
    background = bool(getattr(found, "background", False))
    tally.add("background_right", int(background == bool(event.get("background"))))
    place = event.get("place")
    if place and place.get("lat") is not None:
        tally.add("placed_gold")
        km = _distance(found, place)
        tally.add("place_161", int(km is not None and km <= ACCURACY_KM))
        tally.add("place_25", int(km is not None and km <= NEAR_KM))
    if event.get("date"):
        tally.add("dated_gold")
        tally.add("dated_found", int(found.date_start is not None))
        tally.add("date_right", int(date_right(found, event["date"])))


def _distance(found: EventCandidate, place: dict) -> float | None:
    mention = found.place
    if mention is None or mention.latitude is None:
        return None
    return distance_km(mention.latitude, mention.longitude, place["lat"], place["lon"])


def date_right(found: EventCandidate, gold: str) -> bool:
    """The extracted date says the gold date at the gold's precision (a finer one may say more:
    2019-11-18 is right for a gold 2019-11; a year is not right for a gold day)."""
    if found.date_start is None:
        return False
    gold_precision = {4: "year", 7: "month"}.get(len(gold), "day")
    rank = _PRECISION_RANK.get(found.date_precision, 0)
    if rank < _PRECISION_RANK[gold_precision]:
        return False
    day = found.date_start
    written = {"year": f"{day.year}", "month": f"{day.year}-{day.month:02d}"}
    return written.get(gold_precision, day.isoformat()) == gold


def _score_toponyms(gold_places: list[dict], analysis: Analysis, tally: Tally) -> None:
    tally.add("toponyms_gold", len(gold_places))
    tally.add("toponyms_found", len(analysis.places))
    for mention in analysis.places:
        right = any(overlaps(mention.start, mention.end, g["start"], g["end"]) for g in gold_places)
        tally.add("toponyms_right", int(right))
    for place in gold_places:
        found = first_overlapping(analysis.places, place["start"], place["end"])
        if found is None:
            continue
        tally.add("toponyms_recalled")
        if found.latitude is not None and place.get("lat") is not None:
            km = distance_km(found.latitude, found.longitude, place["lat"], place["lon"])
            tally.add("toponyms_161", int(km <= ACCURACY_KM))


def summarise(tally: Tally) -> dict[str, float]:
    precision = ratio(tally["toponyms_right"], tally["toponyms_found"])
    recall = ratio(tally["toponyms_recalled"], tally["toponyms_gold"])
    return {
        "articles": tally["articles"],
        "published_from_gold": tally["published_from_gold"],
        "events_gold": tally["events_gold"],
        "events_extracted": tally["events_extracted"],
        "events_matched": tally["events_matched"],
        "event_precision": ratio(tally["events_matched"], tally["events_extracted"]),
        # A lower bound: only matches whose title or trigger repeats the gold trigger's word,
        # since the second matching pass also accepts a gold trigger anywhere in a long clause.
        "event_precision_by_trigger": ratio(
            tally["events_matched_by_trigger"], tally["events_extracted"]
        ),
        "key_recall": ratio(tally["key_found"], tally["key_gold"]),
        "event_recall": ratio(tally["events_matched"], tally["events_gold"]),
        "place_right_161km": ratio(tally["place_161"], tally["placed_gold"]),
        "place_right_25km": ratio(tally["place_25"], tally["placed_gold"]),
        "date_right": ratio(tally["date_right"], tally["dated_gold"]),
        "dated_share": ratio(tally["dated_found"], tally["dated_gold"]),
        "certainty_right": ratio(tally["certainty_right"], tally["events_matched"]),
        "background_right": ratio(tally["background_right"], tally["events_matched"]),
        "toponym_precision": precision,
        "toponym_recall": recall,
        "toponym_f1": f1(precision, recall),
        "toponym_acc161": ratio(tally["toponyms_161"], tally["toponyms_recalled"]),
    }
