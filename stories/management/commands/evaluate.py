"""`manage.py evaluate` (`make eval`): extraction and geocoding against gold, printed as is.

Three yardsticks: our own gold set (tests/data/eval), TempEval-3 Platinum for time expressions
and LGL for toponym resolution (both in ../shared/eval). Good or bad, the figures are reported;
none of the gold is ever read by the product.
"""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError, CommandParser

SHARED_EVAL = Path(__file__).resolve().parents[4] / "shared" / "eval"


class Command(BaseCommand):
    help = "Score extraction (own gold set, TempEval-3 Platinum) and geocoding (LGL, GeoVirus)."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "--only",
            choices=["goldset", "tempeval", "lgl", "geovirus"],
            action="append",
            help="run only these",
        )
        parser.add_argument(
            "--dev",
            action="store_true",
            help="LGL and GeoVirus on their first 70 %% only (the development part), for iterating",
        )

    def handle(self, *args, only: list[str] | None, dev: bool, **options):
        wanted = only or ["goldset", "tempeval", "lgl", "geovirus"]
        self.slices = ("first_70pct",) if dev else ("all", "last_30pct")
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

        results = evaluate(
            self._shared("lgl") / "lgl.xml", slices=self.slices, with_recognition=True
        )
        self.stdout.write("\n== LGL (gold toponyms resolved in context; recognition end to end)")
        for name, row in results.items():
            self._resolution_line(name, row)
            self._recognition_line(name, row["recognition"])
        self.stdout.write("  published acc@161km: Mordecai 3 82.7, CamCoder 76, Edinburgh 76")

    def report_geovirus(self) -> None:
        from benchmarks.evaluation.geovirus import evaluate

        results = evaluate(self._shared("geovirus") / "GeoVirus.xml", slices=self.slices)
        self.stdout.write(
            "\n== GeoVirus (gold toponyms resolved in context; recognition end to end)"
        )
        for name, row in results.items():
            self._resolution_line(name, row["resolution"])
            self._recognition_line(name, row["recognition"])

    def _resolution_line(self, name: str, row: dict) -> None:
        self.stdout.write(
            f"  {name:<11} toponyms {row['toponyms']}  acc@161km {row['acc161']}"
            f"  mean {row['mean_km']} km  median {row['median_km']} km  AUC {row['auc']}"
        )

    def _recognition_line(self, name: str, row: dict) -> None:
        self.stdout.write(
            f"  {name:<11} recognition gold {row['gold']} found {row['found']}"
            f"  P {row['precision']:.3f}  R {row['recall']:.3f}  F1 {row['f1']:.3f}"
        )

    def _shared(self, name: str) -> Path:
        path = SHARED_EVAL / name
        if not path.exists():
            raise CommandError(f"{path} is missing: the public benchmarks live in ../shared/eval")
        return path
