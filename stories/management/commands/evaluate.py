"""`manage.py evaluate` (`make eval`): extraction and geocoding against gold, printed as is.

Four yardsticks: our own gold set (tests/data/eval), TempEval-3 Platinum for time expressions,
LGL for toponym resolution and the Article Extraction Benchmark for clean article bodies (all
three in ../shared/eval). Good or bad, the figures are reported;
none of the gold is ever read by the product.
"""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError, CommandParser

SHARED_EVAL = Path(__file__).resolve().parents[4] / "shared" / "eval"


class Command(BaseCommand):
    help = (
        "Score extraction (own gold set, TempEval-3 Platinum), geocoding (LGL) and article "
        "bodies (Article Extraction Benchmark)."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "--only",
            choices=["goldset", "tempeval", "lgl", "bodies"],
            action="append",
            help="run only these",
        )

    def handle(self, *args, only: list[str] | None, **options):
        wanted = only or ["goldset", "tempeval", "lgl", "bodies"]
        for name in wanted:
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

    def report_bodies(self) -> None:
        from benchmarks.evaluation.bodies import CLOSE, score_bodies, share_within, worst_pages

        results = score_bodies(self._shared("aeb"))
        ours, theirs = results["newsmap"], results["trafilatura"]
        self.stdout.write(f"\n== Article Extraction Benchmark: {len(ours.pages)} pages, body F1")
        for name, scores in results.items():
            refused = sum(1 for page in scores.pages.values() if not page.predicted)
            self.stdout.write(
                f"  {name:<12} P {scores.precision:.3f}  R {scores.recall:.3f}"
                f"  F1 {scores.f1:.3f}  empty {refused}"
            )
        self.stdout.write(
            f"  pages where newsmap is within {CLOSE} of trafilatura: "
            f"{100 * share_within(ours, theirs):.1f} %"
        )
        trailing = ", ".join(
            f"{page_id[:10]} {mine:.2f}/{other:.2f}"
            for page_id, mine, other in worst_pages(ours, theirs, count=5)
        )
        self.stdout.write(f"  furthest behind (newsmap/trafilatura): {trailing}")
        self.stdout.write(
            "  published F1 (181 pages): trafilatura 2.0.0 0.958, Readability.js 0.947"
        )

    def _shared(self, name: str) -> Path:
        path = SHARED_EVAL / name
        if not path.exists():
            raise CommandError(f"{path} is missing: the public benchmarks live in ../shared/eval")
        return path
