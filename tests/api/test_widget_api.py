"""The widget API of CONTRACT.md section 4, through the real middleware stack."""

import json

import pytest

from tests.conftest import ORIGIN, WidgetClient

pytestmark = pytest.mark.django_db


def test_session_then_message_then_history(widget):
    created = widget.post("/sessions")
    assert created.status_code == 201
    body = created.json()
    assert set(body) >= {"id", "expires_at", "suggestions"}
    assert body["suggestions"] and all(isinstance(s, str) for s in body["suggestions"])
    assert body["embed"]["theme"]["primary"].startswith("#")

    answer = widget.ask(body["id"], "How many orders are there?")
    assert answer.status_code == 200, answer.content
    message = answer.json()
    assert set(message) >= {"id", "role", "content", "sql", "data", "chart", "intents", "created_at"}
    assert message["role"] == "assistant"
    assert message["sql"].upper().startswith(("SELECT", "WITH"))
    assert message["data"]["columns"] and message["data"]["rows"]
    assert message["data"]["truncated"] is False
    assert message["clarification"] is None
    assert "order" in message["interpretation"].lower()
    count = message["data"]["rows"][0][0]
    from datachat.demo import build_shop_database  # noqa: F401  (the shop is the fixture's database)
    assert isinstance(count, int) and count > 1000

    history = widget.get(f"/sessions/{body['id']}/messages")
    assert history.status_code == 200
    turns = history.json()
    assert [t["role"] for t in turns] == ["user", "assistant"]
    assert turns[0]["content"] == "How many orders are there?"
    assert turns[1]["id"] == message["id"]


def test_answer_has_chart_for_grouped_question(widget):
    session = widget.session()
    message = widget.ask(session, "number of orders by status").json()
    assert message["sql"] and len(message["data"]["rows"]) >= 2
    assert message["chart"] is not None
    assert "$schema" in message["chart"] and "vega-lite" in message["chart"]["$schema"]


def test_streamed_answer_sends_progress_then_message(widget):
    session = widget.session()
    response = widget.ask(session, "How many customers are there?", HTTP_ACCEPT="text/event-stream",
                          Accept="text/event-stream")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/event-stream")
    text = b"".join(response.streaming_content).decode()
    events = [block for block in text.split("\n\n") if block.strip()]
    names = [block.splitlines()[0].removeprefix("event: ") for block in events]
    assert names[0] == "progress" and names[-1] == "message"
    assert set(names[:-1]) == {"progress"}
    steps = [json.loads(block.splitlines()[1].removeprefix("data: "))["step"] for block in events[:-1]]
    assert steps[:2] == ["understanding", "querying"]
    final = json.loads(events[-1].splitlines()[1].removeprefix("data: "))
    assert final["role"] == "assistant" and final["sql"]
    assert widget.get(f"/sessions/{session}/messages").json()[-1]["id"] == final["id"]


def test_unanswerable_question_is_a_refusal_not_an_error(widget):
    session = widget.session()
    response = widget.ask(session, "qwzx blorp frobnicate?")
    assert response.status_code == 200
    message = response.json()
    assert message["sql"] is None and message["data"] is None
    assert message["error"]["code"] == "not_understood"
    assert message["content"]


def _error(response, status, code=None):
    assert response.status_code == status, response.content
    body = response.json()
    assert set(body) == {"error"} and set(body["error"]) == {"code", "message"}
    assert body["error"]["message"]
    if code:
        assert body["error"]["code"] == code
    return body


@pytest.mark.parametrize(
    "key, origin, status, code",
    [
        (None, ORIGIN, 401, "unauthorized"),
        ("", ORIGIN, 401, "unauthorized"),
        ("pk_nothing", ORIGIN, 401, "unauthorized"),
        ("pk_abcdefgh_" + "x" * 32, ORIGIN, 401, "unauthorized"),
        ("valid", "https://evil.example.net", 403, "origin_not_allowed"),
        ("valid", "https://shop.example.com.evil.net", 403, "origin_not_allowed"),
        ("valid", "null", 403, "origin_not_allowed"),
        ("valid", None, 403, "origin_not_allowed"),
        ("secret", ORIGIN, 401, "unauthorized"),
    ],
)
def test_auth_and_origin_errors(widget, client, key, origin, status, code):
    key = {"valid": widget.key, "secret": widget.secret}.get(key, key)
    other = WidgetClient(client, key, origin=origin)
    headers = other.headers()
    if key is None:
        headers.pop("X-Datachat-Key")
    response = client.post("/api/v1/sessions", {}, content_type="application/json", headers=headers)
    _error(response, status, code)


def test_referer_stands_in_for_a_missing_origin(widget, client):
    response = client.post("/api/v1/sessions", {}, content_type="application/json",
                           headers={"X-Datachat-Key": widget.key, "Referer": f"{ORIGIN}/products/42?x=1"})
    assert response.status_code == 201


