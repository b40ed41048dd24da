"""Admin login throttling: a few wrong passwords, then a cool-down.

Attempts are counted per username and client address in the shared cache. Each attempt takes
one of `LOGIN_FAILURE_LIMIT` numbered places *before* its password is checked, with
`cache.add`, which is atomic on every backend we configure (Redis, the database cache and
locmem alike; Django's `cache.incr` is not atomic on the database cache). So however many
processes try at once, at most `LOGIN_FAILURE_LIMIT` passwords are checked per window: with a
read-then-write count, guesses in flight all read the same count and all got through. A place
is freed when it is older than `LOGIN_FAILURE_WINDOW` seconds; a successful login frees them
all. When every place is taken, the login form refuses without checking the password.
"""

from __future__ import annotations

import hashlib
import math
import time
from dataclasses import dataclass

from django.conf import settings
from django.contrib.admin.forms import AdminAuthenticationForm
from django.core.cache import cache
from django.core.exceptions import ValidationError
from django.http import HttpRequest


def client_address(request: HttpRequest) -> str:
    """The client's IP: REMOTE_ADDR, or the last X-Forwarded-For entry our proxy appended."""
    if settings.TRUST_X_FORWARDED_FOR:
        forwarded = request.META.get("HTTP_X_FORWARDED_FOR", "")
        if last := forwarded.rsplit(",", 1)[-1].strip():
            return last
    return request.META.get("REMOTE_ADDR", "")


@dataclass(frozen=True)
class LoginAttempts:
    """The recent login attempts of one username from one address."""

    username: str
    address: str

    @property
    def key(self) -> str:
        who = f"{self.username.casefold()}\x00{self.address}".encode()
        return "login-failures:" + hashlib.sha256(who).hexdigest()

    def _place_keys(self) -> list[str]:
        return [f"{self.key}:{n}" for n in range(settings.LOGIN_FAILURE_LIMIT)]

    def begin(self) -> bool:
        """Take a free place for one attempt (atomically); False when all are taken."""
        now = time.time()
        window = settings.LOGIN_FAILURE_WINDOW
        return any(cache.add(key, now, timeout=window) for key in self._place_keys())

    def recent_failures(self, now: float | None = None) -> list[float]:
        """When the attempts holding a place began, oldest first."""
        now = time.time() if now is None else now
        window = settings.LOGIN_FAILURE_WINDOW
        taken = cache.get_many(self._place_keys()).values()
        return sorted(at for at in taken if now - at < window)

    def seconds_locked(self, now: float | None = None) -> float:
        """How long until a place is free again; 0 when one is free now."""
        now = time.time() if now is None else now
        failures = self.recent_failures(now)
        if len(failures) < settings.LOGIN_FAILURE_LIMIT:
            return 0.0
        return failures[0] + settings.LOGIN_FAILURE_WINDOW - now

    def clear(self) -> None:
        cache.delete_many(self._place_keys())


class ThrottledAdminLoginForm(AdminAuthenticationForm):
    """The admin's login form, refusing a username+address with too many recent failures."""

    error_messages = {
        **AdminAuthenticationForm.error_messages,
        "throttled": (
            "Too many failed logins for this account from your address. "
            "Try again in %(minutes)s minute(s)."
        ),
    }

    def clean(self):
        attempts = LoginAttempts(
            username=self.cleaned_data.get("username") or "",
            address=client_address(self.request) if self.request else "",
        )
        if not attempts.begin():
            wait = attempts.seconds_locked() or settings.LOGIN_FAILURE_WINDOW
            raise ValidationError(
                self.error_messages["throttled"],
                code="throttled",
                params={"minutes": max(1, math.ceil(wait / 60))},
            )
        cleaned = super().clean()  # a wrong password raises, and its place stays taken
        attempts.clear()
        return cleaned
