"""``/api/v1/admin/embeds``: a secret key manages its own embed, staff manage all; keys shown once; audited."""

import json

import pytest
from django.test import Client

from datachat import keys
from datachat.models import AuditLog, ChatEmbed, EmbedKey
from tests.conftest import WidgetClient

pytestmark = pytest.mark.django_db

BASE = "/api/v1/admin/embeds"


def bearer(secret: str) -> dict:
    return {"Authorization": f"Bearer {secret}"}


def error(response, status, code=None):
    assert response.status_code == status, response.content
    body = response.json()
    assert set(body) == {"error"} and set(body["error"]) == {"code", "message"}
    if code:
        assert body["error"]["code"] == code


@pytest.fixture
def two(make_embed, make_source, shop_url):
    from django.core.cache import cache

    cache.clear()
    source = make_source(shop_url)
    return make_embed(name="A", source=source), make_embed(name="B", source=source)


@pytest.mark.parametrize("headers, status", [
    ({}, 401),
    ({"Authorization": "Bearer "}, 401),
    ({"Authorization": "Bearer sk_nothing"}, 401),
    ({"Authorization": "Bearer sk_abcdefgh_" + "x" * 32}, 401),
    ({"Authorization": "Basic c2s6eA=="}, 401),
    ("pk", 401),  # the publishable key is no admin credential
])
def test_admin_api_needs_a_secret_key_or_staff(client, two, headers, status):
    if headers == "pk":
        headers = bearer(two[0][1]["pk"])
    error(client.get(BASE, headers=headers), status, "unauthorized")


def test_secret_key_sees_and_manages_only_its_own_embed(client, two):
    (a, issued_a), (b, _issued_b) = two
    listing = client.get(BASE, headers=bearer(issued_a["sk"]))
    assert listing.status_code == 200
    assert [e["id"] for e in listing.json()] == [str(a.pk)]
    one = client.get(f"{BASE}/{a.pk}", headers=bearer(issued_a["sk"])).json()
    assert one["allowed_domains"] == a.allowed_domains and one["rate_limit"] == a.rate_limit
    assert {k["kind"] for k in one["keys"]} == {"pk", "sk"}
    assert all(k["prefix"].endswith("_…") for k in one["keys"])
    assert issued_a["pk"] not in json.dumps(one) and issued_a["sk"] not in json.dumps(one)
    error(client.get(f"{BASE}/{b.pk}", headers=bearer(issued_a["sk"])), 404, "embed_not_found")
    error(client.patch(f"{BASE}/{b.pk}", {"rate_limit": 1}, content_type="application/json",
                       headers=bearer(issued_a["sk"])), 404)
    error(client.post(f"{BASE}/{b.pk}/rotate", {"kind": "pk"}, content_type="application/json",
                      headers=bearer(issued_a["sk"])), 404)
    error(client.post(f"{BASE}/{b.pk}/revoke", {}, content_type="application/json",
                      headers=bearer(issued_a["sk"])), 404)
    error(client.post(BASE, {"name": "C", "allowed_domains": [], "database": "sqlite:///x.db"},
                      content_type="application/json", headers=bearer(issued_a["sk"])), 403, "forbidden")


def test_update_origins_rate_limit_and_theme(client, two):
    (a, issued_a), _b = two
    response = client.patch(f"{BASE}/{a.pk}", {"allowed_domains": ["https://*.example.net"], "rate_limit": 7,
                                               "theme": {"primary": "#000000"}},
                            content_type="application/json", headers=bearer(issued_a["sk"]))
    assert response.status_code == 200, response.content
    a.refresh_from_db()
    assert a.allowed_domains == ["https://*.example.net"] and a.rate_limit == 7 and a.theme == {"primary": "#000000"}
    entry = AuditLog.objects.get(action="embed.updated")
    assert entry.changes["rate_limit"] == [1000, 7] and entry.actor.startswith("key:sk_")
    widget = WidgetClient(client, issued_a["pk"], origin="https://shop.example.net")
    created = widget.post("/sessions")
    assert created.status_code == 201 and created["X-RateLimit-Limit"] == "7"
    error(WidgetClient(client, issued_a["pk"]).post("/sessions"), 403, "origin_not_allowed")