@pytest.mark.parametrize(
    "body, raw",
    [
        ({}, None),
        ({"content": ""}, None),
        ({"content": "   "}, None),
        ({"content": 42}, None),
        ({"content": "x" * 2001}, None),
        (None, b"{not json"),
        (None, b"[]"),
    ],
)
def test_invalid_message_bodies_are_422(widget, client, body, raw):
    session = widget.session()
    path = f"/api/v1/sessions/{session}/messages"
    data = raw if raw is not None else json.dumps(body)
    response = client.post(path, data, content_type="application/json", headers=widget.headers())
    _error(response, 422, "invalid_request")
    assert widget.get(f"/sessions/{session}/messages").json() == []  # nothing half-written


@pytest.mark.parametrize("session_id", ["00000000-0000-0000-0000-000000000000", "not-a-uuid", "1"])
def test_unknown_sessions_are_404(widget, session_id):
    _error(widget.get(f"/sessions/{session_id}/messages"), 404)
    _error(widget.ask(session_id, "how many orders?"), 404)


def test_sessions_belong_to_their_embed(widget, make_embed, client):
    session = widget.session()
    _embed, issued = make_embed(name="Other")
    other = WidgetClient(client, issued["pk"])
    _error(other.get(f"/sessions/{session}/messages"), 404, "session_not_found")
    _error(other.ask(session, "how many orders?"), 404, "session_not_found")


def test_expired_session_is_404(widget):
    from django.utils import timezone

    from datachat.models import DataChatSession

    session = widget.session()
    DataChatSession.objects.filter(pk=session).update(expires_at=timezone.now())
    _error(widget.ask(session, "how many orders?"), 404, "session_expired")


def test_unknown_api_route_and_method_use_the_envelope(widget, client):
    _error(widget.get("/nowhere"), 404)
    response = client.delete("/api/v1/sessions", headers=widget.headers())
    assert response.status_code == 405
    assert response.json()["error"]["code"] == "method_not_allowed"


def test_rate_limit_counts_every_call_and_says_when_to_retry(make_embed, client):
    from django.core.cache import cache

    cache.clear()
    _embed, issued = make_embed(rate_limit=3)
    w = WidgetClient(client, issued["pk"])
    session = w.session()  # 1
    assert w.get(f"/sessions/{session}/messages").status_code == 200  # 2
    ok = w.get(f"/sessions/{session}/messages")  # 3
    assert ok["X-RateLimit-Limit"] == "3" and ok["X-RateLimit-Remaining"] == "0"
    refused = w.get(f"/sessions/{session}/messages")
    _error(refused, 429, "rate_limited")
    assert 1 <= int(refused["Retry-After"]) <= 60
    assert refused["X-RateLimit-Remaining"] == "0"


def test_refused_calls_are_audited_without_secrets(widget, client):
    from datachat.models import AuditLog

    WidgetClient(client, widget.key, origin="https://evil.example.net").post("/sessions")
    WidgetClient(client, widget.key[:-4] + "AAAA").post("/sessions")
    from datachat import refusals

    refusals.flush(refusals.current_minute())  # refusals are counted in the cache and written per minute
    actions = list(AuditLog.objects.values_list("action", flat=True))
    assert "widget.refused.origin" in actions and "widget.refused.bad_key" in actions
    dumped = json.dumps(list(AuditLog.objects.values("target", "changes", "origin")))
    assert widget.key not in dumped and widget.key[-20:] not in dumped


def test_cors_preflight_and_headers(widget, client):
    preflight = client.options("/api/v1/sessions", headers={
        "Origin": ORIGIN, "Access-Control-Request-Method": "POST",
        "Access-Control-Request-Headers": "x-datachat-key, content-type"})
    assert preflight.status_code == 200
    assert preflight["Access-Control-Allow-Origin"] == ORIGIN
    assert "x-datachat-key" in preflight["Access-Control-Allow-Headers"].lower()

    allowed = widget.post("/sessions")
    assert allowed["Access-Control-Allow-Origin"] == ORIGIN
    assert "retry-after" in allowed["Access-Control-Expose-Headers"].lower()
    refused = WidgetClient(client, widget.key, origin="https://evil.example.net").post("/sessions")
    assert refused.status_code == 403
    assert refused["Access-Control-Allow-Origin"] == "https://evil.example.net"  # so the widget can say why


def test_openapi_and_docs(client):
    spec = client.get("/api/v1/openapi.json")
    assert spec.status_code == 200
    paths = spec.json()["paths"]
    assert "/api/v1/sessions" in paths and "/api/v1/sessions/{session_id}/messages" in paths
    assert client.get("/api/v1/docs").status_code == 200


