"""What embed auth + origin check + rate limit cost per request, against a bare django-ninja endpoint.

Usage:
    .venv/bin/python bench/bench_auth.py [--requests 500] [--rounds 7] [--redis redis://127.0.0.1:6379/15]
                                         [--database postgresql://postgres@127.0.0.1:5432/datachat_bench]

Two endpoints on one NinjaAPI behind the project's full middleware stack (CORS, sessions, CSRF, auth,
messages, the error envelope), called through Django's test client with the same headers:

- ``bare``: no auth, returns ``{"ok": true}``;
- ``guarded``: the widget's ``EmbedKeyAuth`` (key lookup + digest check, ``Origin`` match, sliding-window rate
  limit) and the ``X-RateLimit-*`` response headers, returning the same body.

Each round times ``--requests`` calls of each (interleaved rounds, the limiter emptied before each guarded
batch so every call is accepted and the window log holds 0..N entries, like a busy embed). Prints the median
time per request of each, the overhead in microseconds and the ratio guarded / bare, for the local-memory
cache and, with ``--redis`` (or ``REDIS_URL``), for Redis. The app database is a temporary SQLite file
unless ``--database`` names another (it must exist and will be migrated).
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
import types
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))


def setup(database: str | None) -> None:
    tmp = tempfile.mkdtemp(prefix="datachat-bench-auth-")
    os.environ["DATACHAT_VAR_DIR"] = tmp
    os.environ["DATABASE_URL"] = database or f"sqlite:///{tmp}/app.sqlite3"
    os.environ["DJANGO_SETTINGS_MODULE"] = "backend.settings"
    os.environ["DJANGO_DEBUG"] = "0"
    os.environ.pop("REDIS_URL", None)  # the cache is chosen per run below
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0, interactive=False)


def build_urls() -> None:
    """A URLconf with the two endpoints, installed as ROOT_URLCONF."""
    from django.conf import settings
    from django.urls import path
    from ninja import NinjaAPI, Router

    from datachat.api import errors
    from datachat.auth import embed_key, rate_limit_headers

    api = NinjaAPI(urls_namespace="bench-auth", docs_url=None, openapi_url=None)
    errors.install(api)

    @api.get("/bare")
    def bare(request):
        return {"ok": True}

    guarded = Router(auth=embed_key)
    guarded.add_decorator(rate_limit_headers, mode="view")

    @guarded.get("/guarded")
    def guarded_view(request):
        return {"ok": True}

    api.add_router("", guarded)
    module = types.ModuleType("bench_auth_urls")
    module.urlpatterns = [path("api/v1/", api.urls)]
    sys.modules["bench_auth_urls"] = module
    settings.ROOT_URLCONF = "bench_auth_urls"


def use_cache(redis_url: str | None) -> None:
    from django.conf import settings
    from django.core.cache import caches

    if redis_url:
        settings.CACHES = {"default": {"BACKEND": "django.core.cache.backends.redis.RedisCache",
                                       "LOCATION": redis_url, "KEY_PREFIX": f"bench-auth-{os.getpid()}"}}
    else:
        settings.CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache",
                                       "LOCATION": "bench-auth"}}
    from asgiref.local import Local

    caches._settings = caches.settings = caches.configure_settings(None)  # as Django's tests do on a change
    caches._connections = Local()


def empty_limiter(embed) -> None:
    from django.core.cache import caches

    from datachat import ratelimit

    backend = caches["default"]
    if type(backend).__module__ == "django.core.cache.backends.redis":
        client = backend._cache.get_client(None, write=True)
        for key in client.scan_iter(match=f"{backend.key_prefix}:*"):
            client.delete(key)
    else:
        backend.delete(f"{ratelimit.PREFIX}:{{{embed.pk}}}:embed")


def run(label: str, requests: int, rounds: int) -> dict:
    from django.test import Client

    from datachat.services.embeds import create_embed, data_source_for_url

    source = data_source_for_url(f"sqlite:///{os.environ['DATACHAT_VAR_DIR']}/unused.sqlite3", name="bench")
    embed, issued = create_embed(name=f"bench {label}", data_source=source,
                                 origins=["https://www.example.com", "https://*.example.org"],
                                 rate_limit=requests + 10)
    client = Client()
    headers = {"X-Datachat-Key": issued["pk"], "Origin": "https://shop.example.org"}

    def batch(path: str) -> float:
        start = time.perf_counter()
        for _ in range(requests):
            response = client.get(path, headers=headers)
        elapsed = time.perf_counter() - start
        assert response.status_code == 200, response.content
        return elapsed / requests * 1e6

    empty_limiter(embed)
    batch("/api/v1/bare")
    batch("/api/v1/guarded")  # warm-up
    bare, guarded = [], []
    for _ in range(rounds):
        bare.append(batch("/api/v1/bare"))
        empty_limiter(embed)
        guarded.append(batch("/api/v1/guarded"))
    result = {"cache": label, "bare_us": statistics.median(bare), "guarded_us": statistics.median(guarded)}
    result["overhead_us"] = result["guarded_us"] - result["bare_us"]
    result["ratio"] = result["guarded_us"] / result["bare_us"]
    return result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--requests", type=int, default=500, help="calls per batch (default 500)")
    parser.add_argument("--rounds", type=int, default=7, help="interleaved rounds; medians are reported")
    parser.add_argument("--redis", default=os.environ.get("REDIS_URL"), help="also measure with this Redis")
    parser.add_argument("--database", default=None, help="app database URL (default: a temporary SQLite file)")
    args = parser.parse_args()
    setup(args.database)
    build_urls()
    from django.db import connection

    print(f"app database: {connection.vendor}; {args.requests} calls x {args.rounds} rounds, medians per call")
    print(f"{'cache':<8} {'bare µs':>9} {'guarded µs':>11} {'overhead µs':>12} {'ratio':>7}")
    caches = [("locmem", None)] + ([("redis", args.redis)] if args.redis else [])
    for label, url in caches:
        use_cache(url)
        r = run(label, args.requests, args.rounds)
        print(f"{r['cache']:<8} {r['bare_us']:>9.0f} {r['guarded_us']:>11.0f} {r['overhead_us']:>12.0f} "
              f"{r['ratio']:>6.2f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
