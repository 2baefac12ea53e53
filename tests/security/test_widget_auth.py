"""Widget calls end to end: keys, revocation, rotation grace, rate-limit headers, visitor limits, audit."""

import json
from datetime import timedelta

import pytest
from django.utils import timezone

from datachat import keys
from datachat.models import AuditLog, EmbedKey
from datachat.services import embeds as embed_service
from tests.conftest import WidgetClient

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _fresh_cache(any_cache):
    return any_cache


def flushed():
    """Write the refusals counted so far (they are kept in the cache and written once a minute)."""
    from datachat import refusals

    for minute in (refusals.current_minute() - 1, refusals.current_minute()):
        refusals.flush(minute)
    return AuditLog.objects


def test_keys_are_stored_only_as_hashes(make_embed):
    embed, issued = make_embed()
    stored = list(EmbedKey.objects.filter(embed=embed).values("kind", "lookup", "digest"))
    assert {row["kind"] for row in stored} == {"pk", "sk"}
    for value in issued.values():
        assert value.startswith(("pk_", "sk_")) and len(value) >= 40
        assert value not in json.dumps(stored)
        row = next(r for r in stored if r["lookup"] == keys.lookup_of(value))
        assert row["digest"] == keys.digest(value) and keys.matches(value, row["digest"])


@pytest.mark.parametrize("mangle", [
    lambda k: k[:-1] + ("A" if k[-1] != "A" else "B"),  # right lookup, wrong secret: constant-time mismatch
    lambda k: k.replace("pk_", "sk_", 1),  # right secret, wrong kind
    lambda k: k + "x",
    lambda k: k.split("_", 2)[0] + "_" + k.split("_", 2)[1],  # the public prefix alone
])
def test_wrong_keys_are_401_and_audited_without_secrets(client, make_embed, mangle):
    _embed, issued = make_embed()
    bad = mangle(issued["pk"])
    response = WidgetClient(client, bad).post("/sessions")
    assert response.status_code == 401 and response.json()["error"]["code"] == "unauthorized"
    entry = flushed().get(action="widget.refused.bad_key")
    dumped = json.dumps([entry.target, entry.changes, entry.origin])
    secret_part = issued["pk"].split("_", 2)[2]
    assert secret_part not in dumped and bad.split("_", 2)[-1][:20] not in dumped.replace(entry.target, "")


def test_revoked_key_is_401_at_once(client, make_embed):
    embed, issued = make_embed()
    widget = WidgetClient(client, issued["pk"])
    assert widget.post("/sessions").status_code == 201
    embed_service.revoke_keys(embed, keys.PUBLISHABLE, actor="test")
    assert widget.post("/sessions").status_code == 401
    assert AuditLog.objects.filter(action="embed.keys_revoked", target=f"embed:{embed.pk}").exists()


def test_inactive_embed_is_401(client, make_embed):
    embed, issued = make_embed()
    embed.is_active = False
    embed.save()
    assert WidgetClient(client, issued["pk"]).post("/sessions").status_code == 401


def test_rotation_keeps_the_old_key_for_the_grace_period(client, make_embed, settings):
    settings.DATACHAT_KEY_ROTATION_GRACE = 3600
    embed, issued = make_embed()
    new = embed_service.rotate_key(embed, keys.PUBLISHABLE, actor="test")
    old_client, new_client = WidgetClient(client, issued["pk"]), WidgetClient(client, new)
    assert old_client.post("/sessions").status_code == 201
    assert new_client.post("/sessions").status_code == 201
    old = EmbedKey.objects.get(lookup=keys.lookup_of(issued["pk"]))
    assert timedelta(minutes=59) < old.expires_at - timezone.now() <= timedelta(hours=1)
    old.expires_at = timezone.now() - timedelta(seconds=1)  # the grace period is over
    old.save()
    assert old_client.post("/sessions").status_code == 401
    assert new_client.post("/sessions").status_code == 201
    entry = AuditLog.objects.get(action="embed.key_rotated")
    assert entry.changes["grace_seconds"] == 3600 and new not in json.dumps(entry.changes)


