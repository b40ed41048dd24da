"""The events admin: editing locks fields, bulk actions, merge, delete with tombstones, history."""

import datetime as dt

import pytest
from django.urls import reverse

from stories.models import DeletedEvent, Event, EventSource, Person
from tests.factories import make_article, make_event, make_place, make_story
from tests.test_admin_support import event_form_data, logged_in, make_editor


@pytest.fixture
def editor(db):
    return make_editor()


@pytest.fixture
def client(editor):
    return logged_in(editor)


def change_url(event: Event) -> str:
    return reverse("admin:stories_event_change", args=[event.pk])


def run_action(client, action: str, *events: Event):
    return client.post(
        reverse("admin:stories_event_changelist"),
        {"action": action, "_selected_action": [e.pk for e in events]},
        follow=True,
    )


def add_source(event: Event, article, start: int = 0) -> EventSource:
    return EventSource.objects.create(
        event=event, article=article, quote=article.text[start : start + 20], start=start, end=20
    )


def test_changed_date_is_locked_against_the_pipeline(client, event):
    client.post(change_url(event), event_form_data(event, date_start="2024-06-01"))

    event.refresh_from_db()
    assert event.date_start == dt.date(2024, 6, 1)
    assert event.locked_fields == ["date_start"]


def test_unchanged_fields_stay_unlocked(client, event):
    client.post(change_url(event), event_form_data(event, title="A better title"))

    event.refresh_from_db()
    assert event.locked_fields == ["title"]


def test_changed_people_are_locked(client, event):
    person = Person.objects.create(name="Ana Ferry")

    client.post(change_url(event), event_form_data(event, people=[person.pk]))

    event.refresh_from_db()
    assert list(event.people.all()) == [person]
    assert "people" in event.locked_fields


def test_change_form_marks_locked_fields(client, event):
    event.lock("date_start")
    event.save()

    response = client.get(change_url(event))

    assert "🔒 Locked" in response.text
    assert 'name="unlock" value="date_start"' in response.text


def test_ticking_unlock_hands_the_field_back_to_the_pipeline(client, event):
    event.lock("date_start", "title")
    event.save()

    client.post(change_url(event), event_form_data(event, unlock=["date_start"]))

    event.refresh_from_db()
    assert event.locked_fields == ["title"]


def test_place_from_another_story_is_refused(client, event):
    elsewhere = make_place(story=make_story())

    response = client.post(change_url(event), event_form_data(event, place=elsewhere.pk))

    assert "belongs to another story" in response.text
    event.refresh_from_db()
    assert event.place_id != elsewhere.pk


def test_change_form_shows_source_quotes_linking_to_their_articles(client, event, story):
    article = make_article(story=story, title="Ferry <b>docks</b>")
    add_source(event, article)

    response = client.get(change_url(event))

    assert reverse("admin:stories_article_change", args=[article.pk]) in response.text
    assert "Ferry &lt;b&gt;docks&lt;/b&gt;" in response.text


def test_list_counts_each_events_sources(client, event, story):
    add_source(event, make_article(story=story))
    add_source(event, make_article(story=story))

    response = client.get(reverse("admin:stories_event_changelist"))

    assert response.context["cl"].result_list[0].source_total == 2


def test_needs_review_filter_lists_undated_events_only(client, story):
    undated = make_event(story=story, date_start=None, date_precision=Event.Precision.UNKNOWN)
    make_event(story=story)

    response = client.get(reverse("admin:stories_event_changelist") + "?needs_review=yes")

    assert list(response.context["cl"].result_list) == [undated]


def test_edited_filter_lists_events_an_editor_changed(client, story):
    edited = make_event(story=story, locked_fields=["title"])
    make_event(story=story)

    response = client.get(reverse("admin:stories_event_changelist") + "?edited=yes")

    assert list(response.context["cl"].result_list) == [edited]


def test_confirm_action_marks_events_reviewed(client, story):
    event = make_event(story=story, date_start=None, date_precision=Event.Precision.UNKNOWN)

    run_action(client, "confirm_events", event)

    event.refresh_from_db()
    assert event.reviewed is True