def test_unreachable_data_source_is_a_refusal(make_embed, make_source, client, tmp_path):
    from django.core.cache import cache

    cache.clear()
    missing = make_source(f"sqlite:///{tmp_path / 'gone' / 'nothing.db'}", name="Gone")
    _embed, issued = make_embed(source=missing)
    w = WidgetClient(client, issued["pk"])
    session = w.session()
    response = w.ask(session, "how many orders are there?")
    assert response.status_code == 200
    assert response.json()["error"]["code"] == "source_unavailable"
    assert [m["role"] for m in w.get(f"/sessions/{session}/messages").json()] == ["user", "assistant"]


def _answered(widget, question="number of orders by status"):
    session = widget.session()
    message = widget.ask(session, question).json()
    assert message["sql"], message
    return session, message


def test_export_csv_png_svg(widget):
    _session, message = _answered(widget)
    csv = widget.get(f"/messages/{message['id']}/export.csv")
    assert csv.status_code == 200 and csv["Content-Type"].startswith("text/csv")
    assert "attachment" in csv["Content-Disposition"] and ".csv" in csv["Content-Disposition"]
    lines = csv.content.decode("utf-8-sig").strip().splitlines()
    assert len(lines) == len(message["data"]["rows"]) + 1
    png = widget.get(f"/messages/{message['id']}/export.png")
    assert png.status_code == 200 and png.content[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = int.from_bytes(png.content[16:20], "big"), int.from_bytes(png.content[20:24], "big")
    assert width >= 300 and height >= 200
    svg = widget.get(f"/messages/{message['id']}/export.svg")
    assert svg.status_code == 200 and b"<svg" in svg.content[:500]


def test_export_errors(widget, make_embed, client):
    _session, single = _answered(widget, "how many orders are there?")
    assert single["chart"] is None
    _error(widget.get(f"/messages/{single['id']}/export.png"), 409, "no_chart")
    _error(widget.get(f"/messages/{single['id']}/export.xlsx"), 404)
    _error(widget.get("/messages/not-a-uuid/export.csv"), 404, "message_not_found")
    _embed, issued = make_embed(name="Other")
    _error(WidgetClient(client, issued["pk"]).get(f"/messages/{single['id']}/export.csv"), 404, "message_not_found")
    _error(WidgetClient(client, widget.key, origin="https://evil.example.net").get(
        f"/messages/{single['id']}/export.csv"), 403, "origin_not_allowed")


def test_follow_up_redraws_the_last_result(widget):
    session, first = _answered(widget, "number of orders by status")
    redrawn = widget.ask(session, "show it as a table").json()
    assert redrawn["sql"] == first["sql"] and redrawn["data"] == first["data"]
    assert redrawn["chart"] is None
    pie = widget.ask(session, "as a pie chart").json()
    assert pie["sql"] == first["sql"]
    assert pie["chart"]["usermeta"]["datachat"]["kind"] in {"arc", "pie", "donut"}


def test_a_request_that_is_not_a_data_question_is_confirmed_not_refused(widget):
    session = widget.session()
    message = widget.ask(session, "I want to talk to a human in sales").json()
    assert [i["name"] for i in message["intents"]] == ["contact_human"]
    assert message["error"] is None and message["sql"] is None
    assert "could not" not in message["content"].lower()


def test_schedule_request_answers_and_confirms(widget):
    session = widget.session()
    message = widget.ask(session, "email me the number of orders by status every Monday at 9").json()
    assert message["sql"] and message["data"]["rows"]
    intent = next(i for i in message["intents"] if i["name"] == "schedule_report")
    assert intent["slots"]["channel"] == "email"
    assert "monday" in message["content"].lower()


def test_redraw_request_without_an_earlier_answer_is_a_refusal(widget):
    session = widget.session()
    response = widget.ask(session, "show it as a table")
    assert response.status_code == 200
    message = response.json()
    assert message["error"]["code"] == "not_understood" and message["sql"] is None


@pytest.mark.parametrize(
    ("first", "then", "present", "absent"),
    [
        ("number of orders by status", "only in 2024", ["'2024-01-01'", '"status"'], []),  # incomplete: merges
        ("orders in 2025", "revenue by year", ["SUM("], ["'2025-01-01'"]),  # complete: starts fresh
    ],
)
def test_a_follow_up_uses_context_only_when_incomplete(widget, first, then, present, absent):
    session, _first = _answered(widget, first)
    message = widget.ask(session, then).json()
    assert message["sql"], message
    for text in present:
        assert text in message["sql"]
    for text in absent:
        assert text not in message["sql"]
    assert message["data"]["rows"]


def test_an_out_of_scope_follow_up_is_declined(widget):
    session, _first = _answered(widget, "How many customers are in Paris?")
    message = widget.ask(session, "what's the weather in Paris tomorrow").json()
    assert message["sql"] is None
    assert message["error"]["code"] == "not_understood" and "weather" in message["content"]
