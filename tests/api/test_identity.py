"""Visitor identity (CONTRACT.md section 4): two signed visitors on one embed, on real shop data, each see only
their own rows on every path; the token checks, each with its status and code."""

import csv
import io
import sqlite3
import time
import uuid
from datetime import timedelta

import jwt
import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ed25519, rsa

from datachat.automations.runtime import run_due
from datachat.models import Automation, Execution, StepRun, Trigger
from datachat.services.embeds import issue_identity_secret, revoke_keys, update_embed
from tests.automations.conftest import Receiver, secret_client  # noqa: F401  (a fixture)
from tests.conftest import WidgetClient

pytestmark = pytest.mark.django_db(transaction=True)

FILTERS = {"orders": {"column": "customer_id", "claim": "customer_id"},
           "customers": {"column": "id", "claim": "customer_id"}}


def mint(secret, embed, sub, *, ttl=300, alg="HS256", **claims) -> str:
    now = int(time.time())
    body = {"sub": sub, "aud": str(embed.pk), "iat": now, "exp": now + ttl, **claims}
    return jwt.encode({k: v for k, v in body.items() if v is not None}, secret, algorithm=alg)


class Visitor(WidgetClient):
    """A widget client that sends ``X-Datachat-Identity``."""

    def __init__(self, base: WidgetClient, token: str | None):
        super().__init__(base.client, base.key, embed=base.embed, secret=base.secret)
        self.token = token

    def headers(self, **extra):
        headers = super().headers(**extra)
        if self.token:
            headers["X-Datachat-Identity"] = self.token
        return headers


@pytest.fixture
def tenant(widget):
    """The shop embed with claim row filters and an identity secret: ``(widget, secret)``."""
    update_embed(widget.embed, row_filters=FILTERS)
    return widget, issue_identity_secret(widget.embed)


def orders_of(shop_path, customer_id) -> int:
    with sqlite3.connect(shop_path) as db:
        return db.execute("SELECT COUNT(*) FROM orders WHERE customer_id = ?", (customer_id,)).fetchone()[0]


def two_customers(shop_path) -> tuple[int, int]:
    with sqlite3.connect(shop_path) as db:
        rows = db.execute("SELECT customer_id, COUNT(*) c FROM orders GROUP BY customer_id ORDER BY c DESC").fetchall()
    return rows[0][0], rows[-1][0]  # the busiest and the quietest customer: different counts


def error(response, status, code):
    assert response.status_code == status, response.content
    assert response.json()["error"]["code"] == code
    return response


def test_each_visitor_sees_only_their_rows_on_every_path(tenant, shop_path):
    widget, secret = tenant
    (ca, cb) = two_customers(shop_path)
    alice = Visitor(widget, mint(secret, widget.embed, "alice", customer_id=ca))
    bob = Visitor(widget, mint(secret, widget.embed, "bob", customer_id=cb))
    counts = {"alice": orders_of(shop_path, ca), "bob": orders_of(shop_path, cb)}
    assert counts["alice"] != counts["bob"]

    answers = {}
    for name, visitor in (("alice", alice), ("bob", bob)):
        session = visitor.session()
        answer = visitor.ask(session, "How many orders are there?").json()
        assert answer["data"]["rows"][0][0] == counts[name], answer
        follow = visitor.ask(session, "by status").json()  # a follow-up keeps the filter
        assert follow["sql"] and sum(row[-1] for row in follow["data"]["rows"]) == counts[name], follow
        redraw = visitor.ask(session, "show it as a pie chart").json()
        assert sum(row[-1] for row in redraw["data"]["rows"]) == counts[name], redraw
        answers[name] = (session, answer["id"])

    (a_session, a_answer), (b_session, b_answer) = answers["alice"], answers["bob"]
    # history: one's own; another visitor's session is unknown, an anonymous call is refused
    assert len(alice.get(f"/sessions/{a_session}/messages").json()) == 6
    error(bob.get(f"/sessions/{a_session}/messages"), 404, "session_not_found")
    error(bob.ask(a_session, "How many orders are there?"), 404, "session_not_found")
    error(alice.get(f"/sessions/{b_session}/messages"), 404, "session_not_found")
    error(Visitor(widget, None).get(f"/sessions/{a_session}/messages"), 401, "identity_required")

    # exports: the visitor's own rows only; another visitor's answer is unknown
    exported = alice.get(f"/messages/{a_answer}/export.csv")
    assert exported.status_code == 200
    rows = list(csv.reader(io.StringIO(exported.content.decode())))
    assert int(rows[1][0]) == counts["alice"]
    for fmt in ("csv", "svg", "png"):
        error(bob.get(f"/messages/{a_answer}/export.{fmt}"), 404, "message_not_found")
        error(alice.get(f"/messages/{b_answer}/export.{fmt}"), 404, "message_not_found")

    # feedback: only on one's own answers
    error(bob.post(f"/messages/{a_answer}/feedback", {"helpful": True}), 404, "message_not_found")
    assert alice.post(f"/messages/{a_answer}/feedback", {"helpful": True}).status_code == 200

    # the same visitor with a renewed token keeps the conversation
    renewed = Visitor(widget, mint(secret, widget.embed, "alice", customer_id=ca))
    assert renewed.get(f"/sessions/{a_session}/messages").status_code == 200


