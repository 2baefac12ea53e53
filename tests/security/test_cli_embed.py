"""``datachat embed create|list|rotate|revoke`` (CONTRACT.md section 2), run in-process on the test database."""

import json

import pytest

from datachat.cli import build_parser
from datachat.models import AuditLog, ChatEmbed, EmbedKey
from tests.conftest import WidgetClient

pytestmark = pytest.mark.django_db


def run(capsys, *argv) -> str:
    args = build_parser().parse_args(list(argv))
    assert args.func(args) == 0
    return capsys.readouterr().out


def create(capsys, shop_url, *origins) -> dict:
    origin_args = [arg for origin in origins or ("https://shop.example.com",) for arg in ("--origin", origin)]
    return json.loads(run(capsys, "embed", "create", "--name", "CLI shop", *origin_args, "--rate-limit", "30",
                          "--database", shop_url))


def test_create_prints_the_contract_fields_and_both_keys_once(capsys, shop_url):
    issued = create(capsys, shop_url, "https://shop.example.com", "https://*.example.org")
    assert {"id", "publishable_key", "secret_key"} <= set(issued)
    embed = ChatEmbed.objects.get(pk=issued["id"])
    assert embed.allowed_domains == ["https://shop.example.com", "https://*.example.org"] and embed.rate_limit == 30
    assert EmbedKey.resolve(issued["publishable_key"], "pk").embed == embed
    assert EmbedKey.resolve(issued["secret_key"], "sk").embed == embed
    assert AuditLog.objects.get(action="embed.created").actor == "cli"


def test_list_shows_prefixes_never_keys(capsys, shop_url):
    issued = create(capsys, shop_url)
    text = run(capsys, "embed", "list")
    assert issued["id"] in text and "30/min" in text and "pk_" in text
    rows = json.loads(run(capsys, "embed", "list", "--json"))
    assert [row["id"] for row in rows] == [issued["id"]]
    for output in (text, json.dumps(rows)):
        assert issued["publishable_key"] not in output and issued["secret_key"] not in output


def test_rotate_then_revoke(client, capsys, shop_url):
    issued = create(capsys, shop_url)
    rotated = json.loads(run(capsys, "embed", "rotate", issued["id"], "--kind", "pk", "--grace", "0"))
    assert rotated["kind"] == "pk" and rotated["key"].startswith("pk_")
    assert WidgetClient(client, issued["publishable_key"]).post("/sessions").status_code == 401
    assert WidgetClient(client, rotated["key"]).post("/sessions").status_code == 201
    revoked = json.loads(run(capsys, "embed", "revoke", issued["id"], "--kind", "pk"))
    assert revoked == {"id": issued["id"], "revoked": 1}
    assert WidgetClient(client, rotated["key"]).post("/sessions").status_code == 401
    assert {"embed.key_rotated", "embed.keys_revoked"} <= set(AuditLog.objects.values_list("action", flat=True))


def test_revoke_by_prefix(capsys, shop_url):
    issued = create(capsys, shop_url)
    prefix = "sk_" + issued["secret_key"].split("_")[1]
    assert json.loads(run(capsys, "embed", "revoke", issued["id"], "--prefix", prefix))["revoked"] == 1
    assert EmbedKey.resolve(issued["secret_key"], "sk") is None
    assert EmbedKey.resolve(issued["publishable_key"], "pk") is not None


@pytest.mark.parametrize("argv, message", [
    (["embed", "rotate", "not-a-uuid", "--kind", "pk"], "no embed"),
    (["embed", "rotate", "00000000-0000-0000-0000-000000000000", "--kind", "pk"], "no embed"),
    (["embed", "revoke", "00000000-0000-0000-0000-000000000000"], "no embed"),
    (["embed", "create", "--name", "X", "--origin", "https://*.com", "--rate-limit", "5", "--database",
      "sqlite:///x.db"], "not an origin"),
])
def test_bad_arguments_exit_with_a_message(argv, message):
    args = build_parser().parse_args(argv)
    with pytest.raises(SystemExit) as exited:
        args.func(args)
    assert message in str(exited.value)


