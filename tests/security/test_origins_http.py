"""The origin matrix through the real middleware stack (CorsMiddleware, sessions, CSRF, error envelope)."""

import pytest

from tests.conftest import WidgetClient

pytestmark = pytest.mark.django_db

ALLOWED = ["https://shop.example.com", "http://localhost:3000", "https://*.example.org"]


@pytest.fixture
def embed_key(make_embed):
    from django.core.cache import cache

    cache.clear()
    _embed, issued = make_embed(origins=ALLOWED)
    return issued["pk"]


@pytest.mark.parametrize(
    "origin, referer, status",
    [
        ("https://shop.example.com", None, 201),
        ("http://localhost:3000", None, 201),
        ("https://a.example.org", None, 201),
        ("https://deep.a.example.org", None, 201),
        ("https://shop.example.com:8443", None, 403),
        ("http://shop.example.com", None, 403),
        ("http://localhost:3001", None, 403),
        ("http://localhost", None, 403),
        ("https://example.org", None, 403),
        ("https://example.org.evil.net", None, 403),
        ("https://shop.example.com.evil.net", None, 403),
        ("https://evilexample.org", None, 403),
        ("null", None, 403),
        ("null", "https://shop.example.com/page", 403),  # an explicit null is not overridden by Referer
        (None, None, 403),  # neither Origin nor Referer
        (None, "https://shop.example.com/products/42?x=1#top", 201),  # Referer stands in for a missing Origin
        (None, "https://a.example.org/", 201),
        (None, "https://evil.net/https://shop.example.com", 403),
        (None, "https://shop.example.com.evil.net/", 403),
        (None, "not a url", 403),
    ],
)
def test_origin_matrix_through_the_middleware(client, embed_key, origin, referer, status):
    headers = {"X-Datachat-Key": embed_key}
    if origin is not None:
        headers["Origin"] = origin
    if referer is not None:
        headers["Referer"] = referer
    response = client.post("/api/v1/sessions", {}, content_type="application/json", headers=headers)
    assert response.status_code == status, response.content
    if status == 201:
        if origin:
            assert response["Access-Control-Allow-Origin"] == origin
            assert "origin" in response["Vary"].lower()
        assert "Access-Control-Allow-Credentials" not in response  # the widget never sends cookies
    else:
        assert response.json()["error"]["code"] == "origin_not_allowed"


@pytest.mark.parametrize(
    "origin, allowed",
    [
        ("https://shop.example.com", True),
        ("https://a.example.org", True),
        ("http://localhost:3000", True),
        ("https://evil.example.net", False),
        ("https://example.org.evil.net", False),
        ("null", False),
    ],
)
def test_preflight_is_allowed_only_for_origins_an_embed_allows(client, embed_key, origin, allowed):
    response = client.options("/api/v1/sessions/123/messages", headers={
        "Origin": origin, "Access-Control-Request-Method": "POST",
        "Access-Control-Request-Headers": "content-type, x-datachat-key, x-datachat-visitor"})
    if allowed:
        assert response.status_code == 200
        assert response["Access-Control-Allow-Origin"] == origin
        allow_headers = response["Access-Control-Allow-Headers"].lower()
        assert {"x-datachat-key", "x-datachat-visitor", "content-type"} <= {h.strip() for h in allow_headers.split(",")}
        assert "POST" in response["Access-Control-Allow-Methods"]
        assert int(response["Access-Control-Max-Age"]) > 0
    else:
        assert "Access-Control-Allow-Origin" not in response  # the browser never sends the real call


def test_preflight_follows_embed_changes(client, embed_key, make_embed):
    origin = "https://newsite.example.net"
    preflight = {"Origin": origin, "Access-Control-Request-Method": "POST"}
    assert "Access-Control-Allow-Origin" not in client.options("/api/v1/sessions", headers=preflight)
    embed, _issued = make_embed(name="New site", origins=[origin])
    assert client.options("/api/v1/sessions", headers=preflight)["Access-Control-Allow-Origin"] == origin
    embed.is_active = False
    embed.save()
    assert "Access-Control-Allow-Origin" not in client.options("/api/v1/sessions", headers=preflight)


def test_rate_limit_headers_are_exposed_to_the_widget(client, embed_key):
    response = WidgetClient(client, embed_key).post("/sessions")
    exposed = {h.strip() for h in response["Access-Control-Expose-Headers"].lower().split(",")}
    assert {"retry-after", "x-ratelimit-limit", "x-ratelimit-remaining", "x-ratelimit-reset"} <= exposed


def test_admin_api_never_gets_cors_headers(client, embed_key, make_embed):
    _embed, issued = make_embed(name="Admin target")
    headers = {"Origin": "https://shop.example.com", "Authorization": f"Bearer {issued['sk']}"}
    assert client.get("/api/v1/admin/embeds", headers=headers).status_code == 200
    assert "Access-Control-Allow-Origin" not in client.get("/api/v1/admin/embeds", headers=headers)
    preflight = client.options("/api/v1/admin/embeds", headers={
        "Origin": "https://shop.example.com", "Access-Control-Request-Method": "POST"})
    assert "Access-Control-Allow-Origin" not in preflight
