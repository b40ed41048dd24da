"""The management commands people type: what they print, and that they fail cleanly."""

import json
from io import StringIO

import pytest
from django.contrib.auth.models import User
from django.core.management import CommandError, call_command

from stories.models import Event, Story
from tests.conftest import REPO_ROOT
from tests.factories import make_event, make_place, make_story

pytestmark = pytest.mark.django_db

FERRY = (
    "BERGEN, Norway — The ferry Nordlys arrived in Bergen on Tuesday after a storm. "
    "The ship left Stavanger on Sunday, its operator said."
)


def run(*args: str) -> str:
    out = StringIO()
    call_command(*args, stdout=out, stderr=StringIO())
    return out.getvalue()


def test_extract_prints_one_json_object_per_file_with_offsets(tmp_path):
    article = tmp_path / "ferry.txt"
    article.write_text(FERRY)

    result = json.loads(run("extract", str(article), "--published", "2024-05-16", "--json"))

    assert result["published"] == "2024-05-16"
    for place in result["places"]:
        assert result["text"][place["start"] : place["end"]] == place["text"]
    bergen = next(p for p in result["places"] if p["text"] == "Bergen" and p["start"] > 10)
    assert bergen["latitude"] == pytest.approx(60.39, abs=0.1)
    assert {"text": "Tuesday", "value": "2024-05-14", "precision": "day"}.items() <= next(
        t for t in result["times"] if t["text"] == "Tuesday"
    ).items()


def test_extract_leaves_the_database_alone(tmp_path):
    article = tmp_path / "ferry.txt"
    article.write_text(FERRY)

    run("extract", str(article), "--json")

    assert not Story.objects.exists()


def test_extract_names_a_bad_file_and_fails(tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_text("")

    with pytest.raises(CommandError):
        call_command("extract", str(empty), "--json", stdout=StringIO(), stderr=StringIO())


def test_resolve_answers_each_mention_in_context(tmp_path):
    text = "Officials in Paris, Texas, said the storm reached Lamar County on Monday."
    requests = tmp_path / "mentions.jsonl"
    start = text.index("Paris")
    requests.write_text(
        json.dumps({"id": "a1", "text": text, "mentions": [{"start": start, "end": start + 5}]})
    )

    answer = json.loads(run("resolve", str(requests), "--json"))

    assert answer["id"] == "a1"
    paris = answer["mentions"][0]
    assert paris["latitude"] == pytest.approx(33.66, abs=0.3)
    assert paris["longitude"] == pytest.approx(-95.56, abs=0.3)


def test_resolve_names_the_line_of_a_bad_request(tmp_path):
    requests = tmp_path / "bad.jsonl"
    requests.write_text('{"id": 1}\n')

    with pytest.raises(CommandError, match=r"bad\.jsonl:1"):
        call_command("resolve", str(requests), stdout=StringIO())


def test_export_prints_a_feature_collection_of_the_named_story():
    story = make_story(slug="ferry")
    bergen = make_place(story=story, name="Bergen", latitude=60.39, longitude=5.32)
    make_event(story=story, place=bergen, title="Ferry docks")
    make_event(story=make_story(slug="other"), title="Elsewhere")

    collection = json.loads(run("export", "ferry", "--format", "geojson"))

    assert collection["type"] == "FeatureCollection"
    [feature] = collection["features"]
    assert feature["geometry"]["coordinates"] == [5.32, 60.39]
    assert feature["properties"]["story"] == "ferry"


def test_export_refuses_an_unknown_story():
    with pytest.raises(CommandError, match="no such story: nope"):
        call_command("export", "nope", stdout=StringIO())


def test_geocode_reports_what_it_did():
    out = run("geocode")

    assert out.startswith("geocoded:")


def test_create_editor_makes_a_staff_user_in_the_editors_group(monkeypatch):
    monkeypatch.setattr("getpass.getpass", lambda prompt="": "a-long-Unusual-passphrase-42")

    run("create_editor", "maria")

    user = User.objects.get(username="maria")
    assert user.is_staff and not user.is_superuser
    assert user.groups.filter(name="Editors").exists()
    assert user.check_password("a-long-Unusual-passphrase-42")


def test_load_samples_builds_and_pins_the_bundled_stories(
    settings, django_capture_on_commit_callbacks
):
    settings.DEBUG = False

    with django_capture_on_commit_callbacks(execute=True):  # the geocoding job runs on commit
        out = run("load_samples")

    assert "failed 0" in out
    assert Story.objects.count() == 3
    assert Event.objects.filter(place__latitude__isnull=False).exists()
    assert not User.objects.exists()  # no demo account without DEBUG


def test_load_samples_twice_changes_nothing():
    run("load_samples")

    out = run("load_samples")

    assert "ingested 0" in out
    assert Story.objects.count() == 3


def test_samples_are_bundled_with_a_manifest():
    manifest = json.loads((REPO_ROOT / "stories/samples/manifest.json").read_text())

    for entry in manifest["sources"]:
        assert (REPO_ROOT / "stories/samples" / entry["file"]).is_file()