def test_rotation_with_zero_grace_ends_the_old_key_now(client, make_embed):
    embed, issued = make_embed()
    embed_service.rotate_key(embed, keys.PUBLISHABLE, grace_seconds=0)
    assert WidgetClient(client, issued["pk"]).post("/sessions").status_code == 401


def test_accepted_calls_carry_rate_limit_headers(client, make_embed):
    _embed, issued = make_embed(rate_limit=5)
    widget = WidgetClient(client, issued["pk"])
    created = widget.post("/sessions")
    assert created.status_code == 201
    assert created["X-RateLimit-Limit"] == "5" and created["X-RateLimit-Remaining"] == "4"
    assert int(created["X-RateLimit-Reset"]) > timezone.now().timestamp()
    session = created.json()["id"]
    history = widget.get(f"/sessions/{session}/messages")
    assert history["X-RateLimit-Remaining"] == "3"
    missing = widget.get("/sessions/00000000-0000-0000-0000-000000000000/messages")  # 404s are counted too
    assert missing.status_code == 404 and missing["X-RateLimit-Remaining"] == "2"


def test_every_call_counts_and_429_says_when_to_retry(client, make_embed):
    embed, issued = make_embed(rate_limit=2)
    widget = WidgetClient(client, issued["pk"])
    session = widget.session()
    assert widget.get(f"/sessions/{session}/messages").status_code == 200
    refused = widget.ask(session, "how many orders?")
    assert refused.status_code == 429
    assert refused.json() == {"error": {"code": "rate_limited", "message": refused.json()["error"]["message"]}}
    assert 55 <= int(refused["Retry-After"]) <= 60
    assert refused["X-RateLimit-Limit"] == "2" and refused["X-RateLimit-Remaining"] == "0"
    assert refused["Access-Control-Allow-Origin"] == widget.origin  # the widget can read why
    entry = flushed().get(action="widget.refused.rate_limit")
    assert entry.target == f"embed:{embed.pk}" and entry.changes["scope"] == "embed" and entry.changes["count"] == 1
    assert issued["pk"] not in json.dumps(entry.changes)


def test_visitor_limit_is_off_by_default(client, make_embed):
    _embed, issued = make_embed(rate_limit=10)
    widget = WidgetClient(client, issued["pk"])
    assert all(widget.post("/sessions", **{"X-Datachat-Visitor": "v1"}).status_code == 201 for _ in range(6))


def test_one_visitor_cannot_spend_the_embeds_budget(client, make_embed, settings):
    settings.DATACHAT_VISITOR_RATE_LIMIT = 3
    embed, issued = make_embed(rate_limit=5)
    widget = WidgetClient(client, issued["pk"])
    greedy = [widget.post("/sessions", **{"X-Datachat-Visitor": "greedy"}) for _ in range(10)]
    assert [r.status_code for r in greedy] == [201] * 3 + [429] * 7
    assert greedy[-1]["X-RateLimit-Limit"] == "3"
    assert sum(e.changes["count"] for e in flushed().filter(action="widget.refused.rate_limit",
                                                           changes__scope="visitor")) == 7
    others = [widget.post("/sessions", **{"X-Datachat-Visitor": "polite"}).status_code for _ in range(2)]
    assert others == [201, 201]  # the embed still had 2 of its 5 calls: greedy's refusals cost it nothing
    third = widget.post("/sessions", **{"X-Datachat-Visitor": "third"})
    assert third.status_code == 429 and third["X-RateLimit-Limit"] == "5"


def test_visitor_falls_back_to_the_client_ip(client, make_embed, settings):
    settings.DATACHAT_VISITOR_RATE_LIMIT = 1
    _embed, issued = make_embed(rate_limit=100)
    headers = WidgetClient(client, issued["pk"]).headers()

    def post(ip):
        return client.post("/api/v1/sessions", {}, content_type="application/json", headers=headers,
                           REMOTE_ADDR=ip).status_code

    assert [post("203.0.113.1"), post("203.0.113.1"), post("203.0.113.2")] == [201, 429, 201]


