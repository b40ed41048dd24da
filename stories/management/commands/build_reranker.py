"""`manage.py build_reranker` (`make reranker`): fit the place re-ranker the product loads.

Reads the first 70 % of LGL and GeoVirus documents from ../shared/eval (never the last 30 %)
and writes stories/geocoding/data/reranker.json; the same data and code give the same bytes.
`--check` (`make reranker-check`) builds into a temporary file and fails unless it equals the
committed file; `--out` writes elsewhere (to compare a change of recipe with `make eval` first).
"""

import filecmp
import tempfile
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError, CommandParser

from stories.geocoding.reranker import MODEL_PATH


class Command(BaseCommand):
    help = "Train the place re-ranker on the first 70 % of LGL and GeoVirus (make reranker)."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--out", default=str(MODEL_PATH), help="where to write the weights")
        parser.add_argument(
            "--check",
            action="store_true",
            help="build into a temporary file and fail unless it equals --out byte for byte",
        )

    def handle(self, *args, out: str, check: bool, **options):
        from benchmarks.evaluation.geovirus import DEFAULT_PATH as GEOVIRUS_PATH
        from benchmarks.evaluation.lgl import DEFAULT_PATH as LGL_PATH
        from benchmarks.rerank_training import build

        for corpus in (LGL_PATH, GEOVIRUS_PATH):
            if not corpus.is_file():
                raise CommandError(f"{corpus}: missing (the corpora live in ../shared/eval)")
        if not check:
            build(Path(out))
            return
        with tempfile.TemporaryDirectory() as folder:
            built = build(Path(folder) / "reranker.json")
            if not same_bytes(built, Path(out)):
                raise CommandError(f"{out} differs from what make reranker builds")
        self.stdout.write(f"{out} is byte for byte what make reranker builds")


def same_bytes(built: Path, shipped: Path) -> bool:
    """Are the two files identical (a missing shipped file is not)?"""
    return shipped.is_file() and filecmp.cmp(built, shipped, shallow=False)
