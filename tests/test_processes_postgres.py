"""Two web processes on one PostgreSQL database: an editor's save through one shows on the other.

Each process has its own in-memory page cache (the default `locmem://`), as two gunicorn
workers would. The story's version is read from the database on every request, so the page the
second process cached before the save is never served after it.
"""

import http.cookiejar
import re
import socket
import subprocess
import sys
import time
import urllib.parse
import urllib.request

import pytest
from django.contrib.auth.models import User

from tests.conftest import REPO_ROOT
from tests.factories import make_event, make_story
from tests.test_admin_support import event_form_data
from tests.test_workers_postgres import child_env, pytestmark  # noqa: F401  (PostgreSQL only)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def start_server(port: int) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "manage.py", "runserver", "--noreload", f"127.0.0.1:{port}"],
        cwd=REPO_ROOT,
        env=child_env(DEBUG="1", CACHE_URL="locmem://", STORY_RESPONSE_CACHE_URL="locmem://"),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )


def wait_for_port(port: int, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while True:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=1).close()
            return
        except OSError:
            assert time.monotonic() < deadline, f"nothing listens on {port}"
            time.sleep(0.05)


class Browser:
    """Just enough of a browser for the admin: cookies and the CSRF token."""

    def __init__(self, base: str):
        self.base = base
        self.cookies = http.cookiejar.CookieJar()
        self.opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(self.cookies))

    def get(self, path: str) -> str:
        with self.opener.open(self.base + path, timeout=30) as response:
            return response.read().decode()

    def post_form(self, path: str, data: dict) -> str:
        page = self.get(path)
        token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page).group(1)
        body = urllib.parse.urlencode({**data, "csrfmiddlewaretoken": token}, doseq=True)
        request = urllib.request.Request(
            self.base + path, data=body.encode(), headers={"Referer": self.base + path}
        )
        with self.opener.open(request, timeout=30) as response:
            return response.read().decode()


@pytest.fixture
def two_servers():
    ports = [free_port(), free_port()]
    servers = [start_server(port) for port in ports]
    try:
        for port in ports:
            wait_for_port(port)
        yield [f"http://127.0.0.1:{port}" for port in ports]
    finally:
        for server in servers:
            server.terminate()
            server.wait(timeout=30)


def test_an_admin_save_through_one_process_shows_on_the_next_page_from_the_other(two_servers):
    first, second = two_servers
    story = make_story(slug="harbor-ferry", title="Harbor ferry")
    event = make_event(story=story, title="Ferry docks at noon")
    User.objects.create_superuser("desk", password="a long desk password")
    assert "Ferry docks at noon" in Browser(second).get(story.get_absolute_url())  # now cached

    editor = Browser(first)
    login = {"username": "desk", "password": "a long desk password", "next": "/admin/"}
    editor.post_form("/admin/login/", login)
    editor.post_form(
        f"/admin/stories/event/{event.pk}/change/",
        event_form_data(event, title="Ferry docks at dusk"),
    )

    page = Browser(second).get(story.get_absolute_url())
    assert "Ferry docks at dusk" in page
    assert "Ferry docks at noon" not in page
