"""`manage.py evaluate` (`make eval`): extraction and geocoding against gold, printed as is.

Four yardsticks: our own gold set (tests/data/eval), TempEval-3 Platinum for time expressions,
LGL for toponym resolution (both in ../shared/eval), and real news (our gold in
tests/data/realnews over the AEB pages in ../shared/eval/aeb; dev and test reported apart).
Good or bad, the figures are reported; none of the gold is ever read by the product.
"""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError, CommandParser

SHARED_EVAL = Path(__file__).resolve().parents[4] / "shared" / "eval"


class Command(BaseCommand):
    help = "Score extraction (own gold set, TempEval-3 Platinum) and geocoding (LGL)."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "--only",
            choices=["goldset", "tempeval", "lgl", "realnews"],
            action="append",
            help="run only these",
        )
        parser.add_argument(
            "--split",
            choices=["dev", "test"],
            action="append",
            help="real news: score only this split (tune on dev; test at the end of a round)",
        )
        parser.add_argument(
            "--details",
            action="store_true",
            help="real news: list each article's spurious and missed events",
        )

    def handle(self, *args, only: list[str] | None, **options):
        wanted = only or ["goldset", "tempeval", "lgl", "realnews"]
        for name in wanted:
            if name == "realnews":
                self.report_realnews(options.get("split") or ["dev", "test"], options["details"])
            else:
                getattr(self, f"report_{name}")()

    def report_goldset(self) -> None:
        from benchmarks.evaluation.goldset import score_goldset

        scores = score_goldset()
        self.stdout.write(f"\n== Newsmap gold set: {scores.pop('articles')} articles we wrote")
        for key, value in scores.items():
            self.stdout.write(f"  {key:<24}{value:.3f}")

    def report_tempeval(self) -> None:
        from benchmarks.evaluation.tempeval import score_tempeval

        directory = self._shared("te3-platinum")
        scores = score_tempeval(directory)
        self.stdout.write(
            f"\n== TempEval-3 Platinum: {scores['gold']} gold timexes, {scores['system']} found"
        )
        for name in ("strict", "relaxed"):
            row = scores[name]
            self.stdout.write(
                f"  {name} span  P {100 * row['precision']:.1f}  R {100 * row['recall']:.1f}"
                f"  F1 {100 * row['f1']:.1f}"
            )
        for name in ("type", "value"):
            row = scores[name]
            self.stdout.write(
                f"  {name:<11} accuracy {100 * row['accuracy']:.1f}  F1 {100 * row['f1']:.1f}"
            )
        self.stdout.write("  published value F1: HeidelTime 77.6, CogComp 70.5, SUTime 67.4")

    def report_lgl(self) -> None:
        from benchmarks.evaluation.lgl import evaluate

        results = evaluate(self._shared("lgl") / "lgl.xml")
        self.stdout.write("\n== LGL (gold toponyms resolved in context)")
        for name, row in results.items():
            self.stdout.write(
                f"  {name:<11} toponyms {row['toponyms']}  acc@161km {row['acc161']}"
                f"  mean {row['mean_km']} km  median {row['median_km']} km  AUC {row['auc']}"
            )
        self.stdout.write("  published acc@161km: Mordecai 3 82.7, CamCoder 76, Edinburgh 76")

    def report_realnews(self, splits: list[str], details: bool) -> None:
        from benchmarks.evaluation.realnews import AEB_DIR, score_realnews

        if not AEB_DIR.exists():
            raise CommandError(f"{AEB_DIR} is missing: the benchmarks live in ../shared/eval")
        scores, results = score_realnews(splits=splits)
        if details:
            self._realnews_details(results)
        for name, row in scores.items():
            if not row["articles"] or (name == "all" and len(splits) == 1):
                continue
            self.stdout.write(
                f"\n== Real news ({name}): {row['articles']} articles, {row['events_gold']} gold"
                f" events, publication date from the gold for {row['published_from_gold']}"
            )
            for key, value in row.items():
                if key in ("articles", "published_from_gold", "events_gold"):
                    continue
                shown = f"{value:.3f}" if isinstance(value, float) else str(value)
                self.stdout.write(f"  {key:<24}{shown}")

    def _realnews_details(self, results: list) -> None:
        for result in results:
            self.stdout.write(f"\n-- {result.id[:12]} ({result.split})")
            for found, gold in result.matched:
                place = found.place.name if found.place else "-"
                self.stdout.write(
                    f"  OK   {found.title} | {found.date_start} {found.date_precision}"
                    f" | {place} | {found.certainty}  <=> {gold['what']} | {gold.get('date')}"
                    f" | {(gold.get('place') or {}).get('name')} | {gold.get('certainty')}"
                )
            for found in result.spurious:
                self.stdout.write(f"  XTRA {found.title} | {found.quote[:90]!r}")
            for gold in result.missed:
                key = "KEY " if gold.get("key") else "    "
                self.stdout.write(f"  MISS {key}{gold['what']} @{gold['at']} {gold['trigger']!r}")

    def _shared(self, name: str) -> Path:
        path = SHARED_EVAL / name
        if not path.exists():
            raise CommandError(f"{path} is missing: the public benchmarks live in ../shared/eval")
        return path
