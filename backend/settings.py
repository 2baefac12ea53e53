"""Settings of the Django project that hosts the Datachat app.

Everything that differs between a laptop and production comes from the environment:

- ``DATABASE_URL``: the app database (default: SQLite in ``var/``), e.g. ``postgresql://postgres@127.0.0.1/datachat``.
- ``REDIS_URL``: when set, the cache (and so the rate limits) lives in Redis.
- ``DJANGO_SECRET_KEY``, ``DJANGO_DEBUG``, ``DJANGO_ALLOWED_HOSTS``.
- ``DATACHAT_DB_POOL_SIZE`` (default 14; ``0`` turns the pool off): PostgreSQL connections per server process, through
  psycopg's pool; the ceiling is workers x this, keep it below the server's ``max_connections``.
- ``DATACHAT_MAX_BODY_BYTES`` (default 1048576): larger request bodies are refused with 413.
- ``DATACHAT_*``: the app's own settings, see ``datachat/conf.py``.
"""

import os
from pathlib import Path

from sqlalchemy.engine import make_url

BASE_DIR = Path(__file__).resolve().parent.parent
VAR_DIR = Path(os.environ.get("DATACHAT_VAR_DIR", BASE_DIR / "var"))

SECRET_KEY = os.environ.get("DJANGO_SECRET_KEY", "dev-only-insecure-key-change-me")
DEBUG = os.environ.get("DJANGO_DEBUG", "1") == "1"
ALLOWED_HOSTS = os.environ.get("DJANGO_ALLOWED_HOSTS", "127.0.0.1,localhost,testserver,[::1]").split(",")

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",  # runserver (the demo) serves static files through WhiteNoise too
    "django.contrib.staticfiles",
    "corsheaders",
    "ninja",  # django-ninja's own Swagger UI templates and assets: /api/v1/docs works offline
    "django_tasks_db",
    "datachat",
]

MIDDLEWARE = [
    "datachat.observability.RequestIdMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",  # the widget (/static/) from the app server too
    "corsheaders.middleware.CorsMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "datachat.middleware.ApiErrorEnvelopeMiddleware",
    "datachat.middleware.StrictBodyMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
]

ROOT_URLCONF = "backend.urls"
WSGI_APPLICATION = "backend.wsgi.application"
ASGI_APPLICATION = "backend.asgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "backend" / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
        },
    },
]


def _pool_options() -> dict:
    """psycopg's connection pool, sized by ``DATACHAT_DB_POOL_SIZE`` (0 = no pool, one connection per request)."""
    size = int(os.environ.get("DATACHAT_DB_POOL_SIZE", "14"))
    try:
        import psycopg_pool  # noqa: F401
    except ImportError:
        return {}
    if size <= 0:
        return {}
    timeout = float(os.environ.get("DATACHAT_DB_POOL_TIMEOUT", "10"))
    return {"OPTIONS": {"pool": {"min_size": min(2, size), "max_size": size, "timeout": timeout}}}


def database_from_url(url: str) -> dict:
    """Turn an SQLAlchemy-style URL into a Django ``DATABASES`` entry (sqlite and postgresql)."""
    parsed = make_url(url)
    backend = parsed.get_backend_name()
    if backend == "sqlite":
        return {"ENGINE": "django.db.backends.sqlite3", "NAME": parsed.database or ":memory:"}
    if backend in {"postgresql", "postgres"}:
        return {
            "ENGINE": "django.db.backends.postgresql",
            "NAME": parsed.database or "postgres",
            "USER": parsed.username or "",
            "PASSWORD": parsed.password or "",
            "HOST": parsed.host or "",
            "PORT": str(parsed.port or ""),
            **_pool_options(),
        }
    raise ValueError(f"DATABASE_URL: unsupported database {backend!r} (use sqlite or postgresql)")


if "DATABASE_URL" not in os.environ:
    VAR_DIR.mkdir(parents=True, exist_ok=True)  # the embedded default keeps its SQLite file here
DATABASES = {
    "default": database_from_url(os.environ.get("DATABASE_URL", f"sqlite:///{VAR_DIR / 'datachat.sqlite3'}"))
}
# The server and the worker share the SQLite file: take the write lock at BEGIN, so neither sees "database is locked".
if DATABASES["default"]["ENGINE"].endswith("sqlite3"):
    DATABASES["default"]["OPTIONS"] = {"transaction_mode": "IMMEDIATE", "timeout": 20}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# Email for automations ("email me this every Monday"): the console in development, SMTP otherwise.
_EMAIL_DEFAULT = "console" if DEBUG else "smtp"
MAILERS = {
    "default": {
        "BACKEND": os.environ.get("DJANGO_EMAIL_BACKEND", f"django.core.mail.backends.{_EMAIL_DEFAULT}.EmailBackend")
    }
}

if os.environ.get("REDIS_URL"):
    CACHES = {
        "default": {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": os.environ["REDIS_URL"]}
    }
else:
    # Rate-limit windows, refusal counters and log throttles all live here: room for a flood's worth of keys
    # (Django's default of 300 entries would cull counters mid-minute).
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "datachat",
                          "OPTIONS": {"MAX_ENTRIES": 20000}}}

TASKS = {
    "default": {
        "BACKEND": os.environ.get("DATACHAT_TASKS_BACKEND", "django.tasks.backends.immediate.ImmediateBackend")
    }
}

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
]

LANGUAGE_CODE = "en-us"
TIME_ZONE = "UTC"
USE_I18N = True
USE_TZ = True

STATIC_URL = "static/"
STATIC_ROOT = VAR_DIR / "static"
# The built widget is served as /static/datachat/widget.js (CONTRACT.md section 5).
STATICFILES_DIRS = [("datachat", BASE_DIR / "widget_dist")]
# WhiteNoise serves them, also under ``datachat serve`` (straight from the finders, without collectstatic):
# the precompressed .br/.gz siblings the widget build writes, a year-long immutable Cache-Control for names
# with a 12-hex-digit content hash (chart.<hash>.js, widget.<hash>.css, widget.<hash>.js), a short one for
# widget.js itself.
WHITENOISE_USE_FINDERS = True
WHITENOISE_IMMUTABLE_FILE_TEST = r"^.+\.[0-9a-f]{12}\.[a-z]+$"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedStaticFilesStorage"},
}

# The widget talks to the API from other origins; which ones is decided per embed (datachat.cors).
CORS_URLS_REGEX = r"^/api/v1/.*$"
CORS_ALLOW_HEADERS = ("accept", "content-type", "x-datachat-key", "x-datachat-visitor", "x-datachat-identity",
                      "authorization")
# Monitoring tools wrap the host page's fetch and add W3C trace context headers to every call, the widget's too.
CORS_ALLOW_HEADERS += ("traceparent", "tracestate", "baggage")
CORS_ALLOW_HEADERS += ("idempotency-key",)  # one per question, reused by its retries (CONTRACT.md section 4)
CORS_EXPOSE_HEADERS = ("retry-after", "x-request-id", "x-ratelimit-limit", "x-ratelimit-remaining",
                       "x-ratelimit-reset")

# Bodies above this are refused with 413 before they are parsed (datachat.middleware).
DATA_UPLOAD_MAX_MEMORY_SIZE = int(os.environ.get("DATACHAT_MAX_BODY_BYTES", "1048576"))

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "loggers": {"datachat": {"handlers": ["console"], "level": os.environ.get("DATACHAT_LOG_LEVEL", "INFO")}},
}
