"""`manage.py evaluate` (`make eval`): extraction and geocoding against gold, printed as is.

Yardsticks: our own gold set (tests/data/eval), TempEval-3 Platinum and TimeBank for time
expressions and LGL for toponym resolution (in ../shared/eval). Good or bad, the figures are
reported; none of the gold is ever read by the product.
"""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError, CommandParser

SHARED_EVAL = Path(__file__).resolve().parents[4] / "shared" / "eval"


class Command(BaseCommand):
    help = "Score extraction (own gold set, TempEval-3, TimeBank) and geocoding (LGL)."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "--only",
            choices=["goldset", "tempeval", "timebank", "lgl"],
            action="append",
            help="run only these",
        )

    def handle(self, *args, only: list[str] | None, **options):
        wanted = only or ["goldset", "tempeval", "timebank", "lgl"]
        for name in wanted:
            getattr(self, f"report_{name}")()

    def report_goldset(self) -> None:
        from benchmarks.evaluation.goldset import score_goldset

        scores = score_goldset()
        self.stdout.write(f"\n== Newsmap gold set: {scores.pop('articles')} articles we wrote")
        for key, value in scores.items():
            self.stdout.write(f"  {key:<24}{value:.3f}")

    def report_tempeval(self) -> None:
        self._report_timeml("te3-platinum", "TempEval-3 Platinum")
        self.stdout.write("  published value F1: HeidelTime 77.6, CogComp 70.5, SUTime 67.4")

    def report_timebank(self) -> None:
        self._report_timeml("timebank", "TimeBank 1.2 (183 news documents)")

    def _report_timeml(self, folder: str, title: str) -> None:
        from benchmarks.evaluation.tempeval import score_tempeval

        scores = score_tempeval(self._shared(folder))
        self.stdout.write(f"\n== {title}: {scores['gold']} gold timexes, {scores['system']} found")
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

    def _shared(self, name: str) -> Path:
        path = SHARED_EVAL / name
        if not path.exists():
            raise CommandError(f"{path} is missing: the public benchmarks live in ../shared/eval")
        return path