@pytest.mark.parametrize("body", [
    {"allowed_domains": ["shop.example.com"]},
    {"allowed_domains": ["https://*.com"]},
    {"allowed_domains": ["https://shop.example.com/path"]},
    {"allowed_domains": "https://shop.example.com"},
    {"rate_limit": 0},
    {"rate_limit": "many"},
    {"name": ""},
    {"row_filters": {"orders": {"claim": "customer_id"}}},
    {"row_filters": {"orders": {"column": "customer_id"}}},
    {"row_filters": {"orders": {"column": "customer_id", "claim": ""}}},
])
def test_invalid_updates_are_422(client, two, body):
    (a, issued_a), _b = two
    error(client.patch(f"{BASE}/{a.pk}", body, content_type="application/json", headers=bearer(issued_a["sk"])),
          422, "invalid_request")


def test_rotate_returns_the_new_key_once_and_the_old_one_keeps_its_grace(client, two):
    (a, issued_a), _b = two
    response = client.post(f"{BASE}/{a.pk}/rotate", {"kind": "pk", "grace_seconds": 600},
                           content_type="application/json", headers=bearer(issued_a["sk"]))
    assert response.status_code == 200, response.content
    body = response.json()
    assert body["kind"] == "pk" and body["key"].startswith("pk_") and body["previous_keys_expire_at"]
    assert WidgetClient(client, body["key"]).post("/sessions").status_code == 201
    assert WidgetClient(client, issued_a["pk"]).post("/sessions").status_code == 201  # in its grace
    listing = client.get(f"{BASE}/{a.pk}", headers=bearer(issued_a["sk"])).json()
    assert body["key"] not in json.dumps(listing)
    assert sum(k["kind"] == "pk" for k in listing["keys"]) == 2


def test_rotating_the_secret_key_with_no_grace_locks_the_old_one_out(client, two):
    (a, issued_a), _b = two
    new = client.post(f"{BASE}/{a.pk}/rotate", {"kind": "secret", "grace_seconds": 0},
                      content_type="application/json", headers=bearer(issued_a["sk"])).json()["key"]
    error(client.get(BASE, headers=bearer(issued_a["sk"])), 401)
    assert client.get(BASE, headers=bearer(new)).status_code == 200


def test_revoke_one_key_by_prefix_or_all(client, two):
    (a, issued_a), _b = two
    prefix = "pk_" + keys.lookup_of(issued_a["pk"])
    response = client.post(f"{BASE}/{a.pk}/revoke", {"prefix": prefix}, content_type="application/json",
                           headers=bearer(issued_a["sk"]))
    assert response.json() == {"revoked": 1}
    error(WidgetClient(client, issued_a["pk"]).post("/sessions"), 401)
    assert client.get(BASE, headers=bearer(issued_a["sk"])).status_code == 200  # the secret key still works
    error(client.post(f"{BASE}/{a.pk}/revoke", {"prefix": "nonsense"}, content_type="application/json",
                      headers=bearer(issued_a["sk"])), 422)
    everything = client.post(f"{BASE}/{a.pk}/revoke", {}, content_type="application/json",
                             headers=bearer(issued_a["sk"]))
    assert everything.json() == {"revoked": 1}
    error(client.get(BASE, headers=bearer(issued_a["sk"])), 401)
    assert not EmbedKey.objects.usable().filter(embed=a).exists()