def test_export_after_the_token_expired_is_refused(tenant, shop_path, settings):
    settings.DATACHAT_IDENTITY_LEEWAY = 0
    widget, secret = tenant
    ca, _ = two_customers(shop_path)
    alice = Visitor(widget, mint(secret, widget.embed, "alice", ttl=2, customer_id=ca))
    session = alice.session()
    answer = alice.ask(session, "How many orders are there?").json()
    assert alice.get(f"/messages/{answer['id']}/export.csv").status_code == 200
    time.sleep(2.2)
    error(alice.get(f"/messages/{answer['id']}/export.csv"), 401, "identity_expired")
    error(Visitor(widget, None).get(f"/messages/{answer['id']}/export.csv"), 401, "identity_required")


def test_scheduled_report_runs_later_with_the_visitors_claims(tenant, shop_path, settings, secret_client):  # noqa: F811
    settings.DATACHAT_WEBHOOKS_ALLOW_PRIVATE = True
    settings.DATACHAT_WEBHOOK_TIMEOUT = 5
    widget, secret = tenant
    ca, cb = two_customers(shop_path)
    receiver = Receiver()
    try:
        api = secret_client(widget.secret)
        for event in ("report.ready", "intent.schedule_report"):
            assert api.post("/hooks", {"target_url": receiver.url("/" + event), "event": event}).status_code == 201
        tokens = {}
        for name, customer in (("alice", ca), ("bob", cb)):
            tokens[name] = mint(secret, widget.embed, name, customer_id=customer)
            visitor = Visitor(widget, tokens[name])
            session = visitor.session()
            visitor.ask(session, "How many orders are there?")
            reply = visitor.ask(session, "send me this every Monday at 9").json()
            assert reply["intents"][0]["name"] == "schedule_report", reply
        assert Automation.objects.filter(kind="report").count() == 2

        due = max(Trigger.objects.values_list("next_run_at", flat=True))
        run_due(now=due + timedelta(seconds=5))
        assert Execution.objects.filter(status=Execution.PROCESSED).count() == 2
        bodies = {}
        for request in receiver.requests:
            assert not any(token in request["body"] for token in tokens.values())  # never the token
        intents = [r for r in receiver.bodies() if r["type"] == "intent.schedule_report"]
        assert sorted(body["data"]["sub"] for body in intents) == ["alice", "bob"]
        for body in receiver.bodies():
            if body["type"] == "report.ready":
                automation = Automation.objects.get(pk=body["data"]["automation_id"])
                bodies[automation.config["identity"]["sub"]] = body["data"]["result"]["rows"][0][0]
        assert bodies == {"alice": orders_of(shop_path, ca), "bob": orders_of(shop_path, cb)}

        # revoking the embed's keys stops its scheduled reports
        revoke_keys(widget.embed)
        run_due(now=due + timedelta(days=7, seconds=5))
        later = Execution.objects.exclude(status=Execution.PROCESSED)
        assert later.count() == 2  # both ran again, and neither got through
        errors = StepRun.objects.filter(execution__in=later, step_id="query").exclude(error="").values_list(
            "error", flat=True)  # (a retry waiting its turn has no error yet)
        assert len(errors) == 2 and all("revoked" in error for error in errors)
        assert len([b for b in receiver.bodies() if b["type"] == "report.ready"]) == 2
    finally:
        receiver.close()


