"""The editors' desk additions: dismissing noise in bulk, aliases as lines, the review queue."""

import pytest
from django.urls import reverse

from stories.models import DeletedEvent, Event
from tests.factories import make_event, make_place, make_story
from tests.test_admin_support import logged_in, make_editor, place_form_data

pytestmark = pytest.mark.django_db


@pytest.fixture
def client(db):
    return logged_in(make_editor())


def dismiss(client, *events: Event):
    return client.post(
        reverse("admin:stories_event_changelist"),
        {"action": "dismiss_not_events", "_selected_action": [e.pk for e in events]},
        follow=True,
    )


def test_not_an_event_removes_the_selected_events_without_a_confirmation_page(client):
    story = make_story()
    noise = [make_event(story=story, extraction_key=f"k{n}") for n in range(3)]

    response = dismiss(client, *noise)

    assert "3 event(s) dismissed" in response.text
    assert not Event.objects.filter(pk__in=[e.pk for e in noise]).exists()


def test_not_an_event_leaves_a_tombstone_so_re_extraction_does_not_revive_it(client):
    event = make_event(extraction_key="noise-key")

    dismiss(client, event)

    tombstone = DeletedEvent.objects.get(story=event.story, extraction_key="noise-key")
    assert tombstone.deleted_by is not None


def test_aliases_are_edited_one_per_line(client):
    place = make_place(aliases=["the harbour", "Harbour Town"])

    response = client.get(reverse("admin:stories_place_change", args=[place.pk]))

    assert "the harbour\nHarbour Town</textarea>" in response.text


def test_aliases_typed_on_lines_are_stored_as_a_list(client):
    place = make_place(aliases=[])
    data = place_form_data(place, aliases="Port One\n\n Port Two \nPort One")

    client.post(reverse("admin:stories_place_change", args=[place.pk]), data)

    place.refresh_from_db()
    assert place.aliases == ["Port One", "Port Two"]
