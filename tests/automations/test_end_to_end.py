"""A chat message raises an intent, an Event, a scheduled workflow and (clock advanced) a signed webhook."""

from datetime import timedelta

import pytest
from standardwebhooks.webhooks import Webhook

from datachat.automations.runtime import run_due
from datachat.models import Automation, Event, Execution, Trigger, WebhookDelivery

pytestmark = pytest.mark.django_db(transaction=True)


def verify(secret: str, request: dict) -> dict:
    """Check the Standard Webhooks signature the way a receiver would; returns the parsed body."""
    headers = {k.lower(): v for k, v in request["headers"].items()}
    return Webhook(secret).verify(request["body"], headers)


def test_schedule_report_from_chat_to_signed_delivery(widget, receiver, allow_loopback, secret_client):
    api = secret_client(widget.secret)
    created = api.post("/hooks", {"target_url": receiver.url("/intents"), "event": "intent.schedule_report"})
    assert created.status_code == 201, created.content
    intent_secret = created.json()["secret"]
    assert intent_secret.startswith("whsec_")
    report_secret = api.post("/hooks", {"target_url": receiver.url("/reports"), "event": "report.ready"}).json()[
        "secret"]

    session = widget.session()
    answer = widget.ask(session, "send me revenue by country every Monday at 9")
    assert answer.status_code == 200, answer.content
    body = answer.json()
    intent = body["intents"][0]
    assert intent["name"] == "schedule_report"
    assert intent["slots"]["schedule"]["weekdays"] == [0] and intent["slots"]["schedule"]["hour"] == 9
    assert "every Monday at 09:00" in body["content"]

    event = Event.objects.get(type="intent.schedule_report")
    assert event.status == Event.PROCESSED
    assert event.payload["message_id"] == body["id"] and event.payload["session_id"] == session
    assert event.payload["embed_id"] == str(widget.embed.pk)

    # The intent itself went out at once, signed.
    [first] = receiver.requests
    assert first["path"] == "/intents"
    delivered = verify(intent_secret, first)
    assert delivered["type"] == "intent.schedule_report"
    assert delivered["data"]["intent"] == "schedule_report" and delivered["data"]["question"].startswith("send me")

    automation = Automation.objects.get(kind="report", embed=widget.embed)
    trigger = Trigger.objects.get(automation=automation, type=Trigger.SCHEDULE)
    due = trigger.next_run_at
    assert (due.weekday(), due.hour, due.minute) == (0, 9, 0)
    assert not Execution.objects.exists()

    assert run_due(now=due - timedelta(minutes=1))["scheduled"] == 0
    assert len(receiver.requests) == 1

    totals = run_due(now=due + timedelta(seconds=5))
    assert totals["scheduled"] == 1
    execution = Execution.objects.get()
    assert execution.status == Execution.PROCESSED, execution.error
    assert [s.step_id for s in execution.steps.order_by("pk")] == ["query", "deliver", "done"]

    report = [r for r in receiver.requests if r["path"] == "/reports"]
    assert len(report) == 1
    payload = verify(report_secret, report[0])
    assert payload["type"] == "report.ready"
    assert payload["data"]["result"]["row_count"] > 0 and payload["data"]["result"]["columns"]
    assert WebhookDelivery.objects.filter(status=WebhookDelivery.PROCESSED).count() == 2

    trigger.refresh_from_db()
    assert trigger.next_run_at == due + timedelta(days=7)
    assert run_due(now=due + timedelta(hours=1))["scheduled"] == 0  # once per due time


def test_alert_intent_creates_a_threshold_alert(widget, allow_loopback):
    session = widget.session()
    body = widget.ask(session, "alert me when daily orders drop below 50").json()
    assert body["intents"][0]["name"] == "alert_threshold"
    assert body["intents"][0]["slots"]["threshold"] == {"op": "<", "value": 50}
    assert "drops below 50" in body["content"]
    automation = Automation.objects.get(kind="alert")
    assert automation.triggers.get().type == Trigger.SCHEDULE
    assert [s["id"] for s in automation.live_workflow.graph["steps"]] == ["query", "check", "crossed", "notify", "done"]


def test_plain_question_raises_no_event(widget):
    session = widget.session()
    body = widget.ask(session, "revenue by country").json()
    assert body["intents"] == []
    assert not Event.objects.exists()