def _rsa_pair():
    private = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    pem = private.public_key().public_bytes(serialization.Encoding.PEM,
                                            serialization.PublicFormat.SubjectPublicKeyInfo).decode()
    return private, pem


def _tampered(token: str) -> str:
    head, body, signature = token.split(".")
    return ".".join([head, body, ("A" if signature[0] != "A" else "B") + signature[1:]])


def _unsigned(embed, sub="alice", **claims) -> str:
    now = int(time.time())
    return jwt.encode({"sub": sub, "aud": str(embed.pk), "exp": now + 60, **claims}, None, algorithm="none")


TOKEN_CASES = {
    "valid": (lambda t: t.mint(customer_id=1), 201, None),
    "expired": (lambda t: t.mint(ttl=-120, customer_id=1), 401, "identity_expired"),
    "not yet valid": (lambda t: t.mint(customer_id=1, nbf=int(time.time()) + 600), 401, "identity_invalid"),
    "issued in the future": (lambda t: t.mint(customer_id=1, iat=int(time.time()) + 600), 401, "identity_invalid"),
    "wrong aud": (lambda t: t.mint(customer_id=1, aud=str(uuid.uuid4())), 401, "identity_invalid"),
    "no exp": (lambda t: jwt.encode({"sub": "a", "aud": str(t.embed.pk), "customer_id": 1}, t.secret), 401,
               "identity_invalid"),
    "exp beyond the allowed lifetime": (lambda t: t.mint(ttl=10 * 86400, customer_id=1), 401, "identity_invalid"),
    "tampered signature": (lambda t: _tampered(t.mint(customer_id=1)), 401, "identity_invalid"),
    "tampered claims": (lambda t: ".".join([t.mint(customer_id=1).split(".")[0],
                                            t.mint(customer_id=2).split(".")[1],
                                            t.mint(customer_id=1).split(".")[2]]), 401, "identity_invalid"),
    "alg none": (lambda t: _unsigned(t.embed, customer_id=1), 401, "identity_invalid"),
    "HS256 signed with the public key (confusion)": (
        lambda t: t.hs_with_public_key(), 401, "identity_invalid"),
    "RS256 with the registered key": (lambda t: t.rs256(), 201, None),
    "RS256 with another key": (lambda t: t.rs256(other=True), 401, "identity_invalid"),
    "wrong secret": (lambda t: t.mint(customer_id=1, secret="dcid_" + "x" * 43), 401, "identity_invalid"),
    "token of embed A on embed B": (lambda t: t.other_embed_token(), 401, "identity_invalid"),
    "missing claim": (lambda t: t.mint(), 401, "identity_invalid"),
    "claim not a scalar": (lambda t: t.mint(customer_id=[1, 2]), 401, "identity_invalid"),
    "identity required but absent": (lambda t: None, 401, "identity_required"),
    "garbage": (lambda t: "not.a.token", 401, "identity_invalid"),
}