def test_staff_session_manages_every_embed(admin_client_logged_in, two, shop_url):
    client = admin_client_logged_in
    assert len(client.get(BASE).json()) == 2
    created = client.post(BASE, {"name": "C", "allowed_domains": ["https://c.example.com"], "rate_limit": 30,
                                 "database": shop_url}, content_type="application/json")
    assert created.status_code == 201, created.content
    body = created.json()
    assert body["publishable_key"].startswith("pk_") and body["secret_key"].startswith("sk_")
    embed = ChatEmbed.objects.get(pk=body["id"])
    assert embed.rate_limit == 30 and embed.allowed_domains == ["https://c.example.com"]
    assert EmbedKey.resolve(body["publishable_key"], "pk").embed == embed
    again = client.get(f"{BASE}/{embed.pk}").json()
    assert body["publishable_key"] not in json.dumps(again) and body["secret_key"] not in json.dumps(again)
    assert AuditLog.objects.get(action="embed.created", target=f"embed:{embed.pk}").actor == "root"
    from_source = client.post(BASE, {"name": "D", "allowed_domains": [], "data_source_id": str(embed.data_source_id)},
                              content_type="application/json")
    assert from_source.status_code == 201
    error(client.post(BASE, {"name": "E", "allowed_domains": []}, content_type="application/json"), 422)
    error(client.post(BASE, {"name": "E", "allowed_domains": [], "database": "mongodb://x"},
                      content_type="application/json"), 422)


def test_staff_writes_need_the_csrf_token(superuser, two):
    client = Client(enforce_csrf_checks=True)
    client.force_login(superuser)
    assert client.get(BASE).status_code == 200
    (a, _issued), _b = two
    response = client.patch(f"{BASE}/{a.pk}", {"rate_limit": 1}, content_type="application/json")
    assert response.status_code in (401, 403)
    a.refresh_from_db()
    assert a.rate_limit != 1


def test_staff_without_permissions_is_403(client, django_user_model, two):
    user = django_user_model.objects.create_user("clerk", password="pw-123456", is_staff=True)
    client.force_login(user)
    error(client.get(BASE), 403, "forbidden")
    from django.contrib.auth.models import Permission

    user.user_permissions.add(Permission.objects.get(codename="view_chatembed"))
    client.force_login(django_user_model.objects.get(pk=user.pk))
    assert client.get(BASE).status_code == 200
    (a, _issued), _b = two
    error(client.post(f"{BASE}/{a.pk}/rotate", {"kind": "pk"}, content_type="application/json"), 403)


def test_non_staff_session_is_401(client, django_user_model, two):
    client.force_login(django_user_model.objects.create_user("visitor", password="pw-123456"))
    error(client.get(BASE), 401)


def test_admin_endpoints_are_in_the_openapi_spec(client):
    paths = client.get("/api/v1/openapi.json").json()["paths"]
    assert {"/api/v1/admin/embeds", "/api/v1/admin/embeds/{embed_id}", "/api/v1/admin/embeds/{embed_id}/rotate",
            "/api/v1/admin/embeds/{embed_id}/revoke"} <= set(paths)


def test_identity_settings_and_secret_through_the_admin_api(client, two):
    (a, issued_a), _b = two
    filters = {"orders": {"column": "customer_id", "claim": "customer_id"}}
    response = client.patch(f"{BASE}/{a.pk}", {"row_filters": filters, "require_identity": True},
                            content_type="application/json", headers=bearer(issued_a["sk"]))
    assert response.status_code == 200, response.content
    body = response.json()
    assert body["row_filters"] == filters and body["require_identity"] is True and not body["identity_secret_set"]
    error(WidgetClient(client, issued_a["pk"]).post("/sessions"), 401, "identity_required")
    issued = client.post(f"{BASE}/{a.pk}/identity-secret", headers=bearer(issued_a["sk"]))
    assert issued.status_code == 200 and issued.json()["identity_secret"].startswith("dcid_")
    shown = client.get(f"{BASE}/{a.pk}", headers=bearer(issued_a["sk"])).json()
    assert shown["identity_secret_set"] is True and "identity_secret" not in shown
