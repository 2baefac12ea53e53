"""Health, readiness, metrics and request ids through the Django stack."""

import pytest

pytestmark = pytest.mark.django_db


def test_readyz_checks_the_database_and_the_cache(client):
    response = client.get("/readyz")
    assert response.status_code == 200
    assert response.json() == {"status": "ready", "checks": {"database": "ok", "cache": "ok"}}


def test_readyz_is_503_when_the_cache_is_down(client, settings):
    settings.CACHES = {"default": {"BACKEND": "django.core.cache.backends.redis.RedisCache",
                                   "LOCATION": "redis://127.0.0.1:1/0"}}
    response = client.get("/readyz")
    assert response.status_code == 503 and response.json()["checks"]["cache"].startswith("error")
    assert response["Retry-After"]


def test_every_response_carries_a_request_id(client):
    fresh = client.get("/readyz")
    assert len(fresh["X-Request-ID"]) == 32
    assert client.get("/readyz", headers={"X-Request-ID": "abc-123"})["X-Request-ID"] == "abc-123"
    unsafe = client.get("/readyz", headers={"X-Request-ID": "a b\tc" * 30})["X-Request-ID"]
    assert unsafe != "a b\tc" * 30 and len(unsafe) == 32
    assert client.get("/api/v1/nowhere")["X-Request-ID"]


def test_metrics_count_requests_refusals_and_outcomes(client, widget):
    session = widget.session()
    assert widget.ask(session, "how many orders are there?").status_code == 200
    client.post("/api/v1/sessions", {}, content_type="application/json", headers={"X-Datachat-Key": "pk_nope"})
    text = client.get("/metrics").content.decode()
    route = 'route="api/v1/sessions/<session_id>/messages"'
    assert f'datachat_http_requests_total{{method="POST",{route},status="200"}}' in text
    assert "datachat_http_request_seconds_bucket" in text
    assert 'datachat_refusals_total{reason="bad_key"}' in text
    assert 'datachat_engine_outcomes_total{outcome="answered"}' in text
    assert "datachat_query_seconds_count" in text