class Tokens:
    """Token makers for one embed (HS256 secret and a registered RSA public key)."""

    def __init__(self, embed, secret, make_embed):
        self.embed, self.secret, self.make_embed = embed, secret, make_embed
        self.private, pem = _rsa_pair()
        update_embed(embed, identity_public_key=pem)
        self.public_pem = pem

    def mint(self, *, secret=None, ttl=300, sub="alice", **claims):
        return mint(secret or self.secret, self.embed, sub, ttl=ttl, **claims)

    def hs_with_public_key(self):
        import base64
        import hashlib
        import hmac
        import json

        def b64(data: bytes) -> str:
            return base64.urlsafe_b64encode(data).rstrip(b"=").decode()

        now = int(time.time())
        head = b64(json.dumps({"alg": "HS256", "typ": "JWT"}).encode())
        body = b64(json.dumps({"sub": "a", "aud": str(self.embed.pk), "exp": now + 60, "customer_id": 1}).encode())
        signature = hmac.new(self.public_pem.encode(), f"{head}.{body}".encode(), hashlib.sha256).digest()
        return f"{head}.{body}.{b64(signature)}"

    def rs256(self, other=False):
        key = _rsa_pair()[0] if other else self.private
        now = int(time.time())
        return jwt.encode({"sub": "r", "aud": str(self.embed.pk), "exp": now + 60, "customer_id": 1}, key,
                          algorithm="RS256")

    def other_embed_token(self):
        other, _keys = self.make_embed(name="Embed B")
        other_secret = issue_identity_secret(other)
        return mint(other_secret, other, "alice", customer_id=1)


@pytest.mark.parametrize("case", list(TOKEN_CASES), ids=list(TOKEN_CASES))
def test_token_checks(case, tenant, make_embed):
    widget, secret = tenant
    make, status, code = TOKEN_CASES[case]
    token = make(Tokens(widget.embed, secret, make_embed))
    response = Visitor(widget, token).post("/sessions")
    assert response.status_code == status, response.content
    if code:
        assert response.json()["error"]["code"] == code
        assert token is None or token not in response.content.decode()


def test_eddsa_public_key_verifies(tenant):
    widget, _ = tenant
    private = ed25519.Ed25519PrivateKey.generate()
    pem = private.public_key().public_bytes(serialization.Encoding.PEM,
                                            serialization.PublicFormat.SubjectPublicKeyInfo).decode()
    update_embed(widget.embed, identity_public_key=pem)
    now = int(time.time())
    token = jwt.encode({"sub": "e", "aud": str(widget.embed.pk), "exp": now + 60, "customer_id": 1}, private,
                       algorithm="EdDSA")
    assert Visitor(widget, token).post("/sessions").status_code == 201


def test_replayed_jti_is_refused_but_serves_its_own_conversation(tenant):
    widget, secret = tenant
    visitor = Visitor(widget, mint(secret, widget.embed, "alice", customer_id=1, jti="nonce-1"))
    session = visitor.session()
    assert visitor.get(f"/sessions/{session}/messages").status_code == 200
    error(visitor.post("/sessions"), 401, "identity_invalid")
    other = Visitor(widget, mint(secret, widget.embed, "alice", customer_id=1, jti="nonce-2"))
    other_session = other.session()
    error(visitor.get(f"/sessions/{other_session}/messages"), 401, "identity_invalid")


def test_optional_identity_on_an_open_embed(widget):
    """Without claim filters or the requirement, anonymous visitors are welcome, but a bad token is never
    silently treated as anonymous, and an identified session is not an anonymous one."""
    secret = issue_identity_secret(widget.embed)
    anonymous = Visitor(widget, None)
    assert anonymous.post("/sessions").status_code == 201
    error(Visitor(widget, mint(secret, widget.embed, "a", ttl=-300)).post("/sessions"), 401, "identity_expired")
    identified = Visitor(widget, mint(secret, widget.embed, "a"))
    session = identified.session()
    error(anonymous.get(f"/sessions/{session}/messages"), 404, "session_not_found")
    update_embed(widget.embed, require_identity=True)
    error(anonymous.post("/sessions"), 401, "identity_required")


def test_visitor_rate_limit_counts_per_sub(tenant, settings):
    settings.DATACHAT_VISITOR_RATE_LIMIT = 2
    widget, secret = tenant
    alice = Visitor(widget, mint(secret, widget.embed, "alice", customer_id=1))
    bob = Visitor(widget, mint(secret, widget.embed, "bob", customer_id=2))
    assert [alice.post("/sessions").status_code for _ in range(3)] == [201, 201, 429]
    assert bob.post("/sessions").status_code == 201
