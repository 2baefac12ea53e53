"""Every bad input the API can get answers a 4xx (or 503) in the error envelope, never a 500 or a write."""

import json

import pytest

from datachat.models import AuditLog, DataChatMessage, EmbedKey
from tests.conftest import ORIGIN, WidgetClient

pytestmark = pytest.mark.django_db

REDIS_DOWN = {"default": {"BACKEND": "django.core.cache.backends.redis.RedisCache",
                          "LOCATION": "redis://127.0.0.1:1/0"}}  # nothing listens on port 1


@pytest.fixture
def api(client, make_embed):
    """``api(method, group, path, body, **headers)``: one call of a route group with the embed's right key."""
    from django.core.cache import cache

    cache.clear()
    embed, issued = make_embed()
    session = WidgetClient(client, issued["pk"]).session()

    def call(method, group, path, body=None, raw=None, **headers):
        path = path.format(embed=embed.pk, session=session)
        if group == "widget":
            headers = {"X-Datachat-Key": issued["pk"], "Origin": ORIGIN, **headers}
        elif "Authorization" not in headers:
            headers = {"Authorization": f"Bearer {issued['sk']}", **headers}
        data = raw if raw is not None else (json.dumps(body) if body is not None else "")
        return getattr(client, method)(f"/api/v1{path}", data, content_type="application/json", headers=headers)

    call.embed, call.session = embed, session
    return call


CASES = [
    # (name, method, group, path, body, headers, status, code)
    ("NUL in a question", "post", "widget", "/sessions/{session}/messages", {"content": "how many\x00 orders"}, {},
     422, "invalid_characters"),
    ("bell in a question", "post", "widget", "/sessions/{session}/messages", {"content": "orders\x07"}, {},
     422, "invalid_characters"),
    ("NUL in a session's user", "post", "widget", "/sessions", {"user": "a\x00b"}, {}, 422, "invalid_characters"),
    ("NUL in an object key", "post", "widget", "/sessions", {"us\x00er": "a"}, {}, 422, "invalid_characters"),
    ("array body (widget)", "post", "widget", "/sessions", ["how many orders"], {}, 422, "invalid_request"),
    ("scalar body (widget)", "post", "widget", "/sessions/{session}/messages", "how many orders", {}, 422,
     "invalid_request"),
    ("null body (widget)", "post", "widget", "/sessions/{session}/messages", None, {}, 422, "invalid_request"),
    ("array body (revoke)", "post", "admin", "/admin/embeds/{embed}/revoke", [None, None], {}, 422,
     "invalid_request"),
    ("number body (admin create)", "post", "admin", "/admin/embeds", 7, {}, 422, "invalid_request"),
    ("array body (hooks)", "post", "hooks", "/hooks", [], {}, 422, "invalid_request"),
    ("not JSON", "post", "widget", "/sessions/{session}/messages", "RAW:{content: x", {}, 422, "invalid_request"),
    ("bad Idempotency-Key", "post", "widget", "/sessions/{session}/messages", {"content": "how many orders"},
     {"Idempotency-Key": "has spaces in it"}, 422, "invalid_request"),
    ("bad bearer on admin POST", "post", "admin", "/admin/embeds/{embed}/revoke", {},
     {"Authorization": "Bearer sk_nope"}, 401, "unauthorized"),
    ("bad bearer on admin GET", "get", "admin", "/admin/embeds", None, {"Authorization": "Bearer sk_nope"}, 401,
     "unauthorized"),
    ("bad bearer on hooks POST", "post", "hooks", "/hooks", {"event": "message.answered",
                                                            "target_url": "https://example.com/h"},
     {"Authorization": "Bearer sk_nope"}, 401, "unauthorized"),
]


@pytest.mark.parametrize(("name", "method", "group", "path", "body", "headers", "status", "code"), CASES,
                         ids=[case[0] for case in CASES])
