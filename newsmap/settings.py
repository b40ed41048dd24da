"""Newsmap settings, read from the environment (12-factor).

Every setting that differs between a laptop and production comes from an environment
variable with a visible default here, read through `newsmap.env` (one typed helper), so
`make run` works with nothing set and a deployment sets only what it needs. Every variable is
listed in the README's configuration table (see also docs/deploy.md).
"""

from pathlib import Path

import dj_database_url
from django.utils.csp import CSP

from newsmap import env

BASE_DIR = Path(__file__).resolve().parent.parent

DEBUG = env.boolean("DEBUG", False)

# The fallback key is only good for a laptop: `check --deploy` flags it (security.W009).
SECRET_KEY = env.string("SECRET_KEY", "django-insecure-newsmap-development-key-not-for-production")

ALLOWED_HOSTS = env.strings("ALLOWED_HOSTS", "localhost,127.0.0.1,[::1]")
CSRF_TRUSTED_ORIGINS = env.strings("CSRF_TRUSTED_ORIGINS", "")

INSTALLED_APPS = [
    "stories.apps.EditorsDeskConfig",  # django.contrib.admin, with the editors' desk as its site
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "django_htmx",
    "simple_history",
    "django_tasks_db",
    "stories",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "stories.security.ContentSecurityPolicyMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "django_htmx.middleware.HtmxMiddleware",
    "simple_history.middleware.HistoryRequestMiddleware",
]

ROOT_URLCONF = "newsmap.urls"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "django.template.context_processors.csp",
            ],
        },
    },
]

WSGI_APPLICATION = "newsmap.wsgi.application"
ASGI_APPLICATION = "newsmap.asgi.application"

# An embedded SQLite file under var/ unless DATABASE_URL says otherwise (PostgreSQL in production).
DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{BASE_DIR / 'var' / 'newsmap.sqlite3'}",
        conn_max_age=env.integer("CONN_MAX_AGE", 60),
        conn_health_checks=True,
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # SQLite keeps one connection per thread; a long-lived one only adds lock contention.
    DATABASES["default"]["CONN_MAX_AGE"] = 0
    DATABASES["default"].setdefault("OPTIONS", {})["transaction_mode"] = "IMMEDIATE"
    DATABASES["default"]["OPTIONS"]["timeout"] = 20

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

LANGUAGE_CODE = "en-us"
TIME_ZONE = env.string("TIME_ZONE", "UTC")
USE_I18N = True
USE_TZ = True

STATIC_URL = "static/"
STATIC_ROOT = Path(env.string("STATIC_ROOT", str(BASE_DIR / "var" / "staticfiles")))
STATICFILES_DIRS = [BASE_DIR / "static"]
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": (
            "django.contrib.staticfiles.storage.StaticFilesStorage"
            if DEBUG
            else "whitenoise.storage.CompressedManifestStaticFilesStorage"
        )
    },
}
# Lets `runserver` and tests serve static files without a collectstatic step.
WHITENOISE_USE_FINDERS = env.boolean("WHITENOISE_USE_FINDERS", DEBUG)

# Background jobs: Django's tasks framework. The immediate backend runs a job as soon as it
# is enqueued (development, tests); TASKS_BACKEND=database hands jobs to `manage.py db_worker`.
TASKS_BACKEND = env.string("TASKS_BACKEND", "immediate")
TASKS = {
    "default": {
        "BACKEND": {
            "immediate": "django.tasks.backends.immediate.ImmediateBackend",
            "database": "django_tasks_db.DatabaseBackend",
        }[TASKS_BACKEND],
    }
}

# A worker that died leaves its job marked running; `manage.py worker` requeues it (jobs.py).
TASKS_CLAIM_GRACE_SECONDS = env.number("TASKS_CLAIM_GRACE_SECONDS", 30)