def test_refused_calls_do_not_touch_the_budget_of_other_embeds(client, make_embed):
    _a, issued_a = make_embed(name="A", rate_limit=1)
    _b, issued_b = make_embed(name="B", rate_limit=1)
    a, b = WidgetClient(client, issued_a["pk"]), WidgetClient(client, issued_b["pk"])
    assert a.post("/sessions").status_code == 201
    assert a.post("/sessions").status_code == 429
    assert b.post("/sessions").status_code == 201


def test_sessions_belong_to_their_embed(client, make_embed):
    _a, issued_a = make_embed(name="A")
    _b, issued_b = make_embed(name="B")
    a, b = WidgetClient(client, issued_a["pk"]), WidgetClient(client, issued_b["pk"])
    session = a.session()
    assert a.get(f"/sessions/{session}/messages").status_code == 200
    for response in (b.get(f"/sessions/{session}/messages"), b.ask(session, "how many orders?")):
        assert response.status_code == 404 and response.json()["error"]["code"] == "session_not_found"


def test_refused_origin_is_audited_with_the_origin_and_no_key(client, make_embed):
    embed, issued = make_embed()
    WidgetClient(client, issued["pk"], origin="https://evil.example.net").post("/sessions")
    entry = flushed().get(action="widget.refused.origin")
    assert entry.target == f"embed:{embed.pk}" and entry.origin == "https://evil.example.net"
    assert issued["pk"] not in json.dumps([entry.target, entry.changes, entry.origin])


def test_no_audit_log_entry_ever_holds_a_key(client, make_embed, settings):
    settings.DATACHAT_VISITOR_RATE_LIMIT = 1
    embed, issued = make_embed(rate_limit=1)
    values = [*issued.values(), embed_service.rotate_key(embed, keys.SECRET, actor="t")]
    embed_service.revoke_keys(embed, keys.SECRET, actor="t")
    widget = WidgetClient(client, issued["pk"])
    widget.post("/sessions")
    widget.post("/sessions")
    WidgetClient(client, issued["pk"], origin="https://evil.example.net").post("/sessions")
    WidgetClient(client, issued["pk"][:-3] + "zzz").post("/sessions")
    client.get("/api/v1/admin/embeds", headers={"Authorization": f"Bearer {values[-1]}"})
    dump = json.dumps(list(flushed().values("actor", "action", "target", "changes", "origin")), default=str)
    assert {"embed.created", "embed.key_rotated", "embed.keys_revoked", "widget.refused.rate_limit",
            "widget.refused.origin", "widget.refused.bad_key", "admin.refused.bad_key"} <= set(
        AuditLog.objects.values_list("action", flat=True))
    for value in values:
        assert value.split("_", 2)[2] not in dump


def test_resolved_keys_are_cached_and_dropped_on_every_change(client, make_embed, django_assert_max_num_queries):
    embed, issued = make_embed(rate_limit=100)
    widget = WidgetClient(client, issued["pk"])
    widget.get("/sessions/00000000-0000-0000-0000-000000000000/messages")
    with django_assert_max_num_queries(1):  # only the session lookup: key and embed come from the cache
        assert widget.get("/sessions/00000000-0000-0000-0000-000000000000/messages").status_code == 404
    embed.allowed_domains = ["https://elsewhere.example.com"]
    embed.save()  # a save anywhere takes effect on the next call
    assert widget.post("/sessions").status_code == 403
    embed_service.update_embed(embed, allowed_domains=["https://shop.example.com"])
    assert widget.post("/sessions").status_code == 201
    embed_service.revoke_keys(embed, keys.PUBLISHABLE)
    assert widget.post("/sessions").status_code == 401
