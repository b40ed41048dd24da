"""The editors' desk in a real browser: an editor's corrections reach the story page and last.

The article is ingested with the real pipeline (extraction in the foreground, the offline
gazetteer), so the events and places are the pipeline's own, and `ingest --force` re-runs it.
"""

import datetime as dt
import importlib
from pathlib import Path

import pytest
from django.contrib.auth.models import Group, Permission, User
from django.core.management import call_command

from stories.models import Event, Place, Story

pytestmark = pytest.mark.browser

ARTICLE = """\
Ferry sailings resume between Helsinki and Tallinn
Published May 14, 2024

HELSINKI — The ferry operator resumed sailings from Helsinki to Tallinn on Monday after a strike \
ended, the company said. Ministers met in Tallinn on Tuesday to discuss the port dispute. The \
union plans to hold a vote in Turku on 3 June.
"""

EDITED_DATE = dt.date(2024, 7, 1)


def editors_group() -> Group:
    """The Editors group as the data migration defines it.

    Transactional tests empty every table after each test, and the serialized-rollback way of
    restoring migration data does not reach the connection Playwright's event loop uses, so the
    group is rebuilt here from the migration's own list.
    """
    migration = importlib.import_module("stories.migrations.0003_editors_group")
    group, _ = Group.objects.get_or_create(name=migration.EDITORS)
    codenames = [
        f"{action}_{model}"
        for model, actions in migration.EDITOR_PERMISSIONS.items()
        for action in actions
    ]
    group.permissions.set(
        Permission.objects.filter(content_type__app_label="stories", codename__in=codenames)
    )
    return group


@pytest.fixture
def article_file(tmp_path: Path) -> Path:
    path = tmp_path / "ferry-sailings.txt"
    path.write_text(ARTICLE)
    return path


@pytest.fixture
def ingested(transactional_db, article_file: Path) -> Story:
    call_command("ingest", str(article_file))
    return Story.objects.get()


@pytest.fixture
def editor_page(page, live_server, transactional_db):
    """The browser tab, logged in to the admin as a member of the Editors group."""
    user = User.objects.create_user("desk", password="a-long-test-password", is_staff=True)
    user.groups.add(editors_group())
    page.goto(f"{live_server.url}/admin/login/")
    page.fill("#id_username", "desk")
    page.fill("#id_password", "a-long-test-password")
    page.click("input[type=submit]")
    page.wait_for_selector("#review-queue")
    return page


def open_story_page(page, live_server, story: Story):
    page.goto(f"{live_server.url}{story.get_absolute_url()}")
    page.wait_for_function("() => document.documentElement?.dataset.mapReady === 'true'")
    return page


def chronology(page) -> list[int]:
    ids = page.locator("li.event[data-event-id]").evaluate_all(
        "items => items.map(item => Number(item.dataset.eventId))"
    )
    return ids


def test_an_editors_date_reorders_the_chronology_and_survives_reingestion(
    editor_page, live_server, ingested, article_file
):
    first = Event.objects.for_story(ingested).chronological().first()
    assert chronology(open_story_page(editor_page, live_server, ingested))[0] == first.pk

    editor_page.goto(f"{live_server.url}/admin/stories/event/{first.pk}/change/")
    editor_page.fill("#id_date_start", EDITED_DATE.isoformat())
    editor_page.fill("#id_date_end", "")
    editor_page.select_option("#id_date_precision", "day")
    editor_page.click("input[name=_save]")
    editor_page.wait_for_selector(".messagelist .success")

    assert chronology(open_story_page(editor_page, live_server, ingested))[-1] == first.pk

    call_command("ingest", str(article_file), "--force")

    first.refresh_from_db()
    assert first.date_start == EDITED_DATE
    assert chronology(open_story_page(editor_page, live_server, ingested))[-1] == first.pk


def test_a_place_moved_on_the_admin_map_moves_on_the_story_page(editor_page, live_server, ingested):
    place = Place.objects.filter(story=ingested, events__isnull=False).pinned().first()
    editor_page.goto(f"{live_server.url}/admin/stories/place/{place.pk}/change/")
    editor_page.wait_for_selector("#place-map[data-ready=true]")

    editor_page.locator("#place-map").click(position={"x": 60, "y": 60})
    latitude = float(editor_page.input_value("#id_latitude"))
    longitude = float(editor_page.input_value("#id_longitude"))
    editor_page.click("input[name=_save]")
    editor_page.wait_for_selector(".messagelist .success")

    assert (latitude, longitude) != (place.latitude, place.longitude)
    story_page = open_story_page(editor_page, live_server, ingested)
    marker = story_page.evaluate(
        "id => { const at = window.newsmap.markers.get(id).getLatLng(); return [at.lat, at.lng]; }",
        place.pk,
    )
    assert marker == pytest.approx([latitude, longitude], abs=1e-6)
    place.refresh_from_db()
    assert place.status == Place.Status.CONFIRMED