def test_show_and_update_are_audited_and_take_effect_at_once(client, capsys, shop_url):
    issued = create(capsys, shop_url)
    shown = json.loads(run(capsys, "embed", "show", issued["id"]))
    assert shown["allowed_domains"] == ["https://shop.example.com"] and shown["identity_secret_set"] is False
    assert issued["publishable_key"] not in json.dumps(shown)

    new_site = WidgetClient(client, issued["publishable_key"], origin="https://new.example.com")
    assert new_site.post("/sessions").status_code == 403
    updated = json.loads(run(capsys, "embed", "update", issued["id"], "--add-origin", "https://new.example.com",
                             "--remove-origin", "https://shop.example.com", "--rate-limit", "12",
                             "--name", "Renamed"))
    assert updated["allowed_domains"] == ["https://new.example.com"] and updated["rate_limit"] == 12
    assert updated["name"] == "Renamed" and "identity_secret" not in updated
    assert new_site.post("/sessions").status_code == 201
    assert WidgetClient(client, issued["publishable_key"]).post("/sessions").status_code == 403
    audit = AuditLog.objects.filter(action="embed.updated").latest("created_at")
    assert audit.actor == "cli" and audit.changes["rate_limit"] == [30, 12]


def test_update_row_filters_identity_and_secret_printed_once(capsys, shop_url):
    issued = create(capsys, shop_url)
    out = json.loads(run(capsys, "embed", "update", issued["id"], "--row-filter",
                         "orders.customer_id=claim:customer_id", "--row-filter", "customers.country=France",
                         "--require-identity", "--identity-secret"))
    assert out["row_filters"] == {"orders": {"column": "customer_id", "claim": "customer_id"},
                                  "customers": {"column": "country", "value": "France"}}
    assert out["require_identity"] is True and out["identity_secret"].startswith("dcid_")
    embed = ChatEmbed.objects.get(pk=issued["id"])
    assert out["identity_secret"] not in embed.identity_secret  # stored encrypted
    again = json.loads(run(capsys, "embed", "show", issued["id"]))
    assert "identity_secret" not in again and again["identity_secret_set"] is True
    assert AuditLog.objects.filter(action="embed.identity_secret_issued", actor="cli").exists()
    off = json.loads(run(capsys, "embed", "update", issued["id"], "--no-require-identity"))
    assert off["require_identity"] is False


@pytest.mark.parametrize("argv, problem", [
    (["--add-origin", "shop.example.com"], "not an origin"),
    (["--rate-limit", "0"], "at least 1"),
    (["--row-filter", "orders=claim:x"], "TABLE.COLUMN=claim:NAME"),
    (["--row-filter", "orders.customer_id=claim:"], "names no claim"),
])
def test_update_refuses_bad_input(capsys, shop_url, argv, problem):
    issued = create(capsys, shop_url)
    args = build_parser().parse_args(["embed", "update", issued["id"], *argv])
    with pytest.raises(SystemExit, match=problem):
        args.func(args)
    assert ChatEmbed.objects.get(pk=issued["id"]).rate_limit == 30


def test_update_registers_a_public_key(capsys, shop_url, tmp_path):
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric import ed25519

    issued = create(capsys, shop_url)
    pem = ed25519.Ed25519PrivateKey.generate().public_key().public_bytes(
        serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo)
    (tmp_path / "key.pem").write_bytes(pem)
    (tmp_path / "bad.pem").write_text("not a key")
    out = json.loads(run(capsys, "embed", "update", issued["id"], "--public-key", str(tmp_path / "key.pem")))
    assert out["identity_public_key_set"] is True
    args = build_parser().parse_args(["embed", "update", issued["id"], "--public-key", str(tmp_path / "bad.pem")])
    with pytest.raises(SystemExit, match="not a PEM public key"):
        args.func(args)
    assert ChatEmbed.objects.get(pk=issued["id"]).identity_public_key == pem.decode().strip()
