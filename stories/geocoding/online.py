"""Online geocoders (any geopy provider) behind geopy's RateLimiter and a cache.

Deployments plug in what they already use (Nominatim, Photon, Pelias, ArcGIS, the GeoNames web
service…) through the GEOCODERS setting. geopy's `RateLimiter` keeps the minimum delay between
calls and retries a provider that times out, answers 429 or 5xx, or sends garbage, after a pause;
then the provider is given up on for this run: the place stays pending for the next run, and the
job never crashes.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from django.conf import settings
from django.utils.module_loading import import_string
from geopy.exc import GeopyError
from geopy.extra.rate_limiter import RateLimiter
from geopy.geocoders.base import Geocoder

from stories.models import GeocoderResponse

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class OnlineMatch:
    provider: str
    name: str
    latitude: float
    longitude: float


class ProviderUnavailable(Exception):
    """The provider kept failing; try again in a later run."""


class OnlineGeocoder:
    """One configured geopy provider with its politeness and memory."""

    def __init__(
        self,
        geocoder: Geocoder,
        *,
        name: str,
        min_delay: float,
        retries: int,
        backoff: float,
    ) -> None:
        self.geocoder = geocoder
        self.name = name
        self.geocode = RateLimiter(
            geocoder.geocode,
            min_delay_seconds=min_delay,
            max_retries=retries,
            error_wait_seconds=backoff,
            swallow_exceptions=False,
        )

    def lookup(self, query: str) -> OnlineMatch | None:
        """The provider's best match for `query`, from the cache when asked before."""
        cached = GeocoderResponse.objects.filter(provider=self.name, query=query).first()
        if cached is not None:
            return OnlineMatch(provider=self.name, **cached.result) if cached.result else None
        location = self._call(query)
        result = (
            {
                "name": location.address[:200],
                "latitude": location.latitude,
                "longitude": location.longitude,
            }
            if location
            else None
        )
        GeocoderResponse.objects.update_or_create(
            provider=self.name, query=query, defaults={"result": result}
        )
        return OnlineMatch(provider=self.name, **result) if result else None

    def _call(self, query: str):
        try:
            return self.geocode(query, exactly_one=True)
        except (GeopyError, ValueError) as error:
            log.warning("%s failed on %r: %s", self.name, query, error)
            raise ProviderUnavailable(f"{self.name}: {error}") from error


def configured_geocoders() -> list[OnlineGeocoder]:
    """The online providers named in settings.GEOCODERS, in order."""
    providers = []
    for entry in settings.GEOCODERS:
        cls = import_string(entry["class"])
        options = {
            "user_agent": settings.GEOCODER_USER_AGENT,
            "timeout": settings.GEOCODER_TIMEOUT,
            **entry.get("options", {}),
        }
        providers.append(
            OnlineGeocoder(
                cls(**options),
                name=entry.get("name", cls.__name__),
                min_delay=entry.get("min_delay_seconds", settings.GEOCODER_MIN_DELAY),
                retries=entry.get("retries", settings.GEOCODER_RETRIES),
                backoff=entry.get("backoff_seconds", settings.GEOCODER_BACKOFF),
            )
        )
    return providers
