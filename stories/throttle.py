"""Admin login throttling: a few wrong passwords, then a cool-down.

Failed logins are counted per username and client address in the cache (a sliding window of
their times). After `LOGIN_FAILURE_LIMIT` failures within `LOGIN_FAILURE_WINDOW` seconds, the
login form refuses that username from that address, without checking the password, until the
oldest counted failure has aged out. A successful login clears the count.
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
    """The recent failed logins of one username from one address."""

    username: str
    address: str

    @property
    def key(self) -> str:
        who = f"{self.username.casefold()}\x00{self.address}".encode()
        return "login-failures:" + hashlib.sha256(who).hexdigest()

    def recent_failures(self, now: float | None = None) -> list[float]:
        now = time.time() if now is None else now
        window = settings.LOGIN_FAILURE_WINDOW
        return [at for at in cache.get(self.key, []) if now - at < window]

    def seconds_locked(self, now: float | None = None) -> float:
        """How long until another attempt is allowed; 0 when it is allowed now."""
        now = time.time() if now is None else now
        failures = self.recent_failures(now)
        limit = settings.LOGIN_FAILURE_LIMIT
        if len(failures) < limit:
            return 0.0
        # Allowed again once all but limit - 1 failures are older than the window.
        return failures[-limit] + settings.LOGIN_FAILURE_WINDOW - now

    def record_failure(self) -> None:
        now = time.time()
        failures = [*self.recent_failures(now), now][-settings.LOGIN_FAILURE_LIMIT :]
        cache.set(self.key, failures, timeout=settings.LOGIN_FAILURE_WINDOW)

    def clear(self) -> None:
        cache.delete(self.key)


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
        if wait := attempts.seconds_locked():
            raise ValidationError(
                self.error_messages["throttled"],
                code="throttled",
                params={"minutes": max(1, math.ceil(wait / 60))},
            )
        try:
            cleaned = super().clean()
        except ValidationError:
            attempts.record_failure()
            raise
        attempts.clear()
        return cleaned
