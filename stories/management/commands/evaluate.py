"""`manage.py evaluate` (`make eval`): extraction and geocoding against gold, printed as is.

Yardsticks, all on news: our own gold set (tests/data/eval, articles we wrote); TempEval-3
Platinum and TimeBank for time expressions; LGL and GeoVirus for toponyms (recognition end to
end, resolution of gold mentions in context); real news (our gold in tests/data/realnews over the
AEB pages: events, dates, places, certainty; dev and test reported apart); the same measures on
six blind held-out batches, over TE3-Platinum news (tests/data/realnews-te3), TimeBank news
(tests/data/realnews-timebank and realnews-timebank2) and LGL local news (realnews-lgl,
realnews-lgl2 and realnews-lgl3), all
"test", never tuned on; development batches over LGL local news (realnews-lgl-dev) and TimeBank
news (realnews-timebank-dev), all "dev"; and the AEB pages' article bodies against plain
trafilatura's. Good or bad, the figures are reported; none of the gold is ever read by the product.
"""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError, CommandParser

SHARED_EVAL = Path(__file__).resolve().parents[4] / "shared" / "eval"
SECTIONS = [
    "goldset",
    "tempeval",
    "timebank",
    "lgl",
    "geovirus",
    "realnews",
    "realnews-te3",
    "realnews-timebank",
    "realnews-timebank2",
    "realnews-lgl",
    "realnews-lgl2",
    "realnews-lgl3",
    "realnews-lgl-dev",
    "realnews-timebank-dev",
    "bodies",
]


