"""Login throttling counts in the shared cache with atomic operations: concurrent attempts, in
one process or many, never get more password checks than the limit."""

import json
import os
import subprocess
import sys
import time

import pytest
from django.core.management import call_command
from django.db import connection
from django.test import RequestFactory

from stories.throttle import LoginAttempts, ThrottledAdminLoginForm
from tests.conftest import REPO_ROOT

ON_POSTGRES = os.environ.get("DATABASE_URL", "").split(":")[0] in ("postgres", "postgresql")


def test_attempts_in_flight_each_hold_one_of_the_limited_places(settings):
    attempts = LoginAttempts(username="editor", address="192.0.2.1")
    in_flight = [attempts.begin() for _ in range(settings.LOGIN_FAILURE_LIMIT)]

    one_more = attempts.begin()

    assert all(in_flight)
    assert not one_more


def test_a_successful_login_frees_every_place(settings):
    attempts = LoginAttempts(username="editor", address="192.0.2.1")
    for _ in range(settings.LOGIN_FAILURE_LIMIT):
        attempts.begin()

    attempts.clear()

    assert attempts.begin()


CHILD = """
import json, os, sys, time
import django
django.setup()
from django.test import RequestFactory
from stories.throttle import ThrottledAdminLoginForm
start_at, tries = float(sys.argv[1]), int(sys.argv[2])
while time.time() < start_at:
    time.sleep(0.001)
codes = []
for _ in range(tries):
    request = RequestFactory().post("/admin/login/", REMOTE_ADDR="192.0.2.1")
    form = ThrottledAdminLoginForm(request, data={"username": "editor", "password": "wrong"})
    form.is_valid()
    codes += [error.code for error in form.non_field_errors().as_data()]
print(json.dumps(codes))
"""


def _database_url() -> str:
    db = connection.settings_dict
    password = f":{db['PASSWORD']}" if db.get("PASSWORD") else ""
    return f"postgres://{db['USER']}{password}@{db['HOST']}:{db['PORT']}/{db['NAME']}"


@pytest.mark.skipif(not ON_POSTGRES, reason="processes sharing a database cache: PostgreSQL pass")
@pytest.mark.django_db(transaction=True)
def test_concurrent_guesses_from_several_processes_stop_at_the_limit(django_user_model):
    django_user_model.objects.create_user("editor", password="correct horse battery staple")
    call_command("createcachetable", "throttle_test_cache")
    env = {k: v for k, v in os.environ.items() if k != "DJANGO_ALLOW_ASYNC_UNSAFE"}
    env |= {
        "DATABASE_URL": _database_url(),
        "CACHE_URL": "db://throttle_test_cache",
        "DJANGO_SETTINGS_MODULE": "newsmap.settings",
        "LOGIN_FAILURE_LIMIT": "5",
    }
    start_at = str(time.time() + 4)
    children = [
        subprocess.Popen(
            [sys.executable, "-c", CHILD, start_at, "3"],
            cwd=REPO_ROOT,
            env=env,
            stdout=subprocess.PIPE,
            text=True,
        )
        for _ in range(4)
    ]

    codes = [code for child in children for code in json.loads(child.communicate(timeout=120)[0])]

    assert len(codes) == 12
    assert codes.count("invalid_login") == 5
    assert codes.count("throttled") == 7


def test_the_login_form_checks_no_password_once_the_places_are_taken(db, settings):
    attempts = LoginAttempts(username="editor", address="192.0.2.1")
    for _ in range(settings.LOGIN_FAILURE_LIMIT):
        attempts.begin()
    request = RequestFactory().post("/admin/login/", REMOTE_ADDR="192.0.2.1")

    form = ThrottledAdminLoginForm(request, data={"username": "editor", "password": "x"})

    assert not form.is_valid()
    assert [e.code for e in form.non_field_errors().as_data()] == ["throttled"]