# Security. Behind HTTPS (production), cookies are secure and HSTS is on; on a laptop
# (DEBUG) everything stays plain HTTP.
SECURE_SSL_REDIRECT = env.boolean("SECURE_SSL_REDIRECT", not DEBUG)
SESSION_COOKIE_SECURE = env.boolean("SESSION_COOKIE_SECURE", not DEBUG)
CSRF_COOKIE_SECURE = env.boolean("CSRF_COOKIE_SECURE", not DEBUG)
SECURE_HSTS_SECONDS = env.integer("SECURE_HSTS_SECONDS", 0 if DEBUG else 31536000)
SECURE_HSTS_INCLUDE_SUBDOMAINS = env.boolean("SECURE_HSTS_INCLUDE_SUBDOMAINS", not DEBUG)
SECURE_HSTS_PRELOAD = env.boolean("SECURE_HSTS_PRELOAD", not DEBUG)
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
X_FRAME_OPTIONS = "DENY"
if env.boolean("BEHIND_HTTPS_PROXY", False):
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")

# Content-Security-Policy on every response (stories/security.py): scripts only from us or
# inline with the request's nonce (`<script nonce="{{ csp_nonce }}">`), nothing framed but the
# embeds (EMBED_FRAME_ANCESTORS), no plugins. Images may also come from the map tile servers,
# added per request from MAP_TILES_URL and EMBED_BASEMAPS. Inline style *attributes* stay
# allowed (Leaflet and the embed size boxes with them); `<style>` elements need the nonce.
SECURE_CSP = {
    "default-src": [CSP.SELF],
    "script-src": [CSP.SELF, CSP.NONCE],
    "style-src": [CSP.SELF, CSP.NONCE],
    "style-src-attr": [CSP.UNSAFE_INLINE],
    "img-src": [CSP.SELF, "data:"],
    "connect-src": [CSP.SELF],
    "font-src": [CSP.SELF],
    "object-src": [CSP.NONE],
    "base-uri": [CSP.SELF],
    "form-action": [CSP.SELF],
    "frame-ancestors": [CSP.NONE],
}

# Admin login throttling (stories/throttle.py): after LOGIN_FAILURE_LIMIT failed logins for one
# username from one address within LOGIN_FAILURE_WINDOW seconds, further attempts are refused
# until the oldest failure is that old. Counted in the cache, so share it between processes.
LOGIN_FAILURE_LIMIT = env.integer("LOGIN_FAILURE_LIMIT", 5)
LOGIN_FAILURE_WINDOW = env.integer("LOGIN_FAILURE_WINDOW", 15 * 60)
# The client's address is REMOTE_ADDR, or behind a proxy the address it appended last to
# X-Forwarded-For (the only entry a client cannot forge).
TRUST_X_FORWARDED_FOR = env.boolean(
    "TRUST_X_FORWARDED_FOR", env.boolean("BEHIND_HTTPS_PROXY", False)
)