class Command(BaseCommand):
    help = "Score extraction, time expressions, toponyms, real-news events and article bodies."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--only", choices=SECTIONS, action="append", help="run only these")
        parser.add_argument(
            "--dev",
            action="store_true",
            help="LGL and GeoVirus on their first 70 %% only (the development part), for iterating",
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

    def handle(self, *args, only: list[str] | None, dev: bool, **options):
        self.slices = ("first_70pct",) if dev else ("all", "last_30pct")
        for name in only or SECTIONS:
            if name == "realnews":
                self.report_realnews(options.get("split") or ["dev", "test"], options["details"])
            elif name == "realnews-te3":
                self.report_realnews_te3(options["details"])
            elif name == "realnews-timebank":
                self.report_realnews_timebank(options["details"])
            elif name == "realnews-timebank2":
                self.report_realnews_timebank2(options["details"])
            elif name == "realnews-lgl":
                self.report_realnews_lgl(options["details"])
            elif name == "realnews-lgl2":
                self.report_realnews_lgl2(options["details"])
            elif name == "realnews-lgl3":
                self.report_realnews_lgl3(options["details"])
            elif name == "realnews-lgl-dev":
                self.report_realnews_lgl_dev(options["details"])
            elif name == "realnews-timebank-dev":
                self.report_realnews_timebank_dev(options["details"])
            else:
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

    def report_realnews(self, splits: list[str], details: bool) -> None:
        from benchmarks.evaluation.realnews import AEB_DIR, GOLD_DIR

        if not AEB_DIR.exists():
            raise CommandError(f"{AEB_DIR} is missing: the benchmarks live in ../shared/eval")
        self._report_realnews_gold(GOLD_DIR, "Real news", splits, details)

    def report_realnews_te3(self, details: bool) -> None:
        from benchmarks.evaluation.realnews import TE3_DIR, TE3_GOLD_DIR

        title = "Real news, TE3-Platinum blind batch"
        self._report_blind_batch(TE3_DIR, TE3_GOLD_DIR, title, details)

    def report_realnews_timebank(self, details: bool) -> None:
        from benchmarks.evaluation.realnews import TIMEBANK_DIR, TIMEBANK_GOLD_DIR

        title = "Real news, TimeBank blind batch"
        self._report_blind_batch(TIMEBANK_DIR, TIMEBANK_GOLD_DIR, title, details)

    def report_realnews_timebank2(self, details: bool) -> None:
        from benchmarks.evaluation.realnews import TIMEBANK2_GOLD_DIR, TIMEBANK_DIR

        title = "Real news, TimeBank blind batch 2"
        self._report_blind_batch(TIMEBANK_DIR, TIMEBANK2_GOLD_DIR, title, details)

    def report_realnews_lgl(self, details: bool) -> None:
        from benchmarks.evaluation.lgl_texts import LGL_XML
        from benchmarks.evaluation.realnews import LGL_GOLD_DIR

        title = "Real news, LGL blind batch"
        self._report_blind_batch(LGL_XML, LGL_GOLD_DIR, title, details)

    def report_realnews_lgl2(self, details: bool) -> None:
        from benchmarks.evaluation.lgl_texts import LGL_XML
        from benchmarks.evaluation.realnews import LGL2_GOLD_DIR

        self._report_blind_batch(LGL_XML, LGL2_GOLD_DIR, "Real news, LGL blind batch 2", details)

    def report_realnews_lgl3(self, details: bool) -> None:
        from benchmarks.evaluation.lgl_texts import LGL_XML
        from benchmarks.evaluation.realnews import LGL3_GOLD_DIR

        self._report_blind_batch(LGL_XML, LGL3_GOLD_DIR, "Real news, LGL blind batch 3", details)

    def report_realnews_lgl_dev(self, details: bool) -> None:
        """LGL's development batch: every article is "dev" (tuning may read it), so only dev."""
        from benchmarks.evaluation.lgl_texts import LGL_XML
        from benchmarks.evaluation.realnews import LGL_DEV_GOLD_DIR

        if not LGL_XML.exists():
            raise CommandError(f"{LGL_XML} is missing: the benchmarks live in ../shared/eval")
        self._report_realnews_gold(LGL_DEV_GOLD_DIR, "Real news, LGL dev batch", ["dev"], details)

    def report_realnews_timebank_dev(self, details: bool) -> None:
        """TimeBank's development batch: documents no blind batch holds, all "dev"."""
        from benchmarks.evaluation.realnews import TIMEBANK_DEV_GOLD_DIR, TIMEBANK_DIR

        if not TIMEBANK_DIR.exists():
            raise CommandError(f"{TIMEBANK_DIR} is missing: the benchmarks live in ../shared/eval")
        title = "Real news, TimeBank dev batch"
        self._report_realnews_gold(TIMEBANK_DEV_GOLD_DIR, title, ["dev"], details)

    def _report_blind_batch(self, texts: Path, directory: Path, title: str, details: bool) -> None:
        """A blind batch is held out whole: every article is "test", whatever --split says."""
        if not texts.exists():
            raise CommandError(f"{texts} is missing: the benchmarks live in ../shared/eval")
        self._report_realnews_gold(directory, title, ["dev", "test"], details)

    def _report_realnews_gold(
        self, directory: Path, title: str, splits: list[str], details: bool
    ) -> None:
        from benchmarks.evaluation.realnews import score_realnews

        scores, results = score_realnews(directory, splits=splits)
        if details:
            self._realnews_details(results)
        scored = [name for name, row in scores.items() if name != "all" and row["articles"]]
        for name, row in scores.items():
            if not row["articles"] or (name == "all" and len(scored) == 1):
                continue
            self.stdout.write(
                f"\n== {title} ({name}): {row['articles']} articles, {row['events_gold']} gold"
                f" events, publication date from the gold for {row['published_from_gold']}"
            )
            for key, value in row.items():
                if key in ("articles", "published_from_gold", "events_gold"):
                    continue
                shown = f"{value:.3f}" if isinstance(value, float) else str(value)
                self.stdout.write(f"  {key:<28}{shown}")

    def _realnews_details(self, results: list) -> None:
        for result in results:
            shown = result.id[:12] if len(result.id) == 64 else result.id  # AEB ids are hashes
            self.stdout.write(f"\n-- {shown} ({result.split})")
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
