"""Settings come from the environment through one helper, and the README lists every variable."""

import re

from newsmap import env
from tests.conftest import REPO_ROOT


def test_every_environment_variable_the_settings_read_is_in_the_readme():
    settings_source = (REPO_ROOT / "newsmap" / "settings.py").read_text()
    readme = (REPO_ROOT / "README.md").read_text()
    read = set(re.findall(r'env\.\w+\(\s*"([A-Z_]+)"', settings_source)) | {"DATABASE_URL"}

    missing = sorted(name for name in read if f"`{name}`" not in readme)

    assert len(read) > 30
    assert missing == []


def test_settings_read_the_environment_only_through_the_helper():
    settings_source = (REPO_ROOT / "newsmap" / "settings.py").read_text()

    assert "os.environ" not in settings_source


def test_an_empty_number_falls_back_to_its_default(monkeypatch):
    monkeypatch.setenv("NEWSMAP_TEST_NUMBER", "")

    assert env.integer("NEWSMAP_TEST_NUMBER", 7) == 7


def test_an_empty_list_stays_empty(monkeypatch):
    monkeypatch.setenv("NEWSMAP_TEST_LIST", "")

    assert env.strings("NEWSMAP_TEST_LIST", "*") == []


def test_a_list_may_be_separated_by_spaces_or_commas(monkeypatch):
    monkeypatch.setenv(
        "NEWSMAP_TEST_LIST", "https://a.example, https://b.example https://c.example"
    )

    assert env.strings("NEWSMAP_TEST_LIST", "", separators=" ,") == [
        "https://a.example",
        "https://b.example",
        "https://c.example",
    ]


def test_flags_read_the_way_people_write_them(monkeypatch):
    monkeypatch.setenv("NEWSMAP_TEST_FLAG", "Yes")

    assert env.boolean("NEWSMAP_TEST_FLAG", False) is True
