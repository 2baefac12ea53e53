"""Fixtures of the security suites: a Redis cache (skipped loudly when Redis is down), staff clients."""

import os
import sys

import pytest

REDIS_URL = os.environ.get("DATACHAT_TEST_REDIS_URL", "redis://127.0.0.1:6379/15")


def redis_or_skip() -> str:
    """The test Redis URL, or a loud skip when that Redis does not answer."""
    try:
        import redis

        redis.Redis.from_url(REDIS_URL, socket_connect_timeout=1).ping()
    except Exception as exc:  # any failure means: no Redis to test against
        message = f"!!! Redis at {REDIS_URL} is down ({exc.__class__.__name__}): SKIPPING the shared-Redis test !!!"
        print(message, file=sys.stderr)
        pytest.skip(message)
    return REDIS_URL


@pytest.fixture
def redis_url() -> str:
    return redis_or_skip()


@pytest.fixture(params=["locmem", "redis"])
def any_cache(request, settings):
    """Runs a test once on the local-memory cache and once on Redis (the production setting)."""
    if request.param == "redis":
        location = redis_or_skip()
        settings.CACHES = {"default": {"BACKEND": "django.core.cache.backends.redis.RedisCache",
                                       "LOCATION": location, "KEY_PREFIX": f"test-{os.getpid()}"}}
    else:
        settings.CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache",
                                       "LOCATION": f"security-{os.getpid()}"}}
    from django.core.cache import cache

    _clear(cache)
    yield request.param
    _clear(cache)


def _clear(cache) -> None:
    """Empty the cache; on Redis only our own prefixed keys, never the whole shared database."""
    from django.core.cache import caches

    backend = caches["default"]
    if type(backend).__module__ == "django.core.cache.backends.redis":
        client = backend._cache.get_client(None, write=True)
        for key in client.scan_iter(match=f"{backend.key_prefix}:*"):
            client.delete(key)
    else:
        backend.clear()


@pytest.fixture
def superuser(django_user_model):
    return django_user_model.objects.create_superuser("root", "root@example.com", "pw-123456")


@pytest.fixture
def admin_client_logged_in(client, superuser):
    client.force_login(superuser)
    return client