def test_bad_input_is_refused_in_the_envelope(api, name, method, group, path, body, headers, status, code):
    raw = body[4:] if isinstance(body, str) and body.startswith("RAW:") else None
    if body is None and method == "post":
        raw = "null"
    response = api(method, group, path, body, raw=raw, **headers)
    assert response.status_code == status, response.content
    assert response.json()["error"]["code"] == code
    assert set(response.json()) == {"error"}
    assert not DataChatMessage.objects.exists()  # nothing half-written


def test_revoke_with_an_array_body_revokes_nothing(api):
    before = EmbedKey.objects.filter(embed=api.embed, revoked_at__isnull=True).count()
    assert api("post", "admin", "/admin/embeds/{embed}/revoke", [None, None]).status_code == 422
    assert EmbedKey.objects.filter(embed=api.embed, revoked_at__isnull=True).count() == before == 2


def test_tabs_and_newlines_are_fine(api):
    response = api("post", "widget", "/sessions/{session}/messages", {"content": "how many\torders\nin total?"})
    assert response.status_code == 200, response.content


@pytest.mark.parametrize("group,method,path,body", [
    ("widget", "post", "/sessions/{session}/messages", {"content": "x" * 5000}),
    ("admin", "post", "/admin/embeds/{embed}/revoke", {"prefix": "x" * 5000}),
    ("hooks", "post", "/hooks", {"event": "x" * 5000}),
])
def test_oversized_bodies_are_413(api, settings, group, method, path, body):
    settings.DATA_UPLOAD_MAX_MEMORY_SIZE = 4096
    response = api(method, group, path, body)
    assert response.status_code == 413 and response.json()["error"]["code"] == "too_large"


@pytest.mark.parametrize("group,method,path,body", [
    ("widget", "post", "/sessions", {}),
    ("widget", "post", "/sessions/{session}/messages", {"content": "how many orders"}),
    ("widget", "get", "/sessions/{session}/messages", None),
    ("admin", "get", "/admin/embeds", None),
    ("admin", "post", "/admin/embeds/{embed}/revoke", {"kind": "pk"}),
    ("hooks", "get", "/hooks", None),
    ("hooks", "post", "/hooks", {"event": "message.answered", "target_url": "https://example.com/h"}),
])
def test_every_route_group_answers_503_when_redis_is_down(api, settings, group, method, path, body):
    settings.CACHES = REDIS_DOWN
    response = api(method, group, path, body)
    assert response.status_code == 503, response.content
    assert response.json()["error"]["code"] == "temporarily_unavailable" and response["Retry-After"]


def test_a_refused_flood_writes_a_bounded_number_of_rows(client, make_embed, monkeypatch):
    from django.core.cache import cache

    from datachat import refusals

    cache.clear()
    minute = 30_000_000 + refusals.current_minute() % 1000  # a minute of its own, far from the clock's
    monkeypatch.setattr(refusals, "current_minute", lambda: minute)
    embed, issued = make_embed(rate_limit=5)
    for n in range(300):  # made-up keys, each from a made-up, long origin
        WidgetClient(client, f"pk_{n:08d}_{'x' * 40}", origin=f"https://{n}.example.net/" + "A" * 8000).post(
            "/sessions")
    for n in range(200):  # the right key from origins the embed does not allow
        WidgetClient(client, issued["pk"], origin=f"https://evil{n}.example.net").post("/sessions")
    widget = WidgetClient(client, issued["pk"])
    statuses = [widget.post("/sessions").status_code for _ in range(100)]
    assert statuses.count(201) == 5 and statuses.count(429) == 95
    assert not AuditLog.objects.filter(action__startswith="widget.refused").exists()  # nothing written per call
    written = refusals.flush(minute)
    assert refusals.flush(minute) == 0  # a minute is written once
    rows = AuditLog.objects.filter(action__startswith="widget.refused")
    assert written == rows.count() <= 3 * (refusals.MAX_GROUPS + 1)  # three reasons
    assert sum(row.changes["count"] for row in rows) == 300 + 200 + 95  # every refusal counted
    assert max(len(row.origin) for row in rows) <= 200
    assert rows.filter(target=f"embed:{embed.pk}", action="widget.refused.rate_limit").exists()