def test_set_certainty_action_sets_and_locks_certainty(client, event):
    run_action(client, "set_certainty_denied", event)

    event.refresh_from_db()
    assert event.certainty == Event.Certainty.DENIED
    assert event.locked_fields == ["certainty"]


def test_bulk_changes_are_recorded_with_the_editor(client, editor, event):
    run_action(client, "confirm_events", event)

    assert event.history.first().history_user == editor


def test_deleting_an_event_leaves_a_tombstone(client, event):
    event.extraction_key = "arrive-1234"
    event.save()

    client.post(reverse("admin:stories_event_delete", args=[event.pk]), {"post": "yes"})

    assert not Event.objects.filter(pk=event.pk).exists()
    assert DeletedEvent.objects.filter(extraction_key="arrive-1234").exists()


def test_bulk_delete_leaves_a_tombstone_per_event(client, story):
    events = [make_event(story=story, extraction_key=f"k{n}") for n in range(2)]

    client.post(
        reverse("admin:stories_event_changelist"),
        {"action": "delete_selected", "_selected_action": [e.pk for e in events], "post": "yes"},
    )

    assert set(DeletedEvent.objects.values_list("extraction_key", flat=True)) == {"k0", "k1"}


def test_merge_keeps_the_earliest_created_event(client, story):
    first = make_event(story=story, created_at=dt.datetime(2024, 1, 1, tzinfo=dt.UTC))
    second = make_event(story=story, created_at=dt.datetime(2024, 2, 1, tzinfo=dt.UTC))

    run_action(client, "merge_selected", second, first)

    assert list(Event.objects.all()) == [first]


def test_merge_moves_the_sources_to_the_survivor(client, story):
    first, second = make_event(story=story), make_event(story=story)
    add_source(first, make_article(story=story))
    moved = add_source(second, make_article(story=story))

    run_action(client, "merge_selected", first, second)

    moved.refresh_from_db()
    assert moved.event == first
    assert first.sources.count() == 2


def test_merge_drops_a_quote_the_survivor_already_has(client, story):
    article = make_article(story=story)
    first, second = make_event(story=story), make_event(story=story)
    add_source(first, article)
    add_source(second, article)

    run_action(client, "merge_selected", first, second)

    assert EventSource.objects.filter(event=first, article=article).count() == 1


def test_merge_unites_the_people(client, story):
    first, second = make_event(story=story), make_event(story=story)
    first.people.add(Person.objects.create(name="Ana"))
    second.people.add(Person.objects.create(name="Ben"))

    run_action(client, "merge_selected", first, second)

    assert {p.name for p in first.people.all()} == {"Ana", "Ben"}


def test_merge_tombstones_the_merged_key_pointing_at_the_survivor(client, story):
    first = make_event(story=story, extraction_key="a")
    second = make_event(story=story, extraction_key="b")

    run_action(client, "merge_selected", first, second)

    tombstone = DeletedEvent.objects.get(extraction_key="b")
    assert tombstone.merged_into == first


def test_merge_refuses_events_of_different_stories(client):
    first, second = make_event(), make_event()

    response = run_action(client, "merge_selected", first, second)

    assert "same story" in response.text
    assert Event.objects.count() == 2


def test_revert_from_history_restores_the_earlier_date(client, event):
    original = event.history.earliest()
    client.post(change_url(event), event_form_data(event, date_start="2024-09-09"))

    client.post(
        reverse("admin:stories_event_simple_history", args=[event.pk, original.history_id]),
        event_form_data(original.instance),
    )

    event.refresh_from_db()
    assert event.date_start == original.date_start


def test_history_lists_who_changed_what(client, event):
    client.post(change_url(event), event_form_data(event, title="Ferry docks late"))

    response = client.get(reverse("admin:stories_event_history", args=[event.pk]))

    assert "editor" in response.text
    assert "Ferry docks late" in response.text
