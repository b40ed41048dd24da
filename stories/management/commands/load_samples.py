"""`manage.py load_samples`: the bundled sample stories, so a new user sees a living map at once.

It also tells how to make an editor account, and — only with DEBUG on — makes a demo one, so
`make run` leads straight to the editors' desk without a production site ever having a known
password.
"""

import json
from pathlib import Path

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management.base import BaseCommand, CommandError

from stories.editors import EDITORS
from stories.ingestion.services import IngestReport
from stories.models import Story
from stories.pipeline import ingest_sources

SAMPLES_DIR = Path(__file__).resolve().parents[2] / "samples"
DEMO_EDITOR = "editor"
DEMO_PASSWORD = "editor"

HOW_TO_CREATE_AN_EDITOR = (
    "To create an editor account: .venv/bin/python manage.py create_editor NAME "
    "(then log in at /admin/)"
)


class Command(BaseCommand):
    help = "Ingest the bundled sample articles (idempotent: safe to run on every start)."

    def handle(self, *args, **options):
        manifest = json.loads((SAMPLES_DIR / "manifest.json").read_text(encoding="utf-8"))
        report = IngestReport()
        for entry in manifest["sources"]:
            story = None
            if "story" in entry:
                story, _ = Story.objects.get_or_create(
                    slug=entry["story"]["slug"], defaults={"title": entry["story"]["title"]}
                )
            part = ingest_sources([str(SAMPLES_DIR / entry["file"])], story=story)
            report.results += part.results
            report.errors += part.errors
        for error in report.errors:
            self.stderr.write(f"error: {error}")
        self.stdout.write(f"sample articles: {report.summary()}")
        self.stdout.write(HOW_TO_CREATE_AN_EDITOR)
        if settings.DEBUG:
            self.stdout.write(self._demo_editor())
        if report.errors:
            raise CommandError("the bundled samples failed to load")

    def _demo_editor(self) -> str:
        """A staff account in the Editors group; its password is set only when it is created."""
        user, created = get_user_model().objects.get_or_create(
            username=DEMO_EDITOR, defaults={"is_staff": True}
        )
        if created:
            user.set_password(DEMO_PASSWORD)
            user.save()
        user.groups.add(Group.objects.get(name=EDITORS))
        if created:
            return (
                f"DEBUG is on: demo editor created — log in at /admin/ as "
                f"{DEMO_EDITOR} / {DEMO_PASSWORD}"
            )
        return f"DEBUG is on: demo editor “{DEMO_EDITOR}” (password unchanged) at /admin/"
