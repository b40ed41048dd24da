"""The review queue on the admin's landing page, and who may reach the admin at all."""

import pytest
from django.contrib.auth.models import Group, User
from django.core.management import call_command
from django.urls import reverse

from stories.models import Article, Event, Place
from tests.factories import make_article, make_event, make_place, make_story
from tests.test_admin_support import (
    event_form_data,
    logged_in,
    make_editor,
    staff_without_editing,
)


@pytest.fixture
def editor(db):
    return make_editor()


def queue_of(client) -> dict:
    """The landing page's queue as {story slug: counts}."""
    response = client.get(reverse("admin:index"))
    return {q.story.slug: q.counts for q in response.context["review_queue"]}


def test_queue_counts_unresolved_estimated_and_doubtful_places(editor):
    story = make_story(slug="ferry")
    make_place(story=story, status=Place.Status.UNRESOLVED)
    make_place(story=story, status=Place.Status.ESTIMATED, latitude=1, longitude=1)
    make_place(story=story, status=Place.Status.RESOLVED, confidence=0.2, latitude=1, longitude=1)
    make_place(story=story, status=Place.Status.RESOLVED, confidence=0.9, latitude=1, longitude=1)

    assert queue_of(logged_in(editor))["ferry"]["places"] == 3


def test_queue_counts_events_with_unknown_or_inferred_dates(editor):
    story = make_story(slug="ferry")
    make_event(story=story, date_start=None, date_precision=Event.Precision.UNKNOWN)
    make_event(story=story, date_inferred=True)
    make_event(story=story)

    assert queue_of(logged_in(editor))["ferry"]["events"] == 2


def test_queue_counts_articles_with_inferred_publication_dates(editor):
    story = make_story(slug="ferry")
    make_article(story=story, published_source=Article.DateSource.INFERRED)
    make_article(story=story, published_source=Article.DateSource.UNKNOWN, published_at=None)
    make_article(story=story)

    assert queue_of(logged_in(editor))["ferry"]["articles"] == 2


def test_queue_leaves_out_a_story_with_nothing_to_review(editor):
    story = make_story(slug="settled")
    make_event(story=story)

    assert "settled" not in queue_of(logged_in(editor))


def test_queue_drops_an_event_once_an_editor_dates_it(editor):
    story = make_story(slug="ferry")
    event = make_event(story=story, date_start=None, date_precision=Event.Precision.UNKNOWN)
    client = logged_in(editor)

    client.post(
        reverse("admin:stories_event_change", args=[event.pk]),
        event_form_data(event, date_start="2024-05-01", date_precision="day"),
    )

    assert "ferry" not in queue_of(client)


def test_queue_links_one_click_to_each_item(editor):
    story = make_story(slug="ferry")
    place = make_place(story=story, status=Place.Status.UNRESOLVED)

    response = logged_in(editor).get(reverse("admin:index"))

    assert reverse("admin:stories_place_change", args=[place.pk]) in response.text


def test_queue_escapes_titles(editor):
    story = make_story(slug="ferry")
    make_event(story=story, title="<img src=x onerror=alert(1)>", date_start=None)

    response = logged_in(editor).get(reverse("admin:index"))

    assert "<img src=x" not in response.text
    assert "&lt;img src=x" in response.text


def test_a_reader_never_reaches_the_admin(db):
    reader = User.objects.create_user("reader", password="pw")

    response = logged_in(reader).get(reverse("admin:stories_event_changelist"))

    assert response.status_code == 302
    assert response.url.startswith(reverse("admin:login"))


def test_a_reader_cannot_change_an_event(db):
    event = make_event(title="Ferry docks")
    reader = User.objects.create_user("reader", password="pw")

    logged_in(reader).post(
        reverse("admin:stories_event_change", args=[event.pk]),
        event_form_data(event, title="Vandalised"),
    )

    event.refresh_from_db()
    assert event.title == "Ferry docks"


def test_staff_who_are_not_editors_cannot_change_an_event(db):
    event = make_event(title="Ferry docks")
    client = logged_in(staff_without_editing())

    response = client.post(
        reverse("admin:stories_event_change", args=[event.pk]),
        event_form_data(event, title="Vandalised"),
    )

    event.refresh_from_db()
    assert response.status_code == 403
    assert event.title == "Ferry docks"


def test_staff_who_are_not_editors_cannot_run_event_actions(db):
    event = make_event(reviewed=False)
    client = logged_in(staff_without_editing())

    client.post(
        reverse("admin:stories_event_changelist"),
        {"action": "confirm_events", "_selected_action": [event.pk]},
    )

    event.refresh_from_db()
    assert event.reviewed is False


def test_editors_group_has_exactly_the_editing_permissions(db):
    codenames = set(
        Group.objects.get(name="Editors").permissions.values_list("codename", flat=True)
    )

    assert codenames == {
        "view_story", "change_story",
        "view_article", "add_article", "change_article",
        "view_event", "add_event", "change_event", "delete_event",
        "view_place", "add_place", "change_place", "delete_place",
        "view_person", "add_person", "change_person",
        "view_deletedevent", "delete_deletedevent",
    }  # fmt: skip


def test_a_flushed_database_gets_the_editors_group_back_whole(transactional_db):
    from django.core.management import call_command

    before = set(Group.objects.get(name="Editors").permissions.values_list("codename", flat=True))

    call_command("flush", interactive=False, verbosity=0)

    after = set(Group.objects.get(name="Editors").permissions.values_list("codename", flat=True))
    assert after == before


def test_editors_cannot_manage_users(editor):
    response = logged_in(editor).get(reverse("admin:auth_user_changelist"))

    assert response.status_code == 403


def test_load_samples_creates_a_demo_editor_only_with_debug(db, settings, capsys):
    settings.DEBUG = False

    call_command("load_samples")

    assert not User.objects.filter(username="editor").exists()
    assert "To create an editor account" in capsys.readouterr().out


def test_load_samples_with_debug_creates_a_demo_editor(db, settings):
    settings.DEBUG = True

    call_command("load_samples")

    editor = User.objects.get(username="editor")
    assert editor.is_staff and editor.groups.filter(name="Editors").exists()
