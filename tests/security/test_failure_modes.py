"""When the shared cache is gone, widget calls fail closed (503 in the envelope), never run unlimited."""

import pytest

from tests.conftest import WidgetClient

pytestmark = pytest.mark.django_db


def test_unreachable_redis_fails_closed(client, make_embed, settings):
    _embed, issued = make_embed()
    settings.CACHES = {"default": {"BACKEND": "django.core.cache.backends.redis.RedisCache",
                                   "LOCATION": "redis://127.0.0.1:1/0"}}  # nothing listens on port 1
    response = WidgetClient(client, issued["pk"]).post("/sessions")
    assert response.status_code == 503
    assert response.json()["error"]["code"] == "temporarily_unavailable"
    assert response["Retry-After"] == "10"


def test_preflight_still_answers_without_the_cache(client, make_embed, settings):
    make_embed(origins=["https://shop.example.com"])
    settings.CACHES = {"default": {"BACKEND": "django.core.cache.backends.redis.RedisCache",
                                   "LOCATION": "redis://127.0.0.1:1/0"}}
    response = client.options("/api/v1/sessions", headers={"Origin": "https://shop.example.com",
                                                           "Access-Control-Request-Method": "POST"})
    assert response.status_code == 200 and response["Access-Control-Allow-Origin"] == "https://shop.example.com"
