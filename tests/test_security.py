"""Security headers on every page, and the admin's login throttling."""

import re

import pytest
from django.urls import reverse

from stories.throttle import LoginAttempts
from tests.browser.story_seed import make_seed_story

pytestmark = pytest.mark.django_db

ADMIN_LOGIN = "/admin/login/"


def policy(response) -> dict[str, list[str]]:
    """The Content-Security-Policy header as {directive: sources}."""
    directives = {}
    for part in response.headers["Content-Security-Policy"].split(";"):
        name, *sources = part.split()
        directives[name] = sources
    return directives


@pytest.fixture
def seed():
    return make_seed_story()


@pytest.fixture
def editor(django_user_model, settings):
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
    return django_user_model.objects.create_user(
        "editor", password="correct horse battery staple", is_staff=True
    )


def log_in(client, password: str, *, username: str = "editor", address: str = "192.0.2.1"):
    return client.post(
        ADMIN_LOGIN,
        {"username": username, "password": password, "next": "/admin/"},
        REMOTE_ADDR=address,
    )


# ---- Content-Security-Policy --------------------------------------------------------------------


@pytest.mark.parametrize(
    "url",
    [
        "/",
        "/stories/{slug}/",
        "/stories/{slug}/timeline/",
        "/stories/{slug}/events.geojson",
        "/embed/stories/{slug}/",
        ADMIN_LOGIN,
    ],
)
def test_every_page_sends_a_content_security_policy_without_unsafe_scripts(client, seed, url):
    response = client.get(url.format(slug=seed.story.slug))

    script_src = policy(response)["script-src"]
    assert "'unsafe-inline'" not in script_src
    assert "'unsafe-eval'" not in script_src
    assert policy(response)["object-src"] == ["'none'"]


def test_the_story_pages_inline_map_script_carries_the_policys_nonce(client, seed):
    response = client.get(seed.story.get_absolute_url())

    nonce = re.search(r"'nonce-([^']+)'", response.headers["Content-Security-Policy"]).group(1)
    inline_scripts = re.findall(
        r"<script(?![^>]*\bsrc=)(?![^>]*application/json)([^>]*)>", response.text
    )
    assert inline_scripts
    assert all(f'nonce="{nonce}"' in attributes for attributes in inline_scripts)


def test_images_may_come_from_the_configured_tile_server(client, seed, settings):
    settings.MAP_TILES_URL = "https://tiles.newsroom.example:8443/{z}/{x}/{y}.png"

    response = client.get(seed.story.get_absolute_url())

    assert "https://tiles.newsroom.example:8443" in policy(response)["img-src"]


def test_an_embed_basemaps_tile_server_is_allowed_too(client, seed, settings):
    settings.EMBED_BASEMAPS = {
        "light": {"url": "https://light.example/{z}/{x}/{y}.png", "attribution": "Light"}
    }

    response = client.get(reverse("stories:embed", kwargs={"slug": seed.story.slug}))

    assert "https://light.example" in policy(response)["img-src"]


def test_the_embed_keeps_the_whole_policy_besides_who_may_frame_it(client, seed, settings):
    settings.EMBED_FRAME_ANCESTORS = ["https://news.example"]

    response = client.get(reverse("stories:embed", kwargs={"slug": seed.story.slug}))

    assert policy(response)["frame-ancestors"] == ["https://news.example"]
    assert "'self'" in policy(response)["script-src"]


def test_pages_forbid_content_sniffing_and_send_a_strict_referrer_policy(client, seed):
    response = client.get(seed.story.get_absolute_url())

    assert response.headers["X-Content-Type-Options"] == "nosniff"
    assert response.headers["Referrer-Policy"] == "strict-origin-when-cross-origin"


# ---- admin login throttling ---------------------------------------------------------------------


def test_a_correct_password_logs_an_editor_in(client, editor):
    response = log_in(client, "correct horse battery staple")

    assert response.status_code == 302


def test_after_five_failures_even_the_right_password_is_refused_with_a_reason(client, editor):
    for _ in range(5):
        log_in(client, "wrong")

    response = log_in(client, "correct horse battery staple")

    assert response.status_code == 200
    assert "Too many failed logins" in response.text
    assert "_auth_user_id" not in client.session


def test_four_failures_still_allow_the_right_password(client, editor):
    for _ in range(4):
        log_in(client, "wrong")

    response = log_in(client, "correct horse battery staple")

    assert response.status_code == 302


def test_the_lockout_is_per_address(client, editor):
    for _ in range(5):
        log_in(client, "wrong", address="192.0.2.1")

    response = log_in(client, "correct horse battery staple", address="198.51.100.7")

    assert response.status_code == 302


def test_the_lockout_ends_when_the_failures_age_out_of_the_window(client, editor, settings):
    for _ in range(5):
        log_in(client, "wrong")
    attempts = LoginAttempts(username="editor", address="192.0.2.1")
    oldest = attempts.recent_failures()[0]

    waited = oldest + settings.LOGIN_FAILURE_WINDOW + 1

    assert attempts.seconds_locked(now=waited - 2) > 0
    assert attempts.seconds_locked(now=waited) == 0


def test_a_successful_login_clears_the_failures(client, editor):
    for _ in range(4):
        log_in(client, "wrong")

    log_in(client, "correct horse battery staple")

    assert LoginAttempts(username="editor", address="192.0.2.1").recent_failures() == []


def test_behind_a_proxy_the_address_it_appended_is_the_clients(client, editor, settings):
    settings.TRUST_X_FORWARDED_FOR = True
    for n in range(5):
        client.post(
            ADMIN_LOGIN,
            {"username": "editor", "password": "wrong"},
            HTTP_X_FORWARDED_FOR=f"10.0.0.{n}, 203.0.113.9",
        )

    response = client.post(
        ADMIN_LOGIN,
        {"username": "editor", "password": "correct horse battery staple"},
        HTTP_X_FORWARDED_FOR="10.9.9.9, 203.0.113.9",
    )

    assert "Too many failed logins" in response.text