def cache_from_url(url: str) -> dict:
    """CACHE_URL to a CACHES entry: locmem:// (default), redis[s]://…, db://table, file:///dir."""
    scheme, _, rest = url.partition("://")
    if scheme in {"redis", "rediss"}:
        return {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": url}
    if scheme == "db":
        return {"BACKEND": "django.core.cache.backends.db.DatabaseCache", "LOCATION": rest}
    if scheme == "file":
        return {"BACKEND": "django.core.cache.backends.filebased.FileBasedCache", "LOCATION": rest}
    if scheme == "dummy":
        return {"BACKEND": "django.core.cache.backends.dummy.DummyCache"}
    if scheme == "locmem":
        return {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": rest}
    raise ValueError(f"CACHE_URL: unknown cache {scheme!r} (locmem, redis, rediss, db, file)")


# Cache (stories/caching.py): rendered story pages and exports, keyed by the story's version
# (a database column, so every process sees a save at once). Local memory is per process: with
# several web processes or workers, share one cache (Redis, or the database after
# `manage.py createcachetable`) so pages are built once and login throttling counts once.
CACHES = {
    "default": cache_from_url(env.string("CACHE_URL", "locmem://newsmap")),
    # The responses themselves: their keys carry the story's version from the database, so each
    # process may keep its own copies, in memory, without pickling them across.
    "story_responses": cache_from_url(
        env.string("STORY_RESPONSE_CACHE_URL", "locmem://story-responses")
    ),
}
# How many web processes serve the site (gunicorn reads the same variable): above one, the
# deploy check asks for a shared cache (stories/caching.py).
WEB_CONCURRENCY = env.integer("WEB_CONCURRENCY", 1)
# How long a cached story piece may live at most, even if no save invalidates it.
STORY_CACHE_SECONDS = env.integer("STORY_CACHE_SECONDS", 60 * 60)

# Ingestion limits; tests allow private addresses to fetch from a loopback server.
INGEST_MAX_BYTES = env.integer("INGEST_MAX_BYTES", 10 * 1024 * 1024)
INGEST_ALLOW_PRIVATE_URLS = env.boolean("INGEST_ALLOW_PRIVATE_URLS", False)
INGEST_FETCH_TIMEOUT = env.number("INGEST_FETCH_TIMEOUT", 10)
# Hosts that are one outlet (stories/ingestion/origin.py): a page fetched from one of them may
# claim a canonical URL on another. Groups separated by ";", hosts by spaces:
# INGEST_HOST_ALIASES="apnews.com hosted.ap.org; bbc.co.uk bbc.com".
INGEST_HOST_ALIASES = [
    group.split() for group in env.string("INGEST_HOST_ALIASES", "").split(";") if group.strip()
]

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env.string("LOG_LEVEL", "WARNING")},
    # The tasks framework logs every job's start and end at INFO: noise in a foreground run.
    "loggers": {"django.tasks": {"level": env.string("TASKS_LOG_LEVEL", "WARNING")}},
}

# Map tiles: the only third-party host a story page may contact. Point these at your own tile
# server (or a provider you have an agreement with); the attribution is shown on every map.
MAP_TILES_URL = env.string("MAP_TILES_URL", "https://tile.openstreetmap.org/{z}/{x}/{y}.png")
MAP_TILES_ATTRIBUTION = env.string(
    "MAP_TILES_ATTRIBUTION",
    '&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a> contributors',
)
# The tile server's host[:port], which pages preconnect to (defaults to the one in the URL).
MAP_TILES_HOST = env.string("MAP_TILES_HOST", "") or MAP_TILES_URL.split("/")[2]

# Geocoding. The offline GeoNames gazetteer always runs; online geopy providers are optional,
# tried in order after it, e.g.
# GEOCODERS='[{"class": "geopy.geocoders.Nominatim", "options": {"domain": "osm.example.org"}}]'
GEOCODERS = env.json_value("GEOCODERS", [])
GEOCODER_USER_AGENT = env.string("GEOCODER_USER_AGENT", "newsmap/0.1 (self-hosted)")
GEOCODER_TIMEOUT = env.number("GEOCODER_TIMEOUT", 10)
GEOCODER_MIN_DELAY = env.number("GEOCODER_MIN_DELAY", 1)
GEOCODER_RETRIES = env.integer("GEOCODER_RETRIES", 3)
GEOCODER_BACKOFF = env.number("GEOCODER_BACKOFF", 2)

# Embeds. Only /embed/ pages may be framed, by the origins listed here (space or comma
# separated CSP sources, e.g. "https://news.example https://*.news.example"; default any).
# Every other response refuses framing twice: X-Frame-Options (above) and a CSP
# `frame-ancestors 'none'` (SECURE_CSP above; embeds widen it: stories.security.frameable).
EMBED_FRAME_ANCESTORS = env.strings("EMBED_FRAME_ANCESTORS", "*", separators=" ,")
# Extra basemaps an embed may pick with ?basemap=NAME ("default" and "none" always exist), e.g.
# EMBED_BASEMAPS='{"light": {"url": "https://tiles.example/light/{z}/{x}/{y}.png",
#                            "attribution": "&copy; Example"}}'
EMBED_BASEMAPS = env.json_value("EMBED_BASEMAPS", {})
