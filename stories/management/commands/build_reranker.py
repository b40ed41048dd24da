"""`manage.py build_reranker` (`make reranker`): re-fit the candidate re-ranker.

Reads the first 70 % of LGL and GeoVirus documents from ../shared/eval (never the last 30 %)
and writes stories/geocoding/data/reranker.json; the same data give the same file.
"""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError, CommandParser

from stories.geocoding.reranker import MODEL_PATH


class Command(BaseCommand):
    help = "Train the candidate re-ranker on the first 70 % of LGL and GeoVirus (make reranker)."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--out", default=str(MODEL_PATH), help="where to write the weights")

    def handle(self, *args, out: str, **options):
        from benchmarks.evaluation.geovirus import DEFAULT_PATH as GEOVIRUS_PATH
        from benchmarks.evaluation.lgl import DEFAULT_PATH as LGL_PATH
        from benchmarks.rerank_training import build

        for corpus in (LGL_PATH, GEOVIRUS_PATH):
            if not corpus.is_file():
                raise CommandError(f"{corpus}: missing (the corpora live in ../shared/eval)")
        build(Path(out))
